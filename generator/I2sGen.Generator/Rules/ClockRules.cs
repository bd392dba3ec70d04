using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The clock rules (I2S0401-I2S0404): the sample rate is producible by the chip's I2S clock tree, its real rate is
/// close to the requested one, and an APLL rate is usable. The formulas live in <see cref="ClockCalculator"/> and
/// <see cref="ApllCalculator"/>; sources: shared/reference/esp-idf.md §6.
/// </summary>
internal static class ClockRules
{
    /// <summary>Real-rate deviation above which I2S0402 informs.</summary>
    public const double InexactRatePpm = 50;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Check(BindingConfig config, ChipInfo chip, TargetConfig target, BindingFigures? figures, ImmutableArray<RuleViolation>.Builder found)
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
            var (min, max) = ClockCalculator.FeasibleRange(clock.SourceClockHz, figures.MclkMultiple);
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

        // The suggestion is a value for an int argument: one the APLL cannot reach (above int range too) is not offered.
        var suggestedHz = (long)config.SampleRate * (config.DataFormat == (int)DataFormat.B24 ? 384 : 256);
        var reachable = ApllCalculator.Achieved(ApllCalculator.TargetFor(suggestedHz)) is not null;
        var suggested = reachable ? suggestedHz.ToString(Inv) : null;
        var advice = reachable
            ? "use " + suggested
            : "no APLL rate reaches it (the APLL tops out at " + ApllCalculator.MaxHz.ToString(Inv) + " Hz); remove ApllRate";
        var multiple = config.ApllRate > 0 && config.ApllRate % config.SampleRate == 0 ? config.ApllRate / config.SampleRate : 0;
        var multiples = FiguresCalculator.MclkMultiples(driver);
        if (Array.IndexOf(multiples, multiple) < 0)
        {
            var allowed = string.Join(", ", multiples.Take(multiples.Length - 1)) + " or " + multiples[multiples.Length - 1];
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"ApllRate {config.ApllRate} is the MCLK frequency and must be SampleRate × {allowed}{(driver == Driver.Legacy ? " (the legacy driver has no × 512)" : string.Empty)}; for {config.SampleRate} Hz {advice}", suggested));
            return false;
        }

        if (config.DataFormat == (int)DataFormat.B24 && multiple % 3 != 0)
        {
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"With 24-bit data the MCLK multiple must be a multiple of 3; ApllRate {config.ApllRate} is SampleRate × {multiple}, {(reachable ? advice + " (× 384)" : advice)}", suggested));
            return false;
        }

        var target = ApllCalculator.TargetFor(config.ApllRate);
        if (ApllCalculator.Achieved(target) is null)
        {
            // Inside the output range there is still a gap: the multiplier stage must run at 350-500 MHz, and
            // 2·(o_div+2)·f misses that window for every o_div between 500/6 and 350/4 MHz (esp-idf.md §6.7).
            var why = target < ApllCalculator.MinHz || target > ApllCalculator.MaxHz
                ? $"outside the APLL's {ApllCalculator.MinHz}-{ApllCalculator.MaxHz} Hz range"
                : "which no APLL output divider reaches with its multiplier within 350-500 MHz (the APLL cannot run between 83.3 and 87.5 MHz)";
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"ApllRate {config.ApllRate} needs an APLL frequency of {target} Hz, {why}"));
            return false;
        }

        return true;
    }
}
