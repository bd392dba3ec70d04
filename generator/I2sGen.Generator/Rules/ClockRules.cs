using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The clock rules (I2S0401-I2S0408): the sample rate is producible by the chip's I2S clock tree, its real rate is
/// close to the requested one (I2S0402 informs above 50 ppm within the budget, I2S0407 warns above the budget, I2S0405
/// above 1 % whatever the budget), an APLL rate is usable, and what I2sGen chose for the user is said (I2S0406,
/// <see cref="ClockChoiceRules"/>). Every figure comes from ESP-IDF's own arithmetic as
/// <see cref="IdfClockModel"/> reproduces it for the target's ESP-IDF release and chip revision; sources:
/// shared/reference/esp-idf.md §6, tools/golden/README.md.
/// </summary>
internal static class ClockRules
{
    /// <summary>Real-rate deviation above which I2S0402 informs.</summary>
    public const double InexactRatePpm = 50;

    /// <summary>Real-rate deviation above which I2S0405 warns instead (1 %: pitch and timing are audibly wrong).</summary>
    public const double FarOffRatePpm = 10_000;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Check(BindingConfig config, ChipInfo chip, TargetConfig target, BindingFigures? figures, int buildBudgetPpm, ImmutableArray<RuleViolation>.Builder found)
    {
        if (!ClockChoiceRules.CheckArguments(config, target, found))
        {
            return;
        }

        if (config.ApllRate != 0)
        {
            if (!chip.HasApll || !ClockTarget.HasApll(target))
            {
                var why = chip.HasApll ? $"ESP-IDF {target.IdfVersion}'s I2S driver cannot use the audio PLL of {chip.DisplayName} (SOC_I2S_SUPPORTS_APLL: ESP32-P4 from ESP-IDF 5.4)" : $"{chip.DisplayName} has no audio PLL";
                found.Add(new(RuleCatalog.ApllNotAvailable.Id, BindingArgument.ApllRate,
                    $"{why}, so ApllRate {config.ApllRate} cannot be used; remove it (the {IdfSupport.SourceClockName(target)} source is used)", "0"));
                return;
            }

            if (!CheckApllRate(config, target, found))
            {
                return;
            }
        }

        if (figures is null)
        {
            return;
        }

        var clock = figures.Clock;
        if (!clock.IsProduced)
        {
            var source = figures.UsesApll ? "APLL" : IdfSupport.SourceClockName(target);
            var range = ClockTarget.FeasibleRange(target, figures.BitsPerSample, figures.MclkMultiple, figures.UsesApll);
            var can = range is { } r ? $"{chip.DisplayName} can produce {r.Min}-{r.Max} Hz" : $"{chip.DisplayName} can produce no rate this way";
            var tried = figures.Choice.IsOpen ? " (nor with any other MCLK multiple or source I2sGen may choose)" : string.Empty;
            found.Add(new(RuleCatalog.SampleRateInfeasible.Id, BindingArgument.SampleRate,
                $"Sample rate {config.SampleRate} Hz cannot be produced from the {source} clock at MCLK = {figures.MclkMultiple} × fs{tried}: {Why(clock, target)}; {can}"));
            return;
        }

        var ppm = clock.ErrorPpm(config.SampleRate);
        var real = clock.RealSampleRate.ToString("0.###", Inv);
        if (figures.Choice.IsOpen && figures.Choice.DepartsFromDefault)
        {
            found.Add(ClockChoiceRules.Chosen(config, chip, target, figures));
        }

        var budget = config.MaxRateErrorPpm != BindingConfig.NoBudgetGiven ? config.MaxRateErrorPpm : buildBudgetPpm;
        if (Math.Abs(ppm) > FarOffRatePpm)
        {
            found.Add(new(RuleCatalog.SampleRateFarOff.Id, BindingArgument.SampleRate,
                $"The I2S clock really runs at {real} Hz for the requested {config.SampleRate} Hz ({(ppm / 1e4).ToString("+0.0;-0.0", Inv)} %): ESP-IDF {target.IdfVersion}'s divider arithmetic gives N = {clock.IntegerDivider} + {clock.FractionNumerator}/{clock.FractionDenominator}; choose another rate{ApllAdvice(config, target, figures)}"));
        }
        else if (Math.Abs(ppm) > budget)
        {
            found.Add(ClockChoiceRules.OverBudget(config, chip, target, figures, budget, config.MaxRateErrorPpm != BindingConfig.NoBudgetGiven));
        }
        else if (Math.Abs(ppm) > InexactRatePpm)
        {
            found.Add(new(RuleCatalog.SampleRateInexact.Id, BindingArgument.SampleRate,
                $"The I2S clock produces {real} Hz for the requested {config.SampleRate} Hz ({ppm.ToString("+0.0;-0.0", Inv)} ppm, within the {budget.ToString(Inv)} ppm budget){ApllAdvice(config, target, figures)}"));
        }
    }

