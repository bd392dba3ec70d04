using System;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Hardware;

/// <summary>Derives <see cref="BindingFigures"/> from a configuration and target; the single place these formulas live.</summary>
internal static class FiguresCalculator
{
    /// <summary>The MCLK multiples of the driver on the default ESP-IDF release (<see cref="IdfSupport.MclkMultiples"/>).</summary>
    public static int[] MclkMultiples(Driver driver) => IdfSupport.MclkMultiples(new TargetConfig(Chip.Esp32, driver));

    /// <summary>
    /// Returns the figures, or null when the configuration lacks what they need (a valid data format, channel
    /// format, sample rate and DMA length); the rule engine reports those gaps.
    /// </summary>
    public static BindingFigures? TryCompute(BindingConfig config, TargetConfig target)
    {
        var bits = config.DataFormat;
        if (bits is not ((int)DataFormat.B16 or (int)DataFormat.B24 or (int)DataFormat.B32)
            || config.ChannelFormat is < 0 or > (int)ChannelFormat.OnlyLeft
            || config.SampleRate <= 0
            || config.DmaLength <= 0
            || config.DmaCount <= 0)
        {
            return null;
        }

        var chip = ChipTable.Get(target.Chip);
        var bytesPerSample = BytesPerSample(bits, chip, target.Driver);
        var slots = SlotLayout.ActiveSlots(config.ChannelFormat);
        var bytesPerFrame = bytesPerSample * slots;

        // Every argument may be anything up to int.MaxValue: the products are taken in long and pinned, never wrapped.
        var dmaBufferBytes = (long)config.DmaLength * bytesPerFrame;
        var total = SaturatingMath.Multiply(dmaBufferBytes, config.DmaCount);
        var latency = SaturatingMath.Round((double)config.DmaCount * config.DmaLength * 1_000_000 / config.SampleRate);

        var usesApll = config.ApllRate > 0;
        var multiple = MclkMultipleFor(config, target);
        var clock = new ClockResult(
            ClockTarget.Compute(target, config.SampleRate, bits, multiple, usesApll),
            (long)config.SampleRate * multiple,
            bits);

        return new BindingFigures(
            bits, slots, bytesPerSample, bytesPerFrame, config.DmaLength, dmaBufferBytes, IdfSupport.DmaBufferLimit(target),
            total, latency, multiple, clock, usesApll);
    }

    /// <summary>
    /// Bytes per sample in DMA memory. The legacy driver and the std driver on ESP32 align to 16 bits
    /// (<c>((bits+15)/16)*2</c>); the std driver on other chips packs bytes (<c>(bits+7)/8</c>, IDF ≥ 5.5).
    /// </summary>
    public static int BytesPerSample(int bits, ChipInfo chip, Driver driver) =>
        driver == Driver.Legacy || chip.StdUses16BitSampleAlignment ? ((bits + 15) / 16) * 2 : (bits + 7) / 8;

    /// <summary>
    /// The MCLK multiple the generated C programs: the APLL rate's multiple when one is given, else 384 for 24-bit
    /// (so BCK divides evenly; 256 would run 6.7 % fast) and 256 otherwise.
    /// </summary>
    public static int MclkMultipleFor(BindingConfig config, Driver driver) => MclkMultipleFor(config, new TargetConfig(Chip.Esp32, driver));

    /// <summary>As <see cref="MclkMultipleFor(BindingConfig, Driver)"/> with the multiples of the target's release (<see cref="IdfSupport.MclkMultiples"/>).</summary>
    public static int MclkMultipleFor(BindingConfig config, TargetConfig target)
    {
        if (config.ApllRate > 0 && config.SampleRate > 0 && config.ApllRate % config.SampleRate == 0)
        {
            var multiple = config.ApllRate / config.SampleRate;
            if (Array.IndexOf(IdfSupport.MclkMultiples(target), multiple) >= 0)
            {
                return multiple;
            }
        }

        return config.DataFormat == (int)DataFormat.B24 ? 384 : 256;
    }
}
