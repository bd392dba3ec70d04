using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>One binding of a compilation as the cross-binding rules see it: a display name, its C name and configuration.</summary>
internal sealed record BindingEntry(string Name, string CName, BindingConfig Config);

/// <summary>A violation found by comparing bindings; <see cref="BindingIndex"/> is the binding it is reported on.</summary>
internal sealed record CrossBindingViolation(int BindingIndex, RuleViolation Violation);

/// <summary>
/// Rules over all bindings of a compilation: a GPIO can be routed to one I2S signal only (the GPIO matrix gives
/// an output pin one source), an I2S controller can host one driver (<c>i2s_driver_install</c> fails with
/// ESP_ERR_INVALID_STATE, <c>i2s_new_channel</c> with "no available channel found" on a port in use,
/// shared/reference/esp-idf.md §2.6, §3.7), and the C symbols of two bindings must differ. Bindings are given in
/// a deterministic (source) order; a pin or bus clash is reported on the later binding and names the earlier one,
/// so one fix resolves it; a C-name clash, which keeps both bindings from being generated, on both.
/// </summary>
internal static class CrossBindingRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ImmutableArray<CrossBindingViolation> Check(IReadOnlyList<BindingEntry> bindings, TargetConfig target) =>
        Check(bindings, target, PinPlan.Create(bindings, target));

    /// <summary>As <see cref="Check(IReadOnlyList{BindingEntry}, TargetConfig)"/> with the pin plan the per-binding rules use too.</summary>
    public static ImmutableArray<CrossBindingViolation> Check(IReadOnlyList<BindingEntry> bindings, TargetConfig target, PinPlan plan)
    {
        var found = ImmutableArray.CreateBuilder<CrossBindingViolation>();
        var chip = ChipTable.Get(target.Chip);
        var groups = SharedBusPlanner.Plan(bindings, target);
        for (var index = 1; index < bindings.Count; index++)
        {
            CheckCName(bindings, index, found);
            CheckBus(bindings, index, chip, groups, found);
            CheckPins(bindings, index, chip, groups, plan.For(index), found);
            PartRules.CheckShared(bindings, index, groups, found);
            SharedApllRules.Check(bindings, index, target, groups, found);
        }

        SharedBusRules.Check(bindings, target, groups, found);

        return found.ToImmutable();
    }

    /// <summary>
    /// Two bindings with one C name are both left out by the generator, so both are reported: the later one names
    /// the earliest, the earliest names the first one after it.
    /// </summary>
    private static void CheckCName(IReadOnlyList<BindingEntry> bindings, int index, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        var current = bindings[index];
        for (var earlier = 0; earlier < index; earlier++)
        {
            if (bindings[earlier].CName != current.CName)
            {
                continue;
            }

            found.Add(new(index, new RuleViolation(RuleCatalog.CNameClash.Id, BindingArgument.None,
                $"{current.Name} generates the C functions {current.CName}_i2s_*, which {bindings[earlier].Name} already generates; rename one of the classes")));
            if (FirstLaterNamesake(bindings, earlier) == index)
            {
                found.Add(new(earlier, new RuleViolation(RuleCatalog.CNameClash.Id, BindingArgument.None,
                    $"{bindings[earlier].Name} generates the C functions {current.CName}_i2s_*, which {current.Name} generates too, so neither is generated; rename one of the classes")));
            }

            return;
        }
    }

    private static int FirstLaterNamesake(IReadOnlyList<BindingEntry> bindings, int index)
    {
        for (var other = index + 1; other < bindings.Count; other++)
        {
            if (bindings[other].CName == bindings[index].CName)
            {
                return other;
            }
        }

        return -1;
    }

    private static void CheckBus(
        IReadOnlyList<BindingEntry> bindings, int index, ChipInfo chip, ImmutableArray<SharedBusGroup> groups, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        var current = bindings[index];
        var group = SharedBusPlanner.GroupOf(groups, index);
        for (var earlier = 0; earlier < index; earlier++)
        {
            // Members of one shared bus (same bus, same BCK and WS) are meant to share the controller.
            if (bindings[earlier].Config.Bus != current.Config.Bus || (group is not null && group.Contains(earlier)))
            {
                continue;
            }

            var free = FreeBus(bindings, index, chip);
            var fix = free is null
                ? $"{chip.DisplayName} has {chip.ControllerCount} I2S controller{(chip.ControllerCount == 1 ? string.Empty : "s")} and all are taken"
                : $"use bus {free.Value.ToString(Inv)}";
            found.Add(new(index, new RuleViolation(RuleCatalog.BusSharedBetweenBindings.Id, BindingArgument.Bus,
                $"I2S bus {current.Config.Bus} is already used by {bindings[earlier].Name} with BCK GPIO{bindings[earlier].Config.Bck} and WS GPIO{bindings[earlier].Config.Ws}; bindings on one bus share it only with the same BCK and WS pins (a shared bus: full duplex or taking turns), and with other clock pins installing the second fails; {fix}, or give it BCK GPIO{bindings[earlier].Config.Bck} and WS GPIO{bindings[earlier].Config.Ws} to share the bus",
                free?.ToString(Inv))
            {
                // The other fix: join the earlier binding's shared bus (its BCK and WS), when both are connected.
                SetAll = SharedBusPlanner.SameClockPins(bindings[earlier].Config, bindings[earlier].Config)
                    ? $"Bck={bindings[earlier].Config.Bck.ToString(Inv)};Ws={bindings[earlier].Config.Ws.ToString(Inv)}"
                    : null,
            }));
            return;
        }
    }

    private static int? FreeBus(IReadOnlyList<BindingEntry> bindings, int index, ChipInfo chip)
    {
        for (var bus = 0; bus < chip.ControllerCount; bus++)
        {
            var taken = false;
            for (var other = 0; other < bindings.Count; other++)
            {
                taken |= other != index && bindings[other].Config.Bus == bus;
            }

            if (!taken)
            {
                return bus;
            }
        }

        return null;
    }

    /// <summary>
    /// The pins of binding <paramref name="index"/> that an earlier binding uses; <paramref name="replacement"/> gives the
    /// fix value. Members of one shared bus may use a pin in the same role (their BCK, WS, MCLK, and a data pin that
    /// bindings taking turns read or write alike); a pin in two roles, or on two buses, stays an error.
    /// </summary>
    internal static void CheckPins(
        IReadOnlyList<BindingEntry> bindings, int index, ChipInfo chip, ImmutableArray<SharedBusGroup> groups,
        Func<PinRole, string?> replacement, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        var current = bindings[index];
        var group = SharedBusPlanner.GroupOf(groups, index);
        foreach (var role in PinRole.All)
        {
            var pin = current.Config.Get(role.Argument);
            if (pin == BindingConfig.NotConnected)
            {
                continue;
            }

            for (var earlier = 0; earlier < index; earlier++)
            {
                var owner = RoleOf(bindings[earlier].Config, pin);
                if (owner is null || (group is not null && group.Contains(earlier) && owner.Argument == role.Argument))
                {
                    continue;
                }

                var fix = replacement(role);
                found.Add(new(index, new RuleViolation(RuleCatalog.PinSharedBetweenBindings.Id, role.Argument,
                    $"GPIO{pin} is already {owner.Signal} of {bindings[earlier].Name}; {role.Signal} of {current.Name} needs a pin of its own{(fix is null ? string.Empty : ", e.g. GPIO" + fix)}{SharedBusHint(bindings[earlier].Config, current.Config, owner, role)}",
                    fix)));
                break;
            }
        }
    }

    /// <summary>Why a pin two bindings use is not a shared bus's: a clock pin on two buses, or in two roles.</summary>
    private static string SharedBusHint(BindingConfig earlier, BindingConfig current, PinRole owner, PinRole role)
    {
        if (owner.Argument != role.Argument)
        {
            return string.Empty;
        }

        return earlier.Bus != current.Bus
            ? $" (only bindings on the same bus with the same BCK and WS pins share them: this one is on bus {current.Bus}, the other on bus {earlier.Bus})"
            : " (only bindings with the same BCK and WS pins form a shared bus)";
    }

    private static PinRole? RoleOf(BindingConfig config, int pin)
    {
        foreach (var role in PinRole.All)
        {
            if (config.Get(role.Argument) == pin)
            {
                return role;
            }
        }

        return null;
    }
}
