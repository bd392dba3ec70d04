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

    public static NativeFile Emit(BindingSpec spec, BindingFigures figures)
    {
        var names = new NativeNames(spec);
        var config = spec.Config;
        var port = "I2S_NUM_" + config.Bus.ToString(Inv);
        var writer = new CodeWriter();
        CSourceParts.WriteOpening(writer, names, spec, figures,
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

    private static void WriteTicksHelper(CodeWriter writer)
    {
        writer.Line("/*");
        writer.Line(" * The contract's timeout as FreeRTOS ticks: -1 waits forever (portMAX_DELAY) and 0 never waits. pdMS_TO_TICKS");
        writer.Line(" * rounds down, so a positive wait shorter than one tick is raised to one tick rather than becoming non-blocking.");
        writer.Line(" */");
        using (writer.Block("static TickType_t timeout_ticks(int32_t timeout_ms)"))
        {
            writer.Line("if (timeout_ms < 0) {");
            writer.Indent().Line("return portMAX_DELAY;").Outdent();
            writer.Line("}");
            writer.Line("TickType_t ticks = pdMS_TO_TICKS((uint32_t)timeout_ms);");
            writer.Line("if (timeout_ms > 0 && ticks == 0) {");
            writer.Indent().Line("ticks = 1;").Outdent();
            writer.Line("}");
            writer.Line("return ticks;");
        }
    }

    private static void WriteInit(CodeWriter writer, NativeNames names, BindingConfig config, BindingFigures figures, string port)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Init + "(", "void"))
        {
            writer.Line("if (s_started) {");
            writer.Indent();
            CSourceParts.Log(writer, 2, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
            writer.Line("return ESP_ERR_INVALID_STATE;").Outdent();
            writer.Line("}");
            writer.Line();
            WriteDriverConfig(writer, config, figures);
            writer.Line("esp_err_t err = i2s_driver_install(" + port + ", &i2s_config, 0, NULL);");
            CSourceParts.WriteFailureReturn(writer, "i2s_driver_install");
            writer.Line();
            writer.Line("const i2s_pin_config_t pin_config = {");
            writer.Indent();
            writer.Line(".mck_io_num = " + CSourceParts.LegacyGpio(config.Mclk) + ",");
            writer.Line(".bck_io_num = " + CSourceParts.LegacyGpio(config.Bck) + ",");
            writer.Line(".ws_io_num = " + CSourceParts.LegacyGpio(config.Ws) + ",");
            writer.Line(".data_out_num = " + CSourceParts.LegacyGpio(config.IsTransmit ? config.Sdout : BindingConfig.NotConnected) + ",");
            writer.Line(".data_in_num = " + CSourceParts.LegacyGpio(config.IsReceive ? config.Sdin : BindingConfig.NotConnected) + ",");
            writer.Outdent();
            writer.Line("};");
            writer.Line("err = i2s_set_pin(" + port + ", &pin_config);");
            CSourceParts.WriteFailureReturn(writer, "i2s_set_pin", "(void)i2s_driver_uninstall(" + port + ");");
            writer.Line();
            writer.Line("s_started = true;");
            CSourceParts.Log(writer, 1, "ESP_LOGI", "started: %d Hz, %d-bit, %d channel(s) on " + port, names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    private static void WriteDriverConfig(CodeWriter writer, BindingConfig config, BindingFigures figures)
    {
        var bits = figures.BitsPerSample.ToString(Inv);
        writer.Line("/* Unnamed fields stay zero. */");
        writer.Line("const i2s_config_t i2s_config = {");
        writer.Indent();
        writer.Line(".mode = (i2s_mode_t)(I2S_MODE_MASTER | " + (config.IsReceive ? "I2S_MODE_RX" : "I2S_MODE_TX") + "),");
        writer.Line(".sample_rate = " + config.SampleRate.ToString(Inv) + ",");
        writer.Line(".bits_per_sample = I2S_BITS_PER_SAMPLE_" + bits + "BIT,");
        writer.Line(".channel_format = " + SlotLayout.LegacyChannelFormat(config.ChannelFormat) + ",");
        writer.Line(".communication_format = " + CommunicationFormat(config.Standard) + ",");
        writer.Line(".intr_alloc_flags = 0, /* the allocator's default: a level 1-3 interrupt (ESP_INTR_FLAG_LOWMED) */");

        // IDF 5 renamed the DMA fields and kept the old names as deprecated aliases; IDF 4.4 has only the old ones.
        writer.Outdent().Outdent();
        writer.Line("#if ESP_IDF_VERSION_MAJOR >= 5");
        writer.Indent().Indent();
        writer.Line(".dma_desc_num = " + config.DmaCount.ToString(Inv) + ",");
        writer.Line(".dma_frame_num = " + config.DmaLength.ToString(Inv) + ",");
        writer.Outdent().Outdent();
        writer.Line("#else");
        writer.Indent().Indent();
        writer.Line(".dma_buf_count = " + config.DmaCount.ToString(Inv) + ",");
        writer.Line(".dma_buf_len = " + config.DmaLength.ToString(Inv) + ",");
        writer.Outdent().Outdent();
        writer.Line("#endif");
        writer.Indent().Indent();

        writer.Line(".use_apll = " + CSourceParts.Bool(figures.UsesApll) + ",");
        writer.Line(".tx_desc_auto_clear = true,");
        writer.Line(".fixed_mclk = " + (figures.UsesApll ? config.ApllRate : 0).ToString(Inv) + ",");
        writer.Line(".mclk_multiple = I2S_MCLK_MULTIPLE_" + figures.MclkMultiple.ToString(Inv) + ",");
        writer.Line(".bits_per_chan = I2S_BITS_PER_CHAN_" + bits + "BIT,");
        writer.Outdent();
        writer.Line("};");
    }

    /// <summary>The <c>i2s_comm_format_t</c> for a standard; the seed's LSB is ESP-IDF's MSB-justified format.</summary>
    private static string CommunicationFormat(int standard) => CSourceParts.EffectiveStandard(standard) switch
    {
        Standard.Msb => "I2S_COMM_FORMAT_STAND_MSB",
        Standard.PcmShort => "I2S_COMM_FORMAT_STAND_PCM_SHORT",
        _ => "I2S_COMM_FORMAT_STAND_I2S",
    };

    private static void WriteDeinit(CodeWriter writer, NativeNames names, string port)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Deinit + "(", "void"))
        {
            writer.Line("if (!s_started) {");
            writer.Indent().Line("return ESP_OK;").Outdent();
            writer.Line("}");
            writer.Line();
            writer.Line("esp_err_t err = i2s_driver_uninstall(" + port + ");");
            CSourceParts.WriteFailureReturn(writer, "i2s_driver_uninstall");
            writer.Line();
            writer.Line("s_started = false;");
            writer.Line("return ESP_OK;");
        }
    }

    private static void WriteTransfer(CodeWriter writer, NativeNames names, BindingConfig config, string port)
    {
        var receive = config.IsReceive;
        var count = receive ? "bytes_read" : "bytes_written";
        var call = receive ? "i2s_read" : "i2s_write";
        using (CLayout.Function(writer, CSourceParts.TransferHead(names, receive), CSourceParts.TransferParameters(receive)))
        {
            CSourceParts.WriteTransferChecks(writer, names, receive ? "read" : "write", count, "!s_started");
            writer.Line();
            writer.Line("/* The legacy driver returns ESP_OK with a partial count when the wait runs out; a timeout code means the same. */");
            CLayout.Call(writer, 1, "esp_err_t err = " + call + "(", ");", port, "buffer", "length", count, "timeout_ticks(timeout_ms)");
            writer.Line("if (err == ESP_ERR_TIMEOUT) {");
            writer.Indent().Line("return ESP_OK;").Outdent();
            writer.Line("}");
            writer.Line("if (err != ESP_OK) {");
            writer.Indent();
            CSourceParts.Log(writer, 2, "ESP_LOGE", call + " failed: %s", "esp_err_to_name(err)");
            writer.Outdent();
            writer.Line("}");
            writer.Line("return err;");
        }
    }
}
