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
            "driver/i2s.h", "esp_err.h", "esp_idf_version.h", "esp_log.h", "freertos/FreeRTOS.h", "sdkconfig.h");
        writer.Line();
        writer.Line("/* The legacy driver has no handle: the port is either installed by this binding or not. */");
        writer.Line("static bool s_started = false;");
        writer.Line();
        WriteTicksHelper(writer);
        writer.Line();
        WriteInit(writer, names, config, figures, port);
        writer.Line();
        WriteDeinit(writer, names, port);
        writer.Line();
        WriteTransfer(writer, names, config, port);
        return new NativeFile(names.SourceFile, writer.ToString());
    }

    private static void WriteTicksHelper(CodeWriter writer) => writer.Line("""
        /*
         * The contract's timeout as FreeRTOS ticks: -1 waits forever (portMAX_DELAY) and 0 never waits. pdMS_TO_TICKS
         * rounds down, so a positive wait shorter than one tick is raised to one tick rather than becoming non-blocking.
         */
        static TickType_t timeout_ticks(int32_t timeout_ms)
        {
            if (timeout_ms < 0) {
                return portMAX_DELAY;
            }
            TickType_t ticks = pdMS_TO_TICKS((uint32_t)timeout_ms);
            if (timeout_ms > 0 && ticks == 0) {
                ticks = 1;
            }
            return ticks;
        }
        """);

    private static void WriteInit(CodeWriter writer, NativeNames names, BindingConfig config, BindingFigures figures, string port)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Init + "(", "void"))
        {
            using (writer.Scope("if (s_started) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line();
            WriteDriverConfig(writer, config, figures);
            writer.Line("esp_err_t err = i2s_driver_install(" + port + ", &i2s_config, 0, NULL);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_driver_install");
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
            CSourceWriter.WriteFailureReturn(writer, "i2s_set_pin", "(void)i2s_driver_uninstall(" + port + ");");
            writer.Line();
            writer.Line("s_started = true;");
            CSourceWriter.Log(writer, "ESP_LOGI", "started: %d Hz, %d-bit, %d channel(s) on " + port, names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    private static void WriteDriverConfig(CodeWriter writer, BindingConfig config, BindingFigures figures)
    {
        var bits = figures.BitsPerSample.ToString(Inv);

        // IDF 5 renamed the DMA fields and kept the old names as deprecated aliases; IDF 4.4 has only the old ones.
        writer.Line($$"""
            /* Unnamed fields stay zero. */
            const i2s_config_t i2s_config = {
                .mode = (i2s_mode_t)(I2S_MODE_MASTER | {{(config.IsReceive ? "I2S_MODE_RX" : "I2S_MODE_TX")}}),
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
                .fixed_mclk = {{(figures.UsesApll ? config.ApllRate : 0).ToString(Inv)}},
                .mclk_multiple = I2S_MCLK_MULTIPLE_{{figures.MclkMultiple.ToString(Inv)}},
                .bits_per_chan = I2S_BITS_PER_CHAN_{{bits}}BIT,
            };
            """);
    }

    /// <summary>The <c>i2s_comm_format_t</c> for a standard; the seed's LSB is ESP-IDF's MSB-justified format.</summary>
    internal static string CommunicationFormat(int standard) => CSourceWriter.EffectiveStandard(standard) switch
    {
        Standard.Msb => "I2S_COMM_FORMAT_STAND_MSB",
        Standard.PcmShort => "I2S_COMM_FORMAT_STAND_PCM_SHORT",
        _ => "I2S_COMM_FORMAT_STAND_I2S",
    };

    private static void WriteDeinit(CodeWriter writer, NativeNames names, string port)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Deinit + "(", "void"))
        {
            writer.Line($$"""
                if (!s_started) {
                    return ESP_OK;
                }

                esp_err_t err = i2s_driver_uninstall({{port}});
                """);
            CSourceWriter.WriteFailureReturn(writer, "i2s_driver_uninstall");
            writer.Line("""

                s_started = false;
                return ESP_OK;
                """);
        }
    }

    private static void WriteTransfer(CodeWriter writer, NativeNames names, BindingConfig config, string port)
    {
        var receive = config.IsReceive;
        var count = receive ? "bytes_read" : "bytes_written";
        var call = receive ? "i2s_read" : "i2s_write";
        using (CLayout.Function(writer, CSourceWriter.TransferHead(names, receive), CSourceWriter.TransferParameters(receive)))
        {
            CSourceWriter.WriteTransferChecks(writer, names, receive ? "read" : "write", count, "!s_started");
            writer.Line();
            writer.Line("/* The legacy driver returns ESP_OK with a partial count when the wait runs out; a timeout code means the same. */");
            CLayout.Call(writer, "esp_err_t err = " + call + "(", ");", port, "buffer", "length", count, "timeout_ticks(timeout_ms)");
            writer.Line("""
                if (err == ESP_ERR_TIMEOUT) {
                    return ESP_OK;
                }
                """);
            CSourceWriter.WriteErrorLog(writer, call);
            writer.Line("return err;");
        }
    }
}
