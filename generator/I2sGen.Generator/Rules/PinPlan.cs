using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The replacement pins the pin rules offer as code fixes (<see cref="RuleViolation.FixValue"/>), chosen for every
/// flagged pin of every binding together. Chosen one at a time, two fixes could pick the same free pin
/// (Bck = Ws = Sdin = 14: WS and SDIN would both move to GPIO13) and Fix All would recreate the clash it removes.
/// Here every pin a binding uses now stays reserved and each chosen pin is reserved before the next is chosen, in a
/// fixed order (bindings in source order, pins in <see cref="PinRole.All"/> order), so any set of the fixes applied
/// together leaves no new clash, and the same sources always give the same suggestions.
/// </summary>
internal sealed class PinPlan
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly Dictionary<(int Binding, BindingArgument Argument), string> _replacements;

    private PinPlan(Dictionary<(int Binding, BindingArgument Argument), string> replacements) => _replacements = replacements;

    /// <summary>The plan for one binding on its own (no other binding to avoid).</summary>
    public static PinPlan Alone(BindingConfig config, TargetConfig target) =>
        Create(new[] { new BindingEntry(string.Empty, string.Empty, config) }, target);

    /// <summary>The plan for all bindings of a compilation, given in source order.</summary>
    public static PinPlan Create(IReadOnlyList<BindingEntry> bindings, TargetConfig target)
    {
        var chip = ChipTable.Get(target.Chip);

        // Which pins need a replacement is exactly which pins the rules ask a replacement for.
        var flagged = new HashSet<(int Binding, BindingArgument Argument)>();
        var ignored = ImmutableArray.CreateBuilder<RuleViolation>();
        var ignoredCross = ImmutableArray.CreateBuilder<CrossBindingViolation>();
        var groups = SharedBusPlanner.Plan(bindings, target);
        for (var index = 0; index < bindings.Count; index++)
        {
            var binding = index;
            PinRules.Check(bindings[index].Config, chip, role => Record(flagged, binding, role), ignored);
            CrossBindingRules.CheckPins(bindings, index, chip, groups, role => Record(flagged, binding, role), ignoredCross);
        }

        var taken = new HashSet<int>();
        foreach (var binding in bindings)
        {
            foreach (var role in PinRole.All)
            {
                taken.Add(binding.Config.Get(role.Argument));
            }
        }

        var replacements = new Dictionary<(int, BindingArgument), string>();
        for (var index = 0; index < bindings.Count; index++)
        {
            foreach (var role in PinRole.All)
            {
                if (flagged.Contains((index, role.Argument)) && Nearest(bindings[index].Config, chip, role, taken) is { } pin)
                {
                    taken.Add(pin);
                    replacements[(index, role.Argument)] = pin.ToString(Inv);
                }
            }
        }

        return new PinPlan(replacements);
    }

    /// <summary>The replacements for one binding, as the rules ask for them; null when there is no free valid pin.</summary>
    public Func<PinRole, string?> For(int binding) =>
        role => _replacements.TryGetValue((binding, role.Argument), out var pin) ? pin : null;

    private static string? Record(HashSet<(int, BindingArgument)> flagged, int binding, PinRole role)
    {
        flagged.Add((binding, role.Argument));
        return null;
    }

    /// <summary>
    /// The pin nearest to the current one that can carry the role, is not taken and is trouble-free (not flash,
    /// PSRAM, strapping, USB-JTAG, the UART0 console or missing on some packages); null when there is none.
    /// </summary>
    private static int? Nearest(BindingConfig config, ChipInfo chip, PinRole role, HashSet<int> taken)
    {
        // A pin beyond the chip's range has no neighbour to speak of: search from the highest GPIO downwards.
        var current = config.Get(role.Argument);
        var start = Math.Min(Math.Max(current, 0), Math.Max(chip.HighestGpio, 0));
        for (var distance = 0; distance < 64; distance++)
        {
            foreach (var candidate in new[] { start - distance, start + distance })
            {
                if (candidate < 0 || candidate == current || taken.Contains(candidate) || !chip.Exists(candidate))
                {
                    continue;
                }

                if ((role.IsOutput && !chip.CanOutput(candidate)) || (role == PinRole.Mclk && !chip.CanCarryMclk(candidate)))
                {
                    continue;
                }

                if (chip.IsTroublesome(candidate))
                {
                    continue;
                }

                return candidate;
            }
        }

        return null;
    }
}
