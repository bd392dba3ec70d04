using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Hardware;

/// <summary>Derives <see cref="BindingFigures"/> from a configuration and target; the single place these formulas live.</summary>
internal static class FiguresCalculator
{
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

        // One decision (ClockChooser) for the C config, the C# constants and the rules.
        var choice = ClockChooser.Choose(config, target);
        var multiple = choice.MclkMultiple;
        var clock = new ClockResult(
            ClockTarget.Compute(target, config.SampleRate, bits, multiple, choice.UsesApll),
            (long)config.SampleRate * multiple,
            bits);

        return new BindingFigures(
            bits, slots, bytesPerSample, bytesPerFrame, config.DmaLength, dmaBufferBytes, IdfSupport.DmaBufferLimit(target),
            total, latency, multiple, clock, choice.UsesApll, choice);
    }

    /// <summary>
    /// Bytes per sample in DMA memory. The legacy driver and the std driver on ESP32 align to 16 bits
    /// (<c>((bits+15)/16)*2</c>); the std driver on other chips packs bytes (<c>(bits+7)/8</c>, IDF ≥ 5.5).
    /// </summary>
    public static int BytesPerSample(int bits, ChipInfo chip, Driver driver) =>
        driver == Driver.Legacy || chip.StdUses16BitSampleAlignment ? ((bits + 15) / 16) * 2 : (bits + 7) / 8;
}
