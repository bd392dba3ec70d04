using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The rules of the clock choice (issue 10 part 3): MclkMultiple and MaxRateErrorPpm are valid (I2S0408), what
/// <see cref="ClockChooser"/> chose instead of ESP-IDF's defaults is said (I2S0406), and an error above the budget is
/// a warning whose fixes set the multiple, enable the APLL or move the rate to the nearest one the clock makes
/// exactly (I2S0407).
/// </summary>
internal static class ClockChoiceRules
{
    /// <summary>How far the nearest-exact-rate fix looks on each side of the requested rate, at most.</summary>
    private const int RateSearchLimit = 2000;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>I2S0408 for MclkMultiple and MaxRateErrorPpm; false when one was found (the clock is then not judged).</summary>
    public static bool CheckArguments(BindingConfig config, TargetConfig target, ImmutableArray<RuleViolation>.Builder found)
    {
        var ok = true;
        var bits = config.DataFormat;
        if (config.MclkMultiple != BindingConfig.NotGiven)
        {
            var implied = config.ApllRate > 0 && config.SampleRate > 0 && config.ApllRate % config.SampleRate == 0 ? config.ApllRate / config.SampleRate : 0;
            if (!ClockChooser.IsValidMultiple(config.MclkMultiple, bits, target))
            {
                var valid = ValidMultiples(bits, target);
                found.Add(new(RuleCatalog.ClockArgumentInvalid.Id, BindingArgument.MclkMultiple,
                    $"MclkMultiple {config.MclkMultiple.ToString(Inv)} is not an MCLK multiple ESP-IDF {target.IdfVersion} offers{(bits == (int)DataFormat.B24 ? " for 24-bit data (a multiple of 3)" : string.Empty)}: use {string.Join(", ", valid)}, or remove it to let I2sGen choose",
                    Nearest(valid, config.MclkMultiple).ToString(Inv)));
                ok = false;
            }
            else if (config.ApllRate > 0 && implied != config.MclkMultiple)
            {
                found.Add(new(RuleCatalog.ClockArgumentInvalid.Id, BindingArgument.MclkMultiple,
                    $"MclkMultiple {config.MclkMultiple.ToString(Inv)} disagrees with ApllRate {config.ApllRate.ToString(Inv)} (the MCLK frequency, SampleRate × {(implied == 0 ? "no whole multiple" : implied.ToString(Inv))}); remove MclkMultiple or make ApllRate SampleRate × {config.MclkMultiple.ToString(Inv)}",
                    implied != 0 && ClockChooser.IsValidMultiple(implied, bits, target) ? implied.ToString(Inv) : null));
                ok = false;
            }
        }

        if (config.MaxRateErrorPpm != BindingConfig.NoBudgetGiven && !RateBudget.IsValid(config.MaxRateErrorPpm))
        {
            found.Add(new(RuleCatalog.ClockArgumentInvalid.Id, BindingArgument.MaxRateErrorPpm,
                $"MaxRateErrorPpm {config.MaxRateErrorPpm.ToString(Inv)} must be 0-{RateBudget.MaxPpm.ToString(Inv)} ppm (above 1 % I2S0405 warns anyway), or -1 for the build's budget",
                Math.Max(0, Math.Min(RateBudget.MaxPpm, config.MaxRateErrorPpm)).ToString(Inv)));
            ok = false;
        }

        return ok;
    }

    /// <summary>I2S0406: what I2sGen chose where the user left the choice open, and what ESP-IDF's defaults would have given.</summary>
    public static RuleViolation Chosen(BindingConfig config, ChipInfo chip, TargetConfig target, BindingFigures figures)
    {
        var choice = figures.Choice;
        var rate = config.SampleRate;
        var chosen = Describe(choice.MclkMultiple, choice.UsesApll, chip) + ": " + Hz(figures.Clock.RealSampleRate) + " (" + Ppm(figures.Clock.ErrorPpm(rate)) + ")";
        var instead = Describe(choice.DefaultMultiple, apll: false, chip)
            + (choice.DefaultRealRateMilliHz is { } milli
                ? ": " + Hz(milli / 1000.0) + " (" + Ppm(((milli / 1000.0) - rate) / rate * 1e6) + ")"
                : ", which cannot produce it");
        var open = !choice.MultipleGiven && !choice.SourceGiven ? "MclkMultiple and ApllRate" : !choice.MultipleGiven ? "MclkMultiple" : "ApllRate";
        return new(RuleCatalog.ClockChosen.Id, BindingArgument.SampleRate,
            $"For {rate.ToString(Inv)} Hz I2sGen chose {chosen} instead of ESP-IDF's default {instead}, the closest rate {chip.DisplayName} and ESP-IDF {target.IdfVersion} allow; write {open} to choose yourself");
    }

