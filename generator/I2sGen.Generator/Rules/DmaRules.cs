using System;
using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The DMA rules (I2S0110, I2S0111, I2S0201-I2S0203): count and length ranges per driver, the driver's buffer
/// limit, whole 24-bit samples per buffer, and the RAM budget. Sources: shared/reference/esp-idf.md §2.6, §3.7.
/// </summary>
internal static class DmaRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Total DMA RAM above which I2S0202 warns (internal RAM is scarce on every ESP32).</summary>
    public const long DefaultDmaBudgetBytes = 64 * 1024;

    public static void Check(BindingConfig config, TargetConfig target, BindingFigures? figures, ImmutableArray<RuleViolation>.Builder found)
    {
        var legacy = target.Driver == Driver.Legacy;
        var countOk = legacy ? config.DmaCount is >= 2 and <= 128 : config.DmaCount >= 2;
        if (!countOk)
        {
            found.Add(new(RuleCatalog.DmaCountOutOfRange.Id, BindingArgument.DmaCount, legacy
                ? $"DMA buffer count {config.DmaCount} is not valid: the legacy driver allows [2, 128]; use {(config.DmaCount < 2 ? 2 : 128)}"
                : $"DMA buffer count {config.DmaCount} is not valid: the driver needs at least 2 DMA buffers; use 2",
                config.DmaCount < 2 ? "2" : "128"));
        }

        var lengthOk = legacy ? config.DmaLength is >= 8 and <= 1024 : config.DmaLength >= 1;
        if (!lengthOk)
        {
            var fix = LengthFix(config, target, legacy);
            found.Add(new(RuleCatalog.DmaLengthOutOfRange.Id, BindingArgument.DmaLength, legacy
                ? $"DMA buffer length {config.DmaLength} is not valid: the legacy driver allows [8, 1024] frames; use {fix}"
                : $"DMA buffer length {config.DmaLength} is not valid: it counts frames and must be at least 1; use {fix}",
                fix.ToString(Inv)));
            return;
        }

        if (figures is null || !countOk)
        {
            return;
        }

        var chipName = ChipTable.Get(target.Chip).DisplayName;
        if (figures.DmaBufferBytes > figures.DmaBufferLimit)
        {
            var largest = LargestValidLength(figures, config, target);
            found.Add(new(RuleCatalog.DmaBufferTooLarge.Id, BindingArgument.DmaLength,
                $"DMA buffer of {config.DmaLength} frames × {figures.BytesPerFrame} bytes = {figures.DmaBufferBytes} bytes exceeds the {figures.DmaBufferLimit}-byte limit on {chipName}, and ESP-IDF would silently shrink it; the largest valid DmaLength is {largest}",
                largest.ToString(Inv)));
        }
        else if (!legacy && config.DataFormat == (int)DataFormat.B24 && config.DmaLength % 3 != 0)
        {
            var suggestion = NearestMultipleOfThree(config.DmaLength, figures.LargestValidDmaFrames);
            found.Add(new(RuleCatalog.Dma24BitFrames.Id, BindingArgument.DmaLength,
                $"With 24-bit data the standard driver needs a DMA frame count that is a multiple of 3 so that every buffer holds whole samples; DmaLength {config.DmaLength} is not, use {suggestion}",
                suggestion.ToString(Inv)));
        }

        // One problem at a time: a buffer above the limit is an error already, and its size is not what would be allocated.
        // Below the limit every figure is small enough to print: at most int.MaxValue buffers × 4092 bytes.
        if (figures.DmaBufferBytes > figures.DmaBufferLimit)
        {
            return;
        }

        var chip = ChipTable.Get(target.Chip);
        if (figures.TotalDmaBytes > chip.InternalRamBytes)
        {
            var most = Math.Max(2, DefaultDmaBudgetBytes / figures.DmaBufferBytes);
            found.Add(new(RuleCatalog.DmaExceedsRam.Id, BindingArgument.DmaCount,
                $"{config.DmaCount} DMA buffers × {figures.DmaBufferBytes} bytes = {figures.TotalDmaBytes} bytes, more than the {chip.InternalRamBytes} bytes of internal RAM of {chipName}; the driver allocates DMA buffers in internal RAM, so installing it fails (ESP_ERR_NO_MEM); use DmaCount {most} or fewer to stay within the {DefaultDmaBudgetBytes}-byte budget",
                most.ToString(Inv)));
        }
        else if (figures.TotalDmaBytes > DefaultDmaBudgetBytes)
        {
            found.Add(new(RuleCatalog.DmaBudgetExceeded.Id, BindingArgument.DmaCount,
                $"{config.DmaCount} DMA buffers × {figures.DmaBufferBytes} bytes = {figures.TotalDmaBytes} bytes of internal RAM, above the {DefaultDmaBudgetBytes}-byte budget; they hold {figures.BufferedLatencyMicroseconds / 1000} ms of audio, fewer or shorter buffers (DmaCount × DmaLength) use less RAM"));
        }
    }

    /// <summary>The valid DmaLength nearest to an out-of-range one: the range's bound, kept within the DMA buffer limit.</summary>
    private static int LengthFix(BindingConfig config, TargetConfig target, bool legacy)
    {
        if (!legacy || config.DmaLength < 8)
        {
            return legacy ? 8 : 1;
        }

        var figures = FiguresCalculator.TryCompute(config with { DmaLength = 1024 }, target);
        return figures is null ? 1024 : Math.Min(1024, LargestValidLength(figures, config, target));
    }

    private static int LargestValidLength(BindingFigures figures, BindingConfig config, TargetConfig target)
    {
        var largest = figures.LargestValidDmaFrames;
        if (target.Driver == Driver.Std && config.DataFormat == (int)DataFormat.B24)
        {
            largest -= largest % 3;
        }

        return largest;
    }

    private static int NearestMultipleOfThree(int length, int largest)
    {
        var up = (int)Math.Min(int.MaxValue - 2, (((long)length + 2) / 3) * 3);
        return up <= largest ? up : Math.Max(3, length - (length % 3));
    }
}
