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

    public static NativeFile Emit(BindingSpec spec, BindingFigures figures)
    {
        var names = new NativeNames(spec);
        var config = spec.Config;
        var handle = config.IsReceive ? "s_rx_handle" : "s_tx_handle";
        var writer = new CodeWriter();
        CSourceParts.WriteOpening(writer, names, spec, figures, "driver/i2s_std.h", "esp_err.h", "esp_log.h", "freertos/FreeRTOS.h", "sdkconfig.h");
        writer.Line();
        writer.Line("/* The " + (config.IsReceive ? "receive" : "transmit") + " channel; NULL while the binding is not started. */");
        writer.Line("static i2s_chan_handle_t " + handle + " = NULL;");
        writer.Line();
        WriteTimeoutHelper(writer);
        writer.Line();
        WriteInit(writer, names, spec, figures, handle);
        writer.Line();
        WriteDeinit(writer, names, handle);
        writer.Line();
        WriteTransfer(writer, names, config, handle);
        return new NativeFile(names.SourceFile, writer.ToString());
    }

    private static void WriteTimeoutHelper(CodeWriter writer)
    {
        writer.Line("/*");
        writer.Line(" * The contract's timeout in the driver's terms: -1 waits forever (portMAX_DELAY) and 0 never waits. The driver");
        writer.Line(" * turns milliseconds into ticks rounding down, so a positive wait shorter than one tick is raised to one tick;");
        writer.Line(" * otherwise it would silently become a non-blocking call.");
        writer.Line(" */");
        using (writer.Block("static uint32_t driver_timeout_ms(int32_t timeout_ms)"))
        {
            writer.Line("if (timeout_ms < 0) {");
            writer.Indent().Line("return portMAX_DELAY;").Outdent();
            writer.Line("}");
            writer.Line("if (timeout_ms > 0 && (uint32_t)timeout_ms < portTICK_PERIOD_MS) {");
            writer.Indent().Line("return portTICK_PERIOD_MS;").Outdent();
            writer.Line("}");
            writer.Line("return (uint32_t)timeout_ms;");
        }
    }

    private static void WriteInit(CodeWriter writer, NativeNames names, BindingSpec spec, BindingFigures figures, string handle)
    {
        var config = spec.Config;
        using (CLayout.Function(writer, "esp_err_t " + names.Init + "(", "void"))
        {
            writer.Line("if (" + handle + " != NULL) {");
            writer.Indent();
            CSourceParts.Log(writer, 2, "ESP_LOGE", "already started; call " + names.Deinit + "() first");
            writer.Line("return ESP_ERR_INVALID_STATE;").Outdent();
            writer.Line("}");
            writer.Line();
            WriteChannelConfig(writer, config);
            writer.Line("i2s_chan_handle_t handle = NULL;");
            writer.Line("esp_err_t err = i2s_new_channel(&chan_cfg, " + (config.IsReceive ? "NULL, &handle" : "&handle, NULL") + ");");
            CSourceParts.WriteFailureReturn(writer, "i2s_new_channel");
            writer.Line();
            WriteStdConfig(writer, spec, figures);
            writer.Line("err = i2s_channel_init_std_mode(handle, &std_cfg);");
            CSourceParts.WriteFailureReturn(writer, "i2s_channel_init_std_mode", "(void)i2s_del_channel(handle);");
            writer.Line("err = i2s_channel_enable(handle);");
            CSourceParts.WriteFailureReturn(writer, "i2s_channel_enable", "(void)i2s_del_channel(handle);");
            writer.Line();
            writer.Line(handle + " = handle;");
            CSourceParts.Log(writer, 1, "ESP_LOGI", "started: %d Hz, %d-bit, %d channel(s) on I2S_NUM_" + config.Bus.ToString(Inv), names.SampleRateHz, names.BitsPerSample, names.Channels);
            writer.Line("return ESP_OK;");
        }
    }

    private static void WriteChannelConfig(CodeWriter writer, BindingConfig config)
    {
        writer.Line("/* Unnamed fields stay zero: default interrupt priority, no power-down retention. */");
        writer.Line("const i2s_chan_config_t chan_cfg = {");
        writer.Indent();
        writer.Line(".id = I2S_NUM_" + config.Bus.ToString(Inv) + ",");
        writer.Line(".role = I2S_ROLE_MASTER,");
        writer.Line(".dma_desc_num = " + config.DmaCount.ToString(Inv) + ",");
        writer.Line(".dma_frame_num = " + config.DmaLength.ToString(Inv) + ",");
        writer.Line(".auto_clear = true,");
        writer.Outdent();
        writer.Line("};");
    }

    private static void WriteStdConfig(CodeWriter writer, BindingSpec spec, BindingFigures figures)
    {
        var config = spec.Config;
        var chip = ChipTable.Get(spec.Target.Chip);
        var standard = CSourceParts.EffectiveStandard(config.Standard);
        var pcm = standard == Standard.PcmShort;
        var bits = figures.BitsPerSample.ToString(Inv);

        writer.Line("const i2s_std_config_t std_cfg = {");
        writer.Indent();
        writer.Line(".clk_cfg = {");
        writer.Indent();
        writer.Line(".sample_rate_hz = " + config.SampleRate.ToString(Inv) + ",");
        writer.Line(".clk_src = " + (figures.UsesApll ? "I2S_CLK_SRC_APLL" : "I2S_CLK_SRC_DEFAULT") + ",");
        writer.Line(".mclk_multiple = I2S_MCLK_MULTIPLE_" + figures.MclkMultiple.ToString(Inv) + ",");
        writer.Outdent();
        writer.Line("},");
        writer.Line(".slot_cfg = {");
        writer.Indent();
        writer.Line(".data_bit_width = I2S_DATA_BIT_WIDTH_" + bits + "BIT,");
        writer.Line(".slot_bit_width = I2S_SLOT_BIT_WIDTH_AUTO,");
        writer.Line(".slot_mode = " + SlotLayout.StdSlotMode(config.ChannelFormat) + ",");
        writer.Line(".slot_mask = " + SlotLayout.StdSlotMask(config.ChannelFormat) + ",");
        writer.Line(".ws_width = " + (pcm ? "1" : bits) + ",");
        writer.Line(".ws_pol = " + CSourceParts.Bool(pcm) + ",");
        writer.Line(".bit_shift = " + CSourceParts.Bool(standard != Standard.Msb) + ",");
        WriteHardwareSlotFields(writer, chip, figures.BitsPerSample);
        writer.Outdent();
        writer.Line("},");
        writer.Line(".gpio_cfg = {");
        writer.Indent();
        writer.Line(".mclk = " + CSourceParts.StdGpio(config.Mclk) + ",");
        writer.Line(".bclk = " + CSourceParts.StdGpio(config.Bck) + ",");
        writer.Line(".ws = " + CSourceParts.StdGpio(config.Ws) + ",");
        writer.Line(".dout = " + CSourceParts.StdGpio(config.IsTransmit ? config.Sdout : BindingConfig.NotConnected) + ",");
        writer.Line(".din = " + CSourceParts.StdGpio(config.IsReceive ? config.Sdin : BindingConfig.NotConnected) + ",");
        writer.Line(".invert_flags = {");
        writer.Indent();
        writer.Line(".mclk_inv = false,");
        writer.Line(".bclk_inv = false,");
        writer.Line(".ws_inv = false,");
        writer.Outdent();
        writer.Line("},");
        writer.Outdent();
        writer.Line("},");
        writer.Outdent();
        writer.Line("};");
    }

    /// <summary>
    /// The slot fields that differ by I2S hardware version, with the values ESP-IDF's default slot macros use:
    /// ESP32 sets <c>msb_right</c> for data of 16 bits or less and ESP32-S2 always; newer chips left-align,
    /// little-endian, MSB first.
    /// </summary>
    private static void WriteHardwareSlotFields(CodeWriter writer, ChipInfo chip, int bits)
    {
        if (chip.Chip == Chip.Esp32)
        {
            writer.Line(".msb_right = " + CSourceParts.Bool(bits <= 16) + ",");
        }
        else if (chip.Chip == Chip.Esp32S2)
        {
            writer.Line(".msb_right = true,");
        }
        else
        {
            writer.Line(".left_align = true,");
            writer.Line(".big_endian = false,");
            writer.Line(".bit_order_lsb = false,");
        }
    }

    private static void WriteDeinit(CodeWriter writer, NativeNames names, string handle)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Deinit + "(", "void"))
        {
            writer.Line("if (" + handle + " == NULL) {");
            writer.Indent().Line("return ESP_OK;").Outdent();
            writer.Line("}");
            writer.Line();
            writer.Line("/* A channel that failed to stop earlier is already disabled; deleting it is what matters. */");
            writer.Line("esp_err_t err = i2s_channel_disable(" + handle + ");");
            writer.Line("if (err != ESP_OK && err != ESP_ERR_INVALID_STATE) {");
            writer.Indent();
            CSourceParts.Log(writer, 2, "ESP_LOGE", "i2s_channel_disable failed: %s", "esp_err_to_name(err)");
            writer.Line("return err;").Outdent();
            writer.Line("}");
            writer.Line("err = i2s_del_channel(" + handle + ");");
            CSourceParts.WriteFailureReturn(writer, "i2s_del_channel");
            writer.Line();
            writer.Line(handle + " = NULL;");
            writer.Line("return ESP_OK;");
        }
    }

    private static void WriteTransfer(CodeWriter writer, NativeNames names, BindingConfig config, string handle)
    {
        var receive = config.IsReceive;
        var count = receive ? "bytes_read" : "bytes_written";
        var call = receive ? "i2s_channel_read" : "i2s_channel_write";
        using (CLayout.Function(writer, CSourceParts.TransferHead(names, receive), CSourceParts.TransferParameters(receive)))
        {
            CSourceParts.WriteTransferChecks(writer, names, receive ? "read" : "write", count, handle + " == NULL");
            writer.Line();
            writer.Line("/*");
            writer.Line(" * -1 must wait until everything is moved, but the driver converts its millisecond timeout with pdMS_TO_TICKS(),");
            writer.Line(" * which wraps portMAX_DELAY to a finite wait per DMA buffer (about 12 hours at 100 Hz, 72 minutes at 1000 Hz);");
            writer.Line(" * a blocking call therefore carries on after such a timeout.");
            writer.Line(" */");
            writer.Line("esp_err_t err;");
            writer.Line("do {");
            writer.Indent();
            writer.Line("size_t moved = 0;");
            CLayout.Call(writer, 2, "err = " + call + "(", ");", handle, (receive ? "(uint8_t *)buffer + *" : "(const uint8_t *)buffer + *") + count,
                "length - *" + count, "&moved", "driver_timeout_ms(timeout_ms)");
            writer.Line("*" + count + " += moved;");
            writer.Outdent();
            writer.Line("} while (err == ESP_ERR_TIMEOUT && timeout_ms < 0 && *" + count + " < length);");
            writer.Line("if (err == ESP_ERR_TIMEOUT) {");
            writer.Indent().Line("/* As in the seed, running out of time is not an error: *" + count + " says how far it got. */")
                .Line("return ESP_OK;").Outdent();
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
