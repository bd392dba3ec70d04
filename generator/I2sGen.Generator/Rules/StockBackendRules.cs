using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Rules;

/// <summary>
/// What the stock firmware's System.Device.I2s cannot honour or silently changes (I2S0501-I2S0507, I2S0509), checked
/// only when <c>I2sGenBackend</c> is Stock. Every message says what the firmware really does and the fix. Sources:
/// nf-interpreter targets/ESP32/_nanoCLR/System.Device.I2s/sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp@a3e8139
/// (SetI2sConfig, Read, Write), ESP-IDF v5.5.4 components/driver/deprecated/i2s_legacy.c (i2s_config_transfer,
/// i2s_get_buf_size), nf-interpreter targets/ESP32/defconfig/*_defconfig (API_SYSTEM_DEVICE_I2S).
/// </summary>
internal static class StockBackendRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private const string OrInterop = "or use I2sGenBackend=Interop (custom firmware)";

    public static void Check(BindingConfig config, TargetConfig target, ImmutableArray<RuleViolation>.Builder found)
    {
        if (target.Backend != Backend.Stock)
        {
            return;
        }

        var chip = ChipTable.Get(target.Chip);
        if (target.Chip == Chip.Esp32H2)
        {
            found.Add(new(RuleCatalog.StockChipWithoutI2s.Id, BindingArgument.None,
                $"nanoFramework's stock firmware for {chip.DisplayName} (ESP32_H2_THREAD) is built without System.Device.I2s (its defconfig does not set API_SYSTEM_DEVICE_I2S), so creating the binding fails on the device; build a custom firmware with I2sGenBackend=Interop"));
        }

        if (!config.IsReceive && !config.IsTransmit
            || config.DataFormat is not ((int)DataFormat.B16 or (int)DataFormat.B24 or (int)DataFormat.B32)
            || config.ChannelFormat is < 0 or > (int)ChannelFormat.OnlyLeft
            || config.SampleRate <= 0 || config.DmaCount <= 0)
        {
            // The argument rules report what is missing or invalid; nothing here would be meaningful.
            return;
        }

        var stock = StockSettings.Of(config);
        if (config.DmaLength != StockSettings.DmaFrames)
        {
            found.Add(new(RuleCatalog.StockDmaLength.Id, BindingArgument.DmaLength,
                $"The stock firmware always uses DMA buffers of {StockSettings.DmaFrames} frames (DMA_BUF_LEN_IN_I2S_FRAMES) and ignores DmaLength {config.DmaLength}: it allocates {config.DmaCount} buffers × {StockSettings.DmaFrames} frames × {stock.DmaFrameBytes} bytes, and a timeout-free read returns only when the buffer is full; write DmaLength = {StockSettings.DmaFrames}, {OrInterop}",
                StockSettings.DmaFrames.ToString(Inv)));
        }

        if (config.ApllRate > 0)
        {
            var real = RealRate(target.Chip, config.SampleRate, stock.DmaBits, useApll: false);
            found.Add(new(RuleCatalog.StockApll.Id, BindingArgument.ApllRate,
                $"The stock firmware never uses the audio PLL (use_apll = false, fixed_mclk = 0): ApllRate {config.ApllRate} is ignored and the clock comes from {chip.SourceClockName}{real}; remove ApllRate, {OrInterop}"));
        }
        else if (config.IsTransmit)
        {
            // Receive always runs 32-bit slots, for which 256 is I2sGen's multiple too.
            var multiple = ClockChooser.DefaultMultiple(config.DataFormat);
            if (multiple != StockSettings.MclkMultiple)
            {
                var real = RealRate(target.Chip, config.SampleRate, stock.DmaBits, useApll: false);
                found.Add(new(RuleCatalog.StockMclkMultiple.Id, BindingArgument.DataFormat,
                    $"The stock firmware always programs MCLK = {StockSettings.MclkMultiple} × the sample rate (I2S_MCLK_MULTIPLE_256), where I2sGen uses {multiple} × for {config.DataFormat}-bit data so that BCK divides evenly{real}; use 16- or 32-bit data, {OrInterop}"));
            }
        }

        if (config.IsReceive)
        {
            CheckReceive(config, target, stock, found);
        }
        else if (config.DataFormat == (int)DataFormat.B32 && config.ChannelFormat != (int)ChannelFormat.RightLeft)
        {
            found.Add(new(RuleCatalog.StockMono32BitWrite.Id, BindingArgument.ChannelFormat,
                $"With 32-bit samples the stock firmware swaps every pair of 32-bit words before writing (swap_32_bit_stereo_channels, meant for left/right pairs); with one channel ({(ChannelFormat)config.ChannelFormat}) that plays each pair of samples in reverse order; use ChannelFormat = RightLeft with both channels, 16-bit data, {OrInterop}"));
        }
    }

    private static void CheckReceive(BindingConfig config, TargetConfig target, StockSettings stock, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.DataFormat == (int)DataFormat.B24)
        {
            found.Add(new(RuleCatalog.StockPacked24BitRead.Id, BindingArgument.DataFormat,
                "The stock firmware converts received 32-bit slots into packed 3-byte samples for Bit24, while the binding's frames hold 24-bit samples in 4 bytes, so every frame would be misread; use DataFormat = I2sDataFormat.B32 (the 24 data bits of a MEMS microphone arrive in its top 3 bytes), " + OrInterop));
        }
        else if (config.DataFormat != (int)DataFormat.B32)
        {
            var real = RealRate(target.Chip, config.SampleRate, stock.DmaBits, useApll: false);
            found.Add(new(RuleCatalog.StockReceives32BitSlots.Id, BindingArgument.DataFormat,
                $"The stock firmware always receives 32-bit slots (BCK = 64 × the sample rate, not {2 * config.DataFormat} ×) and keeps the top {config.DataFormat} bits of each, which is what a MEMS microphone's MSB-first data needs{real}; nothing to change unless the device needs a {config.DataFormat}-bit slot, then {OrInterop}"));
        }

        if (config.ChannelFormat is (int)ChannelFormat.OnlyLeft or (int)ChannelFormat.OnlyRight)
        {
            found.Add(new(RuleCatalog.StockMonoRead.Id, BindingArgument.ChannelFormat,
                $"With {(ChannelFormat)config.ChannelFormat} the stock firmware sets up mono DMA frames of one 32-bit slot but converts what it reads as 8-byte stereo frames (i2s_frame_map), so each read keeps every second sample: half the sample rate, aliased; declare ChannelFormat = RightLeft and take the channel you need from each frame, {OrInterop}"));
        }
    }

    /// <summary>", so the real rate is X Hz" from the legacy driver's clock model, or nothing when it produces none.</summary>
    private static string RealRate(Chip chip, int sampleRate, int slotBits, bool useApll)
    {
        var result = ClockTarget.Compute(chip, Driver.Legacy, sampleRate, slotBits, StockSettings.MclkMultiple, useApll);
        if (!ClockTarget.Produces(result))
        {
            return "; the legacy driver cannot produce this rate with it";
        }

        var clock = new ClockResult(result, (long)sampleRate * StockSettings.MclkMultiple, slotBits);
        return ", so the real sample rate is " + clock.RealSampleRate.ToString("0.###", Inv) + " Hz";
    }
}
