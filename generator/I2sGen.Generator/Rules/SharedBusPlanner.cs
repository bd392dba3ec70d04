using System.Collections.Generic;
using System.Collections.Immutable;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// One shared bus as the rules see it: indices into the binding list (source order), the sharing the bindings asked
/// for (<see cref="Requested"/>, Auto when none wrote one) and the sharing planned (<see cref="Sharing"/>, never Auto).
/// </summary>
internal sealed record SharedBusGroup(int Bus, BusSharing Requested, BusSharing Sharing, ImmutableArray<int> Members)
{
    public bool Contains(int index) => Members.Contains(index);
}

/// <summary>
/// Finds the shared buses of a compilation: bindings with the same bus, BCK and WS form one group, whatever order they
/// are given in (the analyzer lists them in source order, the generator by C name: both must see the same groups). Two
/// groups on one bus (other clock pins) are an error between their members (I2S0309 reports it). Decides the sharing once, for the rules and the generator alike: what the members
/// wrote (when they disagree, the rules report it and the bus takes turns), else full duplex when the group is one
/// receiver and one transmitter whose configurations allow it (<see cref="FullDuplexRules"/>), else taking turns.
/// A full-duplex request the configurations do not allow is planned as taking turns (its errors are reported), so
/// the generated code is always valid.
/// </summary>
internal static class SharedBusPlanner
{
    public static ImmutableArray<SharedBusGroup> Plan(IReadOnlyList<BindingEntry> bindings, TargetConfig target)
    {
        var groups = ImmutableArray.CreateBuilder<SharedBusGroup>();
        var seen = new HashSet<(int Bus, int Bck, int Ws)>();
        for (var first = 0; first < bindings.Count; first++)
        {
            var anchor = bindings[first].Config;
            if (!seen.Add((anchor.Bus, anchor.Bck, anchor.Ws)))
            {
                continue;
            }

            var members = ImmutableArray.CreateBuilder<int>();
            members.Add(first);
            for (var later = first + 1; later < bindings.Count; later++)
            {
                var config = bindings[later].Config;
                if (config.Bus == anchor.Bus && SameClockPins(anchor, config))
                {
                    members.Add(later);
                }
            }

            if (members.Count > 1)
            {
                var indices = members.ToImmutable();
                var requested = Requested(bindings, indices);
                groups.Add(new SharedBusGroup(anchor.Bus, requested, Resolve(bindings, indices, requested, target), indices));
            }
        }

        return groups.ToImmutable();
    }

    /// <summary>The group binding <paramref name="index"/> is a member of, or null.</summary>
    public static SharedBusGroup? GroupOf(ImmutableArray<SharedBusGroup> groups, int index)
    {
        foreach (var group in groups)
        {
            if (group.Contains(index))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>Whether two configurations drive the same clock pins (both connected: a bus without clock pins is an error of its own).</summary>
    public static bool SameClockPins(BindingConfig a, BindingConfig b) =>
        a.Bck == b.Bck && a.Ws == b.Ws && a.Bck != BindingConfig.NotConnected && a.Ws != BindingConfig.NotConnected;

    /// <summary>The sharing the members wrote: the one value they agree on, Auto when none wrote one or they disagree.</summary>
    private static BusSharing Requested(IReadOnlyList<BindingEntry> bindings, ImmutableArray<int> members)
    {
        var requested = BusSharing.Auto;
        foreach (var index in members)
        {
            var written = bindings[index].Config.BusSharing;
            if (written is not ((int)BusSharing.FullDuplex or (int)BusSharing.TakeTurns))
            {
                continue;
            }

            if (requested != BusSharing.Auto && (int)requested != written)
            {
                return BusSharing.Auto;
            }

            requested = (BusSharing)written;
        }

        return requested;
    }

    /// <summary>Whether members wrote both FullDuplex and TakeTurns (I2S0703): the bus then takes turns.</summary>
    private static bool Disagree(IReadOnlyList<BindingEntry> bindings, ImmutableArray<int> members)
    {
        var written = 0;
        foreach (var index in members)
        {
            var sharing = bindings[index].Config.BusSharing;
            if (sharing is not ((int)BusSharing.FullDuplex or (int)BusSharing.TakeTurns))
            {
                continue;
            }

            if (written != 0 && written != sharing)
            {
                return true;
            }

            written = sharing;
        }

        return false;
    }

    private static BusSharing Resolve(IReadOnlyList<BindingEntry> bindings, ImmutableArray<int> members, BusSharing requested, TargetConfig target)
    {
        if (requested == BusSharing.TakeTurns || (requested == BusSharing.Auto && Disagree(bindings, members)))
        {
            return BusSharing.TakeTurns;
        }

        var duplexPossible = members.Length == 2
            && FullDuplexRules.Conflicts(bindings[members[0]].Config, bindings[members[1]].Config, target).IsEmpty;
        return duplexPossible ? BusSharing.FullDuplex : BusSharing.TakeTurns;
    }
}
