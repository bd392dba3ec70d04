using System;
using System.Collections.Immutable;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The rule engine for one binding: the analyzers report what it finds; the generator refuses to emit a binding
/// with any error. Each concern has its own class (<see cref="ArgumentRules"/>, <see cref="DmaRules"/>,
/// <see cref="PinRules"/>, <see cref="ClockRules"/>, <see cref="PartRules"/> for a named part); facts come from <see cref="ChipTable"/> and the formulas from
/// <c>Hardware/</c>. Messages name the offending value and the fix.
/// </summary>
internal static class BindingRules
{
    /// <summary>No replacement pin: what the generator passes, since it never offers code fixes.</summary>
    private static readonly Func<PinRole, string?> NoReplacement = static _ => null;

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

    /// <summary>
    /// Whether the binding breaks a rule of error severity: what the generator needs to decide whether to emit it.
    /// The same rules as <see cref="Check(BindingConfig, TargetConfig)"/>, without planning the replacement pins of
    /// the code fixes (<see cref="PinPlan"/>), which the generator never shows.
    /// </summary>
    public static bool HasErrors(BindingConfig config, TargetConfig target) =>
        HasErrors(Check(config, target, NoReplacement));

    /// <summary>
    /// As <see cref="HasErrors(BindingConfig, TargetConfig)"/>, with the figures the caller already derived
    /// (<see cref="FiguresCalculator.TryCompute"/>), so a binding's figures are computed once.
    /// </summary>
    public static bool HasErrors(BindingConfig config, TargetConfig target, BindingFigures? figures) =>
        HasErrors(Check(config, target, figures, NoReplacement));

    public static ImmutableArray<RuleViolation> Check(BindingConfig config, TargetConfig target, int rateBudgetPpm = RateBudget.DefaultPpm) =>
        Check(config, target, PinPlan.Alone(config, target).For(0), rateBudgetPpm);

    /// <summary>
    /// As <see cref="Check(BindingConfig, TargetConfig)"/>, taking the replacement pins from a plan made for all
    /// bindings of the compilation (<see cref="PinPlan"/>), so that fixes of different bindings do not collide.
    /// </summary>
    /// <param name="config">The binding.</param>
    /// <param name="target">The compilation's target.</param>
    /// <param name="replacement">The replacement pin per role, for the pin fixes.</param>
    /// <param name="rateBudgetPpm">The build's real-rate budget (I2sGenRatePpmBudget); a binding's MaxRateErrorPpm wins.</param>
    public static ImmutableArray<RuleViolation> Check(BindingConfig config, TargetConfig target, Func<PinRole, string?> replacement, int rateBudgetPpm = RateBudget.DefaultPpm) =>
        // One derivation of the figures serves the DMA and clock rules (null when the configuration lacks inputs).
        Check(config, target, FiguresCalculator.TryCompute(config, target), replacement, rateBudgetPpm);

    private static ImmutableArray<RuleViolation> Check(BindingConfig config, TargetConfig target, BindingFigures? figures, Func<PinRole, string?> replacement, int rateBudgetPpm = RateBudget.DefaultPpm)
    {
        var found = ImmutableArray.CreateBuilder<RuleViolation>();
        var chip = ChipTable.Get(target.Chip);
        ArgumentRules.Check(config, chip, found);
        DmaRules.Check(config, target, figures, found);
        PinRules.Check(config, chip, replacement, found);
        ClockRules.Check(config, chip, target, figures, rateBudgetPpm, found);
        StockBackendRules.Check(config, target, found);
        PartRules.Check(config, found);
        return found.ToImmutable();
    }
}
