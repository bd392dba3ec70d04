using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The rule engine for one binding. The analyzers report what it finds; the generator refuses to emit a binding
/// with any error. Facts come from <see cref="ChipTable"/> and <see cref="FiguresCalculator"/>; messages name the
/// offending value and the fix. Sources: shared/reference/seed-api.md §3.2, esp-idf.md §2.6, §3.7, §5, §6.
/// </summary>
internal static class BindingRules
{
    /// <summary>Total DMA RAM above which I2S0202 warns (internal RAM is scarce on every ESP32).</summary>
    public const long DefaultDmaBudgetBytes = 64 * 1024;

    /// <summary>Real-rate deviation above which I2S0402 informs.</summary>
    public const double InexactRatePpm = 50;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static bool HasErrors(ImmutableArray<RuleViolation> violations)
    {
        foreach (var violation in violations)
        {
            if (violation.IsError)
            {
                return true;
            }
        }

        return false;
    }

    public static ImmutableArray<RuleViolation> Check(BindingConfig config, TargetConfig target) =>
        Check(config, target, PinPlan.Alone(config, target).For(0));

    /// <summary>
    /// As <see cref="Check(BindingConfig, TargetConfig)"/>, taking the replacement pins from a plan made for all
    /// bindings of the compilation (<see cref="PinPlan"/>), so that fixes of different bindings do not collide.
    /// </summary>
    public static ImmutableArray<RuleViolation> Check(BindingConfig config, TargetConfig target, Func<PinRole, string?> replacement)
    {
        var found = ImmutableArray.CreateBuilder<RuleViolation>();
        var chip = ChipTable.Get(target.Chip);

        // One derivation of the figures serves the DMA and clock rules (null when the configuration lacks inputs).
        var figures = FiguresCalculator.TryCompute(config, target);
        CheckMode(config, found);
        CheckDataPins(config, found);
        CheckEnums(config, found);
        CheckBus(config, chip, found);
        CheckDma(config, target, figures, found);
        CheckPins(config, chip, replacement, found);
        CheckClock(config, chip, target, figures, found);
        return found.ToImmutable();
    }

    private static void CheckMode(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Kind != BindingKind.General)
        {
            return;
        }

