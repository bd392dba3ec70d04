using System.Globalization;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// Emits <c>&lt;name&gt;_i2s.c</c> for the legacy driver (<c>driver/i2s.h</c>): ESP-IDF 4.4, and 5.x with its
/// deprecation warning suppressed. Unlike the seed, the config struct is fully initialised (the seed left
/// <c>tx_desc_auto_clear</c>, <c>mclk_multiple</c> and <c>bits_per_chan</c> as stack garbage).
/// </summary>
internal static class LegacyDriverEmitter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static NativeFile Emit(BindingSpec spec)
    {
        var figures = spec.Figures;
        var names = new NativeNames(spec);
        var config = spec.Config;
        var port = "I2S_NUM_" + config.Bus.ToString(Inv);
        var writer = CodeWriter.ForC();
        CSourceWriter.WriteOpening(writer, names, spec,
            "driver/i2s.h", "esp_err.h", "esp_idf_version.h", "esp_log.h", "freertos/FreeRTOS.h", "freertos/semphr.h", "sdkconfig.h");
        writer.Line();
        CLockWriter.WriteState(writer, "The legacy driver has no handle: the port is either installed by this binding or not.",
            "static bool s_installed = false;");
        writer.Line();
        WriteTicksHelper(writer);
        writer.Line();
        var duplex = spec.SharedBus is { IsFullDuplex: true } shared ? new BusNames(shared) : null;
        if (duplex is not null)
        {
            WriteDuplexStart(writer, names, config, duplex);
        }
        else
        {
            WriteStart(writer, names, config, figures, port, TakeTurns.Of(spec));
        }

        writer.Line();
        CLockWriter.WriteInit(writer, names, "start_port");
        writer.Line();
        if (duplex is not null)
        {
            WriteDuplexStop(writer, config, duplex);
        }
        else
        {
            WriteStop(writer, port, TakeTurns.Of(spec));
        }

        writer.Line();
        CLockWriter.WriteDeinit(writer, names, "stop_port");
        writer.Line();
        WriteTransfer(writer, config, port);
        writer.Line();
        CLockWriter.WriteTransfer(writer, names, config.IsReceive);
        return new NativeFile(names.SourceFile, writer.ToString());
    }

    private static void WriteTicksHelper(CodeWriter writer) => writer.Line("""
        /* The contract's timeout for one driver call: -1 waits in slices (the caller loops), otherwise as wait_ticks. */
        static TickType_t driver_ticks(int32_t timeout_ms)
        {
            return timeout_ms < 0 ? pdMS_TO_TICKS(WAIT_SLICE_MS) : wait_ticks(timeout_ms);
        }
        """);

    /// <summary>The init body, run under <c>s_life</c>: installs the driver, routes the pins, then publishes the port.</summary>
    private static void WriteStart(CodeWriter writer, NativeNames names, BindingConfig config, BindingFigures figures, string port, TakeTurns? turns)
    {
        using (CLayout.Function(writer, "static esp_err_t start_port(", "void"))
        {
            using (writer.Scope("if (s_installed) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line();
            var release = turns?.WriteAcquire(writer) ?? System.Array.Empty<string>();
            WriteDriverConfig(writer, config, figures);
            writer.Line("esp_err_t err = i2s_driver_install(" + port + ", &i2s_config, 0, NULL);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_driver_install", release);
            writer.Line($$"""

                const i2s_pin_config_t pin_config = {
                    .mck_io_num = {{CSourceWriter.LegacyGpio(config.Mclk)}},
                    .bck_io_num = {{CSourceWriter.LegacyGpio(config.Bck)}},
                    .ws_io_num = {{CSourceWriter.LegacyGpio(config.Ws)}},
                    .data_out_num = {{CSourceWriter.LegacyGpio(config.IsTransmit ? config.Sdout : BindingConfig.NotConnected)}},
                    .data_in_num = {{CSourceWriter.LegacyGpio(config.IsReceive ? config.Sdin : BindingConfig.NotConnected)}},
                };
                err = i2s_set_pin({{port}}, &pin_config);
                """);
            var cleanup = new string[release.Length + 1];
            cleanup[0] = "(void)i2s_driver_uninstall(" + port + ");";
            release.CopyTo(cleanup, 1);
            CSourceWriter.WriteFailureReturn(writer, "i2s_set_pin", cleanup);
            writer.Line();
            CLockWriter.WritePublish(writer, "s_installed = true;");
            CSourceWriter.Log(writer, "ESP_LOGI", "started: %d Hz, %d-bit, %d channel(s) on " + port, names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    private static void WriteDriverConfig(CodeWriter writer, BindingConfig config, BindingFigures figures) =>
        WriteDriverConfig(writer, config, figures, config.IsReceive ? "I2S_MODE_RX" : "I2S_MODE_TX");

    /// <summary>The <c>i2s_config_t i2s_config</c> of a master port in <paramref name="directions"/> (RX, TX or both).</summary>
    internal static void WriteDriverConfig(CodeWriter writer, BindingConfig config, BindingFigures figures, string directions)
    {
        var bits = figures.BitsPerSample.ToString(Inv);

        // The multiple comes from ESP-IDF 5.5.1's i2s_mclk_multiple_t (ClockChooser); IDF 4.4's stops at 384 and has no
        // 192, so say so at compile time rather than with an undeclared identifier.
        if (figures.MclkMultiple is not (128 or 256 or 384))
        {
            writer.Line($$"""
                #if ESP_IDF_VERSION_MAJOR < 5
                #error "MCLK = {{figures.MclkMultiple.ToString(Inv)}} x fs needs ESP-IDF 5.3 or later (ESP-IDF 4.4 offers 128, 256 and 384): write MclkMultiple in the binding"
                #endif
                """);
        }

        // IDF 5 renamed the DMA fields and kept the old names as deprecated aliases; IDF 4.4 has only the old ones.
        writer.Line($$"""
            /* Unnamed fields stay zero. */
            const i2s_config_t i2s_config = {
                .mode = (i2s_mode_t)(I2S_MODE_MASTER | {{directions}}),
                .sample_rate = {{config.SampleRate.ToString(Inv)}},
                .bits_per_sample = I2S_BITS_PER_SAMPLE_{{bits}}BIT,
                .channel_format = {{SlotLayout.LegacyChannelFormat(config.ChannelFormat)}},
                .communication_format = {{CommunicationFormat(config.Standard)}},
                .intr_alloc_flags = 0, /* the allocator's default: a level 1-3 interrupt (ESP_INTR_FLAG_LOWMED) */
            #if ESP_IDF_VERSION_MAJOR >= 5
                .dma_desc_num = {{config.DmaCount.ToString(Inv)}},
                .dma_frame_num = {{config.DmaLength.ToString(Inv)}},
            #else
                .dma_buf_count = {{config.DmaCount.ToString(Inv)}},
                .dma_buf_len = {{config.DmaLength.ToString(Inv)}},
            #endif
                .use_apll = {{CSourceWriter.Bool(figures.UsesApll)}},
                .tx_desc_auto_clear = true,
                .fixed_mclk = {{(figures.UsesApll ? figures.Clock.MclkHz : 0).ToString(Inv)}},
                .mclk_multiple = I2S_MCLK_MULTIPLE_{{figures.MclkMultiple.ToString(Inv)}},
                .bits_per_chan = I2S_BITS_PER_CHAN_{{bits}}BIT,
            };
            """);
    }

    /// <summary>
    /// The full-duplex init body, run under <c>s_life</c>: the bus file installs the port in TX|RX mode on the first
    /// opening (either member's); the member then publishes the port for its own transfers.
    /// </summary>
    private static void WriteDuplexStart(CodeWriter writer, NativeNames names, BindingConfig config, BusNames bus)
    {
        using (CLayout.Function(writer, "static esp_err_t start_port(", "void"))
        {
            using (writer.Scope("if (s_installed) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line($$"""

                /* Full duplex on {{bus.Port}} ({{bus.SourceFile}}): the bus installs the driver for both directions and logs its failures. */
                esp_err_t err = {{bus.Open}}({{CSourceWriter.Bool(config.IsReceive)}});
                if (err != ESP_OK) {
                    return err;
                }

                """);
            CLockWriter.WritePublish(writer, "s_installed = true;");
            CSourceWriter.Log(writer, "ESP_LOGI", "started (full duplex): %d Hz, %d-bit, %d channel(s) on " + bus.Port, names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    /// <summary>
    /// The full-duplex deinit body, run under <c>s_life</c>: as for a binding alone, transfers are withdrawn under
    /// <c>s_xfer</c> first (a blocking one returns by its next wait slice); then the bus closes this direction, and the
    /// last member to close uninstalls the driver, so no transfer reaches an uninstalled port.
    /// </summary>
    private static void WriteDuplexStop(CodeWriter writer, BindingConfig config, BusNames bus) => writer.Line($$"""
        static esp_err_t stop_port(void)
        {
            if (!s_installed) {
                return ESP_OK;
            }

            atomic_store(&s_running, false);
            (void)xSemaphoreTake(s_xfer, portMAX_DELAY);
            s_installed = false;
            (void)xSemaphoreGive(s_xfer);
            return {{bus.Close}}({{CSourceWriter.Bool(config.IsReceive)}});
        }
        """);

    /// <summary>The <c>i2s_comm_format_t</c> for a standard; the seed's LSB is ESP-IDF's MSB-justified format.</summary>
    internal static string CommunicationFormat(int standard) => CSourceWriter.EffectiveStandard(standard) switch
    {
        Standard.Msb => "I2S_COMM_FORMAT_STAND_MSB",
        Standard.PcmShort => "I2S_COMM_FORMAT_STAND_PCM_SHORT",
        _ => "I2S_COMM_FORMAT_STAND_I2S",
    };

    /// <summary>
    /// The deinit body, run under <c>s_life</c>. i2s_driver_uninstall frees the port without waiting for a transfer in
    /// flight (driver/deprecated/i2s_legacy.c, v5.5.1; i2s.c, v4.4), so it runs only under s_xfer: once s_running is
    /// cleared, a transfer inside the driver returns by its next wait slice (DMA keeps running until the uninstall).
    /// </summary>
    private static void WriteStop(CodeWriter writer, string port, TakeTurns? turns)
    {
        using (CLayout.Function(writer, "static esp_err_t stop_port(", "void"))
        {
            writer.Line($$"""
                if (!s_installed) {
                    return ESP_OK;
                }

                atomic_store(&s_running, false);
                (void)xSemaphoreTake(s_xfer, portMAX_DELAY);
                esp_err_t err = i2s_driver_uninstall({{port}});
                if (err == ESP_OK) {
                    s_installed = false;{{turns?.ReleaseLine("    ")}}
                }
                (void)xSemaphoreGive(s_xfer);
                """);
            CSourceWriter.WriteErrorLog(writer, "i2s_driver_uninstall");
            writer.Line("return err;");
        }
    }

    private static void WriteTransfer(CodeWriter writer, BindingConfig config, string port)
    {
        var receive = config.IsReceive;
        var count = receive ? "bytes_read" : "bytes_written";
        var call = receive ? "i2s_read" : "i2s_write";
        CLockWriter.WriteLockedTransfer(writer, receive, receive ? "read" : "write", count, call, () =>
        {
            writer.Line("""
                /*
                 * The legacy driver returns ESP_OK with a partial count when the wait runs out (a timeout code means the same).
                 * -1 waits WAIT_SLICE_MS at a time until the count is complete or deinit clears s_running.
                 */
                esp_err_t err;
                """);
            using (writer.Scope("do {", "} while (err == ESP_OK && timeout_ms < 0 && *" + count + " < length && atomic_load(&s_running));"))
            {
                writer.Line("size_t moved = 0;");
                CLayout.Call(writer, "err = " + call + "(", ");", port, (receive ? "(uint8_t *)buffer + *" : "(const uint8_t *)buffer + *") + count,
                    "length - *" + count, "&moved", "driver_ticks(timeout_ms)");
                writer.Line("*" + count + " += moved;");
            }
        });
    }
}