    /// <summary>
    /// The APLL hint for a binding whose source the user pinned to the default (ApllRate = 0 written) when the APLL
    /// would do better; where the source was left open, <see cref="ClockChooser"/> has already weighed the APLL.
    /// </summary>
    private static string ApllAdvice(BindingConfig config, TargetConfig target, BindingFigures figures)
    {
        if (figures.UsesApll || !config.ApllRateGiven || !ClockTarget.HasApll(target))
        {
            return string.Empty;
        }

        var apll = ClockTarget.Compute(target, config.SampleRate, figures.BitsPerSample, figures.MclkMultiple, useApll: true);
        return ClockTarget.Produces(apll) && ClockChoiceRules.ErrorMilliHz(apll, config.SampleRate) < ClockChoiceRules.ErrorMilliHz(figures.Clock.Idf, config.SampleRate)
            ? "; set ApllRate = " + ((long)config.SampleRate * figures.MclkMultiple).ToString(Inv) + " for a closer rate"
            : string.Empty;
    }

    /// <summary>ESP-IDF's reason, in its words where it has them.</summary>
    private static string Why(ClockResult clock, TargetConfig target)
    {
        var idf = clock.Idf;
        var driver = target.Driver;
        var version = target.IdfVersion;
        return idf.Status switch
        {
            IdfClockStatus.Error => $"ESP-IDF {version} refuses it (\"{idf.Message}\")",
            IdfClockStatus.Ignored => $"ESP-IDF {version}'s legacy driver logs \"{idf.Message}\" and programs a broken clock anyway",
            IdfClockStatus.DividerFailed or IdfClockStatus.Ok => $"ESP-IDF {version}'s divider search finds no MCLK divider N in [1, 256) and writes zero dividers",
            _ => $"I2sGen cannot compute this clock for the {(driver == Driver.Legacy ? "legacy" : "std")} driver ({idf.Message})",
        };
    }

    private static bool CheckApllRate(BindingConfig config, TargetConfig target, ImmutableArray<RuleViolation>.Builder found)
    {
        var driver = target.Driver;
        if (config.SampleRate <= 0)
        {
            return false;
        }

        // The suggestion is a value for an int argument: one the APLL cannot reach (above int range too) is not offered.
        var suggestedHz = (long)config.SampleRate * (config.DataFormat == (int)DataFormat.B24 ? 384 : 256);
        var reachable = suggestedHz <= uint.MaxValue && ApllReaches((uint)suggestedHz);
        var suggested = reachable ? suggestedHz.ToString(Inv) : null;
        var advice = reachable
            ? "use " + suggested
            : "no APLL rate reaches it (the APLL tops out at " + IdfApll.MaxHz.ToString(Inv) + " Hz); remove ApllRate";
        var multiple = config.ApllRate > 0 && config.ApllRate % config.SampleRate == 0 ? config.ApllRate / config.SampleRate : 0;
        var multiples = IdfSupport.MclkMultiples(target);
        if (Array.IndexOf(multiples, multiple) < 0)
        {
            var allowed = string.Join(", ", multiples.Take(multiples.Length - 1)) + " or " + multiples[multiples.Length - 1];
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"ApllRate {config.ApllRate} is the MCLK frequency and must be SampleRate × {allowed} (i2s_mclk_multiple_t of ESP-IDF {target.IdfVersion}); for {config.SampleRate} Hz {advice}", suggested));
            return false;
        }

        if (config.DataFormat == (int)DataFormat.B24 && multiple % 3 != 0)
        {
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"With 24-bit data the MCLK multiple must be a multiple of 3; ApllRate {config.ApllRate} is SampleRate × {multiple}, {(reachable ? advice + " (× 384)" : advice)}", suggested));
            return false;
        }

        var apllHz = IdfApll.Target((uint)config.ApllRate);
        if (!ApllReaches((uint)config.ApllRate))
        {
            found.Add(new(RuleCatalog.ApllRateInvalid.Id, BindingArgument.ApllRate,
                $"ApllRate {config.ApllRate} needs an APLL frequency of {apllHz} Hz, outside the {IdfApll.MinHz}-{IdfApll.MaxHz} Hz the std driver accepts"));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether ESP-IDF configures the APLL for an MCLK of <paramref name="mclkHz"/>: the target mclk·max(2, 5303031/mclk + 1)
    /// within the std driver's 125 MHz limit (i2s_set_get_apll_freq) and a coefficient set (rtc_clk_apll_coeff_calc).
    /// </summary>
    private static bool ApllReaches(uint mclkHz)
    {
        if (mclkHz == 0)
        {
            return false;
        }

        var target = IdfApll.Target(mclkHz);
        return target >= mclkHz && target <= IdfApll.MaxHz
            && IdfApll.Coefficients(target, "Expected frequency is too big", out _, out _) != 0;
    }
}