    /// <summary>I2S0407: the error exceeds the budget; the fixes that would bring the rate closer.</summary>
    public static RuleViolation OverBudget(BindingConfig config, ChipInfo chip, TargetConfig target, BindingFigures figures, int budget, bool bindingBudget)
    {
        var rate = config.SampleRate;
        var bits = figures.BitsPerSample;
        var current = figures.Clock.Idf;
        var currentError = ErrorMilliHz(current, rate);
        var fixes = new List<string>();
        var advice = new List<string>();

        // The multiple, where the user pinned it with MclkMultiple (an open multiple is already the best one).
        if (config.MclkMultiple != BindingConfig.NotGiven && config.ApllRate <= 0)
        {
            var best = Best(target, rate, bits, ClockChooser.Candidates(bits, target), new[] { figures.UsesApll });
            if (best is { } b && b.Error < currentError && b.Multiple != figures.MclkMultiple)
            {
                fixes.Add("MclkMultiple=" + b.Multiple.ToString(Inv));
                advice.Add("MclkMultiple = " + b.Multiple.ToString(Inv) + " gives " + Hz(b.RealMilliHz / 1000.0));
            }
        }

        // The APLL, where the user pinned the default source with ApllRate = 0 (an open source was already weighed).
        if (!figures.UsesApll && config.ApllRateGiven && ClockTarget.HasApll(target))
        {
            var multiples = config.MclkMultiple != BindingConfig.NotGiven || config.Mclk != BindingConfig.NotConnected
                ? new List<int> { figures.MclkMultiple }
                : ClockChooser.Candidates(bits, target);
            var best = Best(target, rate, bits, multiples, new[] { true });
            if (best is { } b && b.Error < currentError)
            {
                var apllRate = ((long)rate * b.Multiple).ToString(Inv);
                fixes.Add("ApllRate=" + apllRate);
                advice.Add("ApllRate = " + apllRate + " (the APLL) gives " + Hz(b.RealMilliHz / 1000.0));
            }
        }

        // The nearest rate the present clock settings make exactly (to the mHz).
        if (NearestExactRate(target, rate, bits, figures.MclkMultiple, figures.UsesApll) is { } exact)
        {
            fixes.Add("SampleRate=" + exact.ToString(Inv));
            advice.Add("SampleRate = " + exact.ToString(Inv) + " is exact");
        }

        var ppm = figures.Clock.ErrorPpm(rate);
        var budgetText = budget.ToString(Inv) + " ppm budget" + (bindingBudget ? " (MaxRateErrorPpm)" : " (I2sGenRatePpmBudget, default " + RateBudget.DefaultPpm.ToString(Inv) + ")");
        var how = Describe(figures.MclkMultiple, figures.UsesApll, chip);
        var fix = advice.Count == 0 ? "; no MCLK multiple or source does better: choose another rate or raise the budget" : "; " + string.Join(", or ", advice);
        return new(RuleCatalog.RateOverBudget.Id, BindingArgument.SampleRate,
            $"The I2S clock produces {Hz(figures.Clock.RealSampleRate)} for the requested {rate.ToString(Inv)} Hz with {how} ({Ppm(ppm)}), beyond the {budgetText}{fix}",
            Fixes: fixes.Count == 0 ? null : string.Join(";", fixes));
    }

    /// <summary>|real − requested| in mHz (the unit of ESP-IDF's rounded real rate), the measure the choice minimises.</summary>
    public static ulong ErrorMilliHz(IdfClockResult result, int rate)
    {
        var wanted = (ulong)rate * 1000;
        var real = result.RealRateMilliHz ?? 0;
        return real > wanted ? real - wanted : wanted - real;
    }

    private static (int Multiple, ulong Error, ulong RealMilliHz)? Best(TargetConfig target, int rate, int bits, List<int> multiples, bool[] sources)
    {
        (int Multiple, ulong Error, ulong RealMilliHz)? best = null;
        foreach (var multiple in multiples)
        {
            foreach (var apll in sources)
            {
                var result = ClockTarget.Compute(target, rate, bits, multiple, apll);
                if (ClockTarget.Produces(result) && ErrorMilliHz(result, rate) is var error && (best is null || error < best.Value.Error))
                {
                    best = (multiple, error, result.RealRateMilliHz!.Value);
                }
            }
        }

        return best;
    }

    /// <summary>The integer rate nearest the requested one (the lower on a tie) that the clock settings make exactly, within 1 % and 2000 Hz.</summary>
    private static int? NearestExactRate(TargetConfig target, int rate, int bits, int multiple, bool apll)
    {
        var reach = Math.Min(RateSearchLimit, Math.Max(1, rate / 100));
        for (var step = 1; step <= reach; step++)
        {
            foreach (var candidate in new[] { rate - step, rate + step })
            {
                if (candidate <= 0)
                {
                    continue;
                }

                var result = ClockTarget.Compute(target, candidate, bits, multiple, apll);
                if (ClockTarget.Produces(result) && ErrorMilliHz(result, candidate) == 0)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static List<string> ValidMultiples(int bits, TargetConfig target)
    {
        var valid = new List<string>();
        foreach (var multiple in ClockTarget.MclkMultiples(target))
        {
            if (ClockChooser.IsValidMultiple(multiple, bits, target))
            {
                valid.Add(multiple.ToString(Inv));
            }
        }

        return valid;
    }

    private static int Nearest(List<string> valid, int value)
    {
        var nearest = int.Parse(valid[0], Inv);
        foreach (var text in valid)
        {
            var multiple = int.Parse(text, Inv);
            if (Math.Abs((long)multiple - value) < Math.Abs((long)nearest - value))
            {
                nearest = multiple;
            }
        }

        return nearest;
    }

    private static string Describe(int multiple, bool apll, ChipInfo chip) =>
        "MCLK × " + multiple.ToString(Inv) + (apll ? " from the APLL" : " from " + chip.SourceClockName);

    private static string Hz(double value) => value.ToString("0.000", Inv) + " Hz";

    private static string Ppm(double ppm) => ppm.ToString("+0.0;-0.0;0", Inv) + " ppm";
}
