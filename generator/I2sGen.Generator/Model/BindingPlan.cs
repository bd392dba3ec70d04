using System.Collections.Immutable;
using System.Linq;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Model;

/// <summary>
/// What each binding's emitters need to know about the others: the ordered C names of the bindings that are emitted
/// (a binding's position is its <see cref="BindingSpec.BindingIndex"/>) and the shared buses among them. It changes
/// only when a binding is added, removed or renamed, or a member of a shared bus changes, so every other binding's
/// pipeline item stays cached.
/// </summary>
internal sealed record BindingPlan(EquatableArray<string> Names, EquatableArray<SharedBusSpec> Buses)
{
    /// <summary>The plan for the clash-free, C-name-ordered bindings <paramref name="emitted"/>.</summary>
    public static BindingPlan For(EquatableArray<BindingSpec> emitted)
    {
        var specs = emitted.AsImmutableArray();
        var names = specs.Select(static spec => spec.CName).ToEquatableArray();
        if (specs.IsEmpty)
        {
            return new BindingPlan(names, EquatableArray<SharedBusSpec>.Empty);
        }

        var entries = specs.Select(static spec => new BindingEntry(spec.FullName, spec.CName, spec.Config)).ToList();
        // Two groups on one bus (other clock pins) are I2S0309 between them; the generated code has one controller to
        // share, so only the group of the first binding in C-name order on that bus is a shared bus, and the others
        // are emitted as bindings alone on the bus, as before there were shared buses (one C file and one C# turn keeper
        // per bus).
        var buses = SharedBusPlanner.Plan(entries, specs[0].Target)
            .GroupBy(static group => group.Bus)
            .Select(static sameBus => sameBus.First())
            .Select(group => new SharedBusSpec(group.Bus, group.Sharing, group.Members
                .Select(index => specs[index])
                .Select(static spec => new SharedBusMember(spec.FullName, spec.CName, spec.Config, spec.Figures))
                .ToEquatableArray()))
            .ToEquatableArray();
        return new BindingPlan(names, buses);
    }

    /// <summary>The binding's index and shared bus in this plan; index -1 when it is not emitted.</summary>
    public BindingSpec Place(BindingSpec spec)
    {
        var index = Names.AsImmutableArray().IndexOf(spec.CName);
        SharedBusSpec? bus = null;
        foreach (var candidate in Buses)
        {
            if (candidate.Member(spec.CName) is not null)
            {
                bus = candidate;
            }
        }

        return spec with { BindingIndex = index, SharedBus = bus };
    }
}