        if (config.Mode == 0)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None,
                "[I2s] needs Mode: I2sMode.MasterRx to read from a microphone or I2sMode.MasterTx to drive an amplifier"));
        }
        else if (config.Mode is not ((int)Mode.MasterRx or (int)Mode.MasterTx))
        {
            found.Add(new(RuleCatalog.InvalidMode.Id, BindingArgument.Mode,
                $"Mode {config.Mode} is not valid: only I2sMode.MasterRx (9) or I2sMode.MasterTx (5) are supported"));
        }
    }

    private static void CheckDataPins(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        var hasSdin = config.Sdin != BindingConfig.NotConnected;
        var hasSdout = config.Sdout != BindingConfig.NotConnected;
        if (hasSdin && hasSdout)
        {
            found.Add(new(RuleCatalog.OnlyOneDataPin.Id, config.IsTransmit ? BindingArgument.Sdin : BindingArgument.Sdout,
                $"Only one of Sdin or Sdout can be specified; a {(config.IsTransmit ? "transmit" : "receive")} binding uses {(config.IsTransmit ? "Sdout" : "Sdin")}, remove {(config.IsTransmit ? "Sdin" : "Sdout")}"));
            return;
        }

        if (config.IsReceive && !hasSdin)
        {
            found.Add(new(RuleCatalog.ReceiveNeedsSdin.Id, hasSdout ? BindingArgument.Sdout : BindingArgument.None,
                hasSdout
                    ? $"Sdin must be specified for receive mode; GPIO{config.Sdout} is given as Sdout, move it to Sdin"
                    : $"Sdin must be specified for receive mode: [{config.AttributeName}] needs the GPIO of the microphone's data pin"));
        }
        else if (config.IsTransmit && !hasSdout)
        {
            found.Add(new(RuleCatalog.TransmitNeedsSdout.Id, hasSdin ? BindingArgument.Sdin : BindingArgument.None,
                hasSdin
                    ? $"Sdout must be specified for transmit mode; GPIO{config.Sdin} is given as Sdin, move it to Sdout"
                    : $"Sdout must be specified for transmit mode: [{config.AttributeName}] needs the GPIO of the amplifier's data input"));
        }
    }

    private static void CheckEnums(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Bck == BindingConfig.NotConnected)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None, $"[{config.AttributeName}] needs Bck, the GPIO of the bit clock"));
        }

        if (config.Ws == BindingConfig.NotConnected)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None, $"[{config.AttributeName}] needs Ws, the GPIO of the word select (LRCLK)"));
        }

        if (config.Standard is not ((int)Standard.Philips or (int)Standard.Msb or (int)Standard.PcmShort or (int)Standard.Lsb))
        {
            found.Add(new(RuleCatalog.InvalidStandard.Id, BindingArgument.Standard,
                $"Standard {config.Standard} is not valid: use I2sStandard.Philips, Msb or PcmShort"));
        }
        else if (config.Standard == (int)Standard.Lsb)
        {
            found.Add(new(RuleCatalog.LsbMeansMsb.Id, BindingArgument.Standard,
                "I2sStandard.Lsb is the seed's name for what ESP-IDF implements as MSB-justified framing; it is generated as I2sStandard.Msb, write Msb to say so", "Msb"));
        }

        if (config.DataFormat == 0)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None,
                $"[{config.AttributeName}] needs DataFormat: I2sDataFormat.B16, B24 or B32 (MEMS microphones such as the INMP441 need B32)"));
        }
        else if (config.DataFormat is not ((int)DataFormat.B16 or (int)DataFormat.B24 or (int)DataFormat.B32))
        {
            found.Add(new(RuleCatalog.InvalidDataFormat.Id, BindingArgument.DataFormat,
                $"Data format {config.DataFormat} is not valid: use I2sDataFormat.B16, B24 or B32"));
        }

        if (config.ChannelFormat == -1)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None,
                $"[{config.AttributeName}] needs ChannelFormat: a mono microphone with L/R tied to ground is I2sChannelFormat.OnlyLeft, stereo is RightLeft"));
        }
        else if (config.ChannelFormat is < 0 or > (int)ChannelFormat.OnlyLeft)
        {
            found.Add(new(RuleCatalog.InvalidChannelFormat.Id, BindingArgument.ChannelFormat,
                $"Channel format {config.ChannelFormat} is not valid: use RightLeft, AllRight, AllLeft, OnlyRight or OnlyLeft"));
        }

        if (config.SampleRate == 0)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None, $"[{config.AttributeName}] needs SampleRate, in Hz (e.g. 16000 or 44100)"));
        }
        else if (config.SampleRate < 0)
        {
            found.Add(new(RuleCatalog.InvalidSampleRate.Id, BindingArgument.SampleRate, $"Sample rate {config.SampleRate} Hz is not valid: it must be positive"));
        }
    }

    private static void CheckBus(BindingConfig config, ChipInfo chip, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Bus < 0 || config.Bus >= chip.ControllerCount)
        {
            var valid = chip.ControllerCount == 1 ? "0" : "0-" + (chip.ControllerCount - 1).ToString(Inv);
            found.Add(new(RuleCatalog.InvalidBus.Id, BindingArgument.Bus,
                $"I2S bus {config.Bus} does not exist on {chip.DisplayName}, which has {chip.ControllerCount} I2S controller{(chip.ControllerCount == 1 ? string.Empty : "s")}; use bus {valid}",
                config.Bus < 0 ? "0" : (chip.ControllerCount - 1).ToString(Inv)));
        }
    }

    private static void CheckDma(BindingConfig config, TargetConfig target, BindingFigures? figures, ImmutableArray<RuleViolation>.Builder found)
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
        if (figures.DmaBufferBytes <= figures.DmaBufferLimit && figures.TotalDmaBytes > DefaultDmaBudgetBytes)
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
        var up = ((length + 2) / 3) * 3;
        return up <= largest ? up : Math.Max(3, length - (length % 3));
    }

    /// <summary>The pin rules; <paramref name="replacement"/> gives the fix value of a flagged pin.</summary>
    internal static void CheckPins(BindingConfig config, ChipInfo chip, Func<PinRole, string?> replacement, ImmutableArray<RuleViolation>.Builder found)
    {
        var seen = new Dictionary<int, PinRole>();
        foreach (var role in PinRole.All)
        {
            var pin = config.Get(role.Argument);
            if (pin == BindingConfig.NotConnected)
            {
                continue;
            }

            if (!chip.Exists(pin))
            {
                found.Add(new(RuleCatalog.PinDoesNotExist.Id, role.Argument,
                    $"GPIO{pin} does not exist on {chip.DisplayName}; valid pins: {PinText.Ranges(chip.ValidGpioMask)}",
                    replacement(role)));
                continue;
            }

            if (seen.TryGetValue(pin, out var first))
            {
                found.Add(new(RuleCatalog.PinUsedTwice.Id, role.Argument,
                    $"GPIO{pin} is already {first.Signal}; {role.Signal} needs a pin of its own", replacement(role)));
            }
            else
            {
                seen.Add(pin, role);
            }

            if (role.IsOutput && !chip.CanOutput(pin))
            {
                found.Add(new(RuleCatalog.InputOnlyPin.Id, role.Argument,
                    $"GPIO{pin} is input-only on {chip.DisplayName} and cannot drive {role.Signal}; output-capable pins: {PinText.Ranges(chip.OutputGpioMask)}",
                    replacement(role)));
            }

            if (role == PinRole.Mclk && !chip.CanCarryMclk(pin))
            {
                found.Add(new(RuleCatalog.MclkPin.Id, role.Argument,
                    MclkMessage(chip, pin),
                    replacement(role)));
            }

            if (chip.IsFlash(pin))
            {
                found.Add(new(RuleCatalog.FlashPin.Id, role.Argument,
                    $"GPIO{pin} is wired to the SPI flash on {chip.DisplayName} modules; using it for {role.Signal} crashes the chip",
                    replacement(role)));
            }
            else if (chip.IsPsram(pin))
            {
                found.Add(new(RuleCatalog.PsramPin.Id, role.Argument,
                    $"GPIO{pin} is wired to PSRAM on {chip.DisplayName} modules with PSRAM; use it for {role.Signal} only on a module without PSRAM",
                    replacement(role)));
            }

            if (chip.IsStrapping(pin))
            {
                found.Add(new(RuleCatalog.StrappingPin.Id, role.Argument, StrappingMessage(chip, pin, role), replacement(role)));
            }

            if (chip.IsUsbJtag(pin))
            {
                found.Add(new(RuleCatalog.UsbJtagPin.Id, role.Argument,
                    $"GPIO{pin} carries the USB-Serial-JTAG port of {chip.DisplayName}; using it for {role.Signal} drops the USB console and debugger",
                    replacement(role)));
            }
        }
    }

    /// <summary>
    /// The original ESP32 is the one chip whose MCLK is not routed through the GPIO matrix: it leaves GPIO0 (a
    /// strapping pin) and GPIO1/GPIO3, which are UART0 TX/RX, the serial console. The
    /// suggested fix is therefore a console pin, and the message says so.
    /// </summary>
    private static string MclkMessage(ChipInfo chip, int pin)
    {
        if (chip.Chip == Chip.Esp32)
        {
            return $"ESP32 can output MCLK only on GPIO0 (strapping pin), GPIO1 (UART0 TX) or GPIO3 (UART0 RX), not GPIO{pin}; on GPIO1 or GPIO3 MCLK takes over the serial console, so leave Mclk unset if the codec does not need it";
        }

        return $"{chip.DisplayName} can output MCLK only on {PinText.Ranges(chip.MclkMask)}, not GPIO{pin}";
    }

    private static string StrappingMessage(ChipInfo chip, int pin, PinRole role)
    {
        if (chip.Chip == Chip.Esp32 && pin == 12)
        {
            return $"GPIO12 (MTDI) is a strapping pin on ESP32: if the {role.Signal} device pulls it high at reset, the flash voltage is set to 1.8 V and a 3.3 V flash will not boot; choose another pin or burn the VDD_SDIO eFuse";
        }

        return $"GPIO{pin} is a strapping pin on {chip.DisplayName}: if the {role.Signal} device drives it at reset the chip can boot into the wrong mode; prefer another pin";
    }

    private static void CheckClock(BindingConfig config, ChipInfo chip, TargetConfig target, BindingFigures? figures, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.ApllRate != 0)
        {
            if (!chip.HasApll)
            {
                found.Add(new(RuleCatalog.ApllNotAvailable.Id, BindingArgument.ApllRate,
                    $"{chip.DisplayName} has no audio PLL, so ApllRate {config.ApllRate} cannot be used; remove it (the {chip.SourceClockName} source is used)", "0"));
                return;
            }

            if (!CheckApllRate(config, target.Driver, found))
            {
                return;
            }
        }

        if (figures is null)
        {
            return;
        }

        var clock = figures.Clock;
        if (clock.Feasibility != ClockFeasibility.Ok)
        {
            var sourceMhz = (clock.SourceClockHz / 1e6).ToString("0.###", Inv);
            var (min, max) = FeasibleRange(clock.SourceClockHz, figures.MclkMultiple);
            var why = clock.Feasibility == ClockFeasibility.TooLarge ? "too large" : "too small";
            found.Add(new(RuleCatalog.SampleRateInfeasible.Id, BindingArgument.SampleRate,
                $"Sample rate {config.SampleRate} Hz is {why} for the {sourceMhz} MHz {(figures.UsesApll ? "APLL" : chip.SourceClockName)} clock at MCLK = {figures.MclkMultiple} × fs; {chip.DisplayName} can produce {min}-{max} Hz"));
            return;
        }

        var ppm = clock.ErrorPpm(config.SampleRate);
        if (Math.Abs(ppm) > InexactRatePpm)
        {
            found.Add(new(RuleCatalog.SampleRateInexact.Id, BindingArgument.SampleRate,
                $"The I2S clock produces {clock.RealSampleRate.ToString("0.###", Inv)} Hz for the requested {config.SampleRate} Hz ({ppm.ToString("+0.0;-0.0", Inv)} ppm){(chip.HasApll && !figures.UsesApll ? "; set ApllRate = " + ((long)config.SampleRate * figures.MclkMultiple).ToString(Inv) + " for an exact rate" : string.Empty)}"));
        }
    }

    private static bool CheckApllRate(BindingConfig config, Driver driver, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.SampleRate <= 0)
        {
            return false;
        }

        var suggested = ((long)config.SampleRate * (config.DataFormat == (int)DataFormat.B24 ? 384 : 256)).ToString(Inv);
        var multiple = config.ApllRate > 0 && config.ApllRate % config.SampleRate == 0 ? config.ApllRate / config.SampleRate : 0;
        var multiples = FiguresCalculator.MclkMultiples(driver);
        if (Array.IndexOf(multiples, multiple) < 0)
        {
            var allowed = string.Join(", ", multiples.Take(multiples.Length - 1)) + " or " + multiples[multiples.Length - 1];
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"ApllRate {config.ApllRate} is the MCLK frequency and must be SampleRate × {allowed}{(driver == Driver.Legacy ? " (the legacy driver has no × 512)" : string.Empty)}; for {config.SampleRate} Hz use {suggested}", suggested));
            return false;
        }

        if (config.DataFormat == (int)DataFormat.B24 && multiple % 3 != 0)
        {
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"With 24-bit data the MCLK multiple must be a multiple of 3; ApllRate {config.ApllRate} is SampleRate × {multiple}, use {suggested} (× 384)", suggested));
            return false;
        }

        var target = ApllCalculator.TargetFor(config.ApllRate);
        if (ApllCalculator.Achieved(target) is null)
        {
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"ApllRate {config.ApllRate} needs an APLL frequency of {target} Hz, outside the APLL's {ApllCalculator.MinHz}-{ApllCalculator.MaxHz} Hz range"));
            return false;
        }

        return true;
    }

    /// <summary>The sample rates the std driver accepts for a source clock and MCLK multiple (sclk &gt; 1.99·mclk, N &lt; 256).</summary>
    public static (long Min, long Max) FeasibleRange(double sourceClockHz, int mclkMultiple)
    {
        var max = (long)Math.Floor(sourceClockHz / 1.99 / mclkMultiple);
        while (max > 0 && sourceClockHz <= max * (double)mclkMultiple * 1.99)
        {
            max--;
        }

        var min = (long)Math.Floor(sourceClockHz / 256 / mclkMultiple);
        while ((long)Math.Round(sourceClockHz) / (min * mclkMultiple) >= 256)
        {
            min++;
        }

        return (min, max);
    }
}
