using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// Emits <c>&lt;name&gt;_i2s.c</c> for the IDF 5 standard-mode driver (<c>driver/i2s_std.h</c>): one simplex
/// master channel whose every config field is written out from the model, rather than taken from ESP-IDF's
/// default macros, so the file shows exactly what the hardware is told.
/// </summary>
internal static class StdDriverEmitter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static NativeFile Emit(BindingSpec spec)
    {
        var figures = spec.Figures;
        var names = new NativeNames(spec);
        var config = spec.Config;
        var handle = config.IsReceive ? "s_rx_handle" : "s_tx_handle";
        var writer = CodeWriter.ForC();
        CSourceWriter.WriteOpening(writer, names, spec,
            "driver/i2s_std.h", "esp_err.h", "esp_log.h", "freertos/FreeRTOS.h", "freertos/semphr.h", "sdkconfig.h");
        writer.Line();
        CLockWriter.WriteState(writer, "The " + (config.IsReceive ? "receive" : "transmit") + " channel; NULL while the binding is not started.",
            "static i2s_chan_handle_t " + handle + " = NULL;");
        writer.Line();
        WriteTimeoutHelper(writer);
        writer.Line();
        if (spec.SharedBus is { IsFullDuplex: true } duplex)
        {
            WriteDuplexStart(writer, names, config, new BusNames(duplex), handle);
        }
        else
        {
            WriteStart(writer, names, spec, figures, handle, TakeTurns.Of(spec));
        }

        writer.Line();
        CLockWriter.WriteInit(writer, names, "start_channel");
        writer.Line();
        if (spec.SharedBus is { IsFullDuplex: true } bus)
        {
            WriteDuplexStop(writer, config, new BusNames(bus), handle);
        }
        else
        {
            WriteStop(writer, handle, TakeTurns.Of(spec));
        }

        writer.Line();
        CLockWriter.WriteDeinit(writer, names, "stop_channel");
        writer.Line();
        WriteTransfer(writer, config, handle);
        writer.Line();
        CLockWriter.WriteTransfer(writer, names, config.IsReceive);
        return new NativeFile(names.SourceFile, writer.ToString());
    }

    private static void WriteTimeoutHelper(CodeWriter writer) => writer.Line("""
        /*
         * The contract's timeout in the driver's terms: -1 waits in slices (the caller loops) and 0 never waits. The
         * driver turns milliseconds into ticks rounding down, so a positive wait shorter than one tick is raised to one
         * tick; otherwise it would silently become a non-blocking call.
         */
        static uint32_t driver_timeout_ms(int32_t timeout_ms)
        {
            if (timeout_ms < 0) {
                return WAIT_SLICE_MS;
            }
            if (timeout_ms > 0 && (uint32_t)timeout_ms < portTICK_PERIOD_MS) {
                return portTICK_PERIOD_MS;
            }
            return (uint32_t)timeout_ms;
        }
        """);

    /// <summary>The init body, run under <c>s_life</c>: creates, configures and enables the channel, then publishes it.</summary>
    private static void WriteStart(CodeWriter writer, NativeNames names, BindingSpec spec, BindingFigures figures, string handle, TakeTurns? turns)
    {
        var config = spec.Config;
        using (CLayout.Function(writer, "static esp_err_t start_channel(", "void"))
        {
            using (writer.Scope("if (" + handle + " != NULL) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line();
            var release = turns?.WriteAcquire(writer) ?? System.Array.Empty<string>();
            WriteChannelConfig(writer, config);
            writer.Line("i2s_chan_handle_t handle = NULL;");
            writer.Line("esp_err_t err = i2s_new_channel(&chan_cfg, " + (config.IsReceive ? "NULL, &handle" : "&handle, NULL") + ");");
            CSourceWriter.WriteFailureReturn(writer, "i2s_new_channel", release);
            writer.Line();
            WriteStdConfig(writer, spec, figures);
            writer.Line("err = i2s_channel_init_std_mode(handle, &std_cfg);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_channel_init_std_mode", Then("(void)i2s_del_channel(handle);", release));
            writer.Line("err = i2s_channel_enable(handle);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_channel_enable", Then("(void)i2s_del_channel(handle);", release));
            writer.Line();
            CLockWriter.WritePublish(writer, handle + " = handle;");
            CSourceWriter.Log(writer, "ESP_LOGI", "started: %d Hz, %d-bit, %d channel(s) on I2S_NUM_" + config.Bus.ToString(Inv), names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    /// <summary>
    /// The full-duplex init body, run under <c>s_life</c>: the bus file creates and configures both channels on the first
    /// opening (either member's) and enables this direction; the member only publishes the handle it gets.
    /// </summary>
    private static void WriteDuplexStart(CodeWriter writer, NativeNames names, BindingConfig config, BusNames bus, string handle)
    {
        var rx = CSourceWriter.Bool(config.IsReceive);
        using (CLayout.Function(writer, "static esp_err_t start_channel(", "void"))
        {
            using (writer.Scope("if (" + handle + " != NULL) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line($$"""

                /* Full duplex on {{bus.Port}} ({{bus.SourceFile}}): the bus holds both channels and logs its own failures. */
                i2s_chan_handle_t handle = NULL;
                esp_err_t err = {{bus.Open}}({{rx}}, &handle);
                if (err != ESP_OK) {
                    return err;
                }

                """);
            CLockWriter.WritePublish(writer, handle + " = handle;");
            CSourceWriter.Log(writer, "ESP_LOGI", "started (full duplex): %d Hz, %d-bit, %d channel(s) on " + bus.Port, names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    /// <summary>
    /// The full-duplex deinit body, run under <c>s_life</c>: the bus disables this direction first (which, as for a
    /// binding alone, ends a transfer blocked in the driver), the handle is withdrawn under <c>s_xfer</c>, then the bus
    /// closes this direction (the last member to close deletes both channels).
    /// </summary>
    private static void WriteDuplexStop(CodeWriter writer, BindingConfig config, BusNames bus, string handle)
    {
        var rx = CSourceWriter.Bool(config.IsReceive);
        using (CLayout.Function(writer, "static esp_err_t stop_channel(", "void"))
        {
            writer.Line($$"""
                if ({{handle}} == NULL) {
                    return ESP_OK;
                }

                atomic_store(&s_running, false);
                esp_err_t err = {{bus.Stop}}({{rx}});
                if (err != ESP_OK) {
                    atomic_store(&s_running, true); /* still enabled: the binding stays usable */
                    return err;
                }

                (void)xSemaphoreTake(s_xfer, portMAX_DELAY);
                {{handle}} = NULL;
                (void)xSemaphoreGive(s_xfer);
                return {{bus.Close}}({{rx}});
                """);
        }
    }

    /// <summary>The <c>i2s_chan_config_t chan_cfg</c> of a master channel with the binding's DMA settings.</summary>
    internal static void WriteChannelConfig(CodeWriter writer, BindingConfig config) => writer.Line($$"""
        /* Unnamed fields stay zero: default interrupt priority, no power-down retention. */
        const i2s_chan_config_t chan_cfg = {
            .id = I2S_NUM_{{config.Bus.ToString(Inv)}},
            .role = I2S_ROLE_MASTER,
            .dma_desc_num = {{config.DmaCount.ToString(Inv)}},
            .dma_frame_num = {{config.DmaLength.ToString(Inv)}},
            .auto_clear = true,
        };
        """);

    private static void WriteStdConfig(CodeWriter writer, BindingSpec spec, BindingFigures figures) =>
        WriteStdConfig(writer, ChipTable.Get(spec.Target.Chip), spec.Config, figures, "std_cfg");

    /// <summary>
    /// The <c>i2s_std_config_t</c> named <paramref name="name"/> of one binding: its clock, slot and GPIO fields. Only its
    /// own data pin is routed (dout for transmit, din for receive): ESP-IDF loops a channel back when dout equals din.
    /// </summary>
    internal static void WriteStdConfig(CodeWriter writer, ChipInfo chip, BindingConfig config, BindingFigures figures, string name)
    {
        var bits = figures.BitsPerSample.ToString(Inv);

        using (writer.Scope("const i2s_std_config_t " + name + " = {", "};"))
        {
            writer.Line($$"""
                .clk_cfg = {
                    .sample_rate_hz = {{config.SampleRate.ToString(Inv)}},
                    .clk_src = {{(figures.UsesApll ? "I2S_CLK_SRC_APLL" : "I2S_CLK_SRC_DEFAULT")}},
                    .mclk_multiple = I2S_MCLK_MULTIPLE_{{figures.MclkMultiple.ToString(Inv)}},
                },
                """);
            using (writer.Scope(".slot_cfg = {", "},"))
            {
                writer.Line($$"""
                    .data_bit_width = I2S_DATA_BIT_WIDTH_{{bits}}BIT,
                    .slot_bit_width = I2S_SLOT_BIT_WIDTH_AUTO,
                    .slot_mode = {{SlotLayout.StdSlotMode(config.ChannelFormat)}},
                    .slot_mask = {{SlotLayout.StdSlotMask(config.ChannelFormat)}},
                    .ws_width = {{WsWidth(config, figures.BitsPerSample).ToString(Inv)}},
                    .ws_pol = {{CSourceWriter.Bool(IsPcm(config))}},
                    .bit_shift = {{CSourceWriter.Bool(BitShift(config))}},
                    """);
                foreach (var field in HardwareSlotFields(chip, figures.BitsPerSample))
                {
                    writer.Line(field);
                }
            }

            writer.Line($$"""
                .gpio_cfg = {
                    .mclk = {{CSourceWriter.StdGpio(config.Mclk)}},
                    .bclk = {{CSourceWriter.StdGpio(config.Bck)}},
                    .ws = {{CSourceWriter.StdGpio(config.Ws)}},
                    .dout = {{CSourceWriter.StdGpio(config.IsTransmit ? config.Sdout : BindingConfig.NotConnected)}},
                    .din = {{CSourceWriter.StdGpio(config.IsReceive ? config.Sdin : BindingConfig.NotConnected)}},
                    .invert_flags = {
                        .mclk_inv = false,
                        .bclk_inv = false,
                        .ws_inv = false,
                    },
                },
                """);
        }
    }

    // The computed slot fields, shared with the prebuilt host glue's configuration (HostConfigWriter).
    internal static bool IsPcm(BindingConfig config) => CSourceWriter.EffectiveStandard(config.Standard) == Standard.PcmShort;

    /// <summary>WS pulse width in BCLK cycles: one for PCM short frames, a whole slot otherwise.</summary>
    internal static int WsWidth(BindingConfig config, int bits) => IsPcm(config) ? 1 : bits;

    /// <summary>Data starts one BCLK after the WS edge except in MSB-justified framing.</summary>
    internal static bool BitShift(BindingConfig config) => CSourceWriter.EffectiveStandard(config.Standard) != Standard.Msb;

    /// <summary>ESP32: ESP-IDF's default slot macros set msb_right for data of 16 bits or less.</summary>
    internal static bool Esp32MsbRight(int bits) => bits <= 16;

    /// <summary>
    /// The slot fields that differ by I2S hardware version, with the values ESP-IDF's default slot macros use:
    /// ESP32 sets <c>msb_right</c> for data of 16 bits or less and ESP32-S2 always; newer chips left-align,
    /// little-endian, MSB first.
    /// </summary>
    private static string[] HardwareSlotFields(ChipInfo chip, int bits) => chip.Chip switch
    {
        Chip.Esp32 => new[] { ".msb_right = " + CSourceWriter.Bool(Esp32MsbRight(bits)) + "," },
        Chip.Esp32S2 => new[] { ".msb_right = true," },
        _ => new[] { ".left_align = true,", ".big_endian = false,", ".bit_order_lsb = false," },
    };

    /// <summary>
    /// The deinit body, run under <c>s_life</c>. Disabling first is what ends a transfer blocked in the driver: ESP-IDF's
    /// i2s_channel_disable sets the channel READY (its read/write loop runs only while RUNNING) and then waits for the
    /// channel's transfer semaphore, so when it returns no transfer is inside the driver; s_xfer is then taken to delete
    /// the channel with no transfer of this binding left to call the driver with it.
    /// </summary>
    private static string[] Then(string first, string[] rest)
    {
        var lines = new string[rest.Length + 1];
        lines[0] = first;
        rest.CopyTo(lines, 1);
        return lines;
    }

    private static void WriteStop(CodeWriter writer, string handle, TakeTurns? turns)
    {
        using (CLayout.Function(writer, "static esp_err_t stop_channel(", "void"))
        {
            writer.Line($$"""
                if ({{handle}} == NULL) {
                    return ESP_OK;
                }

                atomic_store(&s_running, false);
                /* A channel that failed to stop earlier is already disabled; deleting it is what matters. */
                esp_err_t err = i2s_channel_disable({{handle}});
                """);
            using (writer.Scope("if (err != ESP_OK && err != ESP_ERR_INVALID_STATE) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "i2s_channel_disable failed: %s", "esp_err_to_name(err)");
                writer.Line("atomic_store(&s_running, true); /* still enabled: the binding stays usable */");
                writer.Line("return err;");
            }

            writer.Line($$"""

                (void)xSemaphoreTake(s_xfer, portMAX_DELAY);
                err = i2s_del_channel({{handle}});
                if (err == ESP_OK) {
                    {{handle}} = NULL;{{turns?.ReleaseLine("    ")}}
                }
                (void)xSemaphoreGive(s_xfer);
                """);
            CSourceWriter.WriteErrorLog(writer, "i2s_del_channel");
            writer.Line("return err;");
        }
    }

    private static void WriteTransfer(CodeWriter writer, BindingConfig config, string handle)
    {
        var receive = config.IsReceive;
        var count = receive ? "bytes_read" : "bytes_written";
        var call = receive ? "i2s_channel_read" : "i2s_channel_write";
        CLockWriter.WriteLockedTransfer(writer, receive, receive ? "read" : "write", count, call, () =>
        {
            writer.Line("""
                /*
                 * -1 must wait until everything is moved: the driver is called with WAIT_SLICE_MS at a time, again after each
                 * timeout, until the count is complete or deinit clears s_running (its disable also ends the driver's loop).
                 */
                esp_err_t err;
                """);
            using (writer.Scope("do {", "} while (err == ESP_ERR_TIMEOUT && timeout_ms < 0 && *" + count + " < length && atomic_load(&s_running));"))
            {
                writer.Line("size_t moved = 0;");
                CLayout.Call(writer, "err = " + call + "(", ");", handle, (receive ? "(uint8_t *)buffer + *" : "(const uint8_t *)buffer + *") + count,
                    "length - *" + count, "&moved", "driver_timeout_ms(timeout_ms)");
                writer.Line("*" + count + " += moved;");
            }
        });
    }
}
