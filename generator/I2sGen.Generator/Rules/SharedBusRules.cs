using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The rules of shared buses (I2S0701-I2S0705, I2S0510), over the groups <see cref="SharedBusPlanner"/> finds: what the
/// members asked for (BusSharing) against what their configurations allow (<see cref="FullDuplexRules"/>). Each finding
/// is reported on the later binding and names its partner, so one edit resolves it. None of them keeps a binding from
/// being generated: a full duplex that cannot work is planned as taking turns, which always compiles and runs.
/// </summary>
internal static class SharedBusRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private const string TakeTurnsFix = "or write BusSharing = I2sBusSharing.TakeTurns on both to open them one at a time";

    public static void Check(
        IReadOnlyList<BindingEntry> bindings, TargetConfig target, ImmutableArray<SharedBusGroup> groups, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        foreach (var group in groups)
        {
            CheckGroup(bindings, target, group, found);
        }

        for (var index = 0; index < bindings.Count; index++)
        {
            var written = bindings[index].Config.BusSharing;
            if (IsWritten(written) && SharedBusPlanner.GroupOf(groups, index) is null)
            {
                var config = bindings[index].Config;
                found.Add(new(index, new RuleViolation(RuleCatalog.BusSharingAlone.Id, BindingArgument.BusSharing,
                    $"{bindings[index].Name} is the only binding on bus {config.Bus.ToString(Inv)} with BCK GPIO{config.Bck.ToString(Inv)} and WS GPIO{config.Ws.ToString(Inv)}, so BusSharing = {Name(written)} does nothing; a shared bus is two or more bindings with the same Bus, Bck and Ws; remove BusSharing or give the partner the same bus and clock pins")));
            }
        }
    }

    private static void CheckGroup(
        IReadOnlyList<BindingEntry> bindings, TargetConfig target, SharedBusGroup group, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        if (Disagreement(bindings, group, found))
        {
            return;
        }

        var members = group.Members;
        if (group.Requested == BusSharing.FullDuplex)
        {
            if (members.Length > 2)
            {
                for (var position = 2; position < members.Length; position++)
                {
                    var index = members[position];
                    found.Add(new(index, new RuleViolation(RuleCatalog.FullDuplexMembers.Id, BindingArgument.Bus,
                        $"Bus {group.Bus.ToString(Inv)} has {members.Length.ToString(Inv)} bindings ({Names(bindings, members)}) but full duplex is one receiver and one transmitter; move {bindings[index].Name} to another bus or other clock pins, {TakeTurnsFix}")));
                }

                return;
            }

            var (earlier, later) = (members[0], members[1]);
            foreach (var conflict in FullDuplexRules.Conflicts(bindings[earlier].Config, bindings[later].Config, target))
            {
                if (ReportedByParts(found, later, conflict.Argument))
                {
                    continue;
                }

                var fix = conflict.RuleId == RuleCatalog.StockFullDuplex.Id
                    ? "write BusSharing = I2sBusSharing.TakeTurns (the generated wrapper then refuses to open one while the other is open), or use I2sGenBackend=Interop (custom firmware)"
                    : conflict.RuleId == RuleCatalog.FullDuplexMembers.Id
                        ? "make one of them " + (bindings[later].Config.IsReceive ? "transmit" : "receive") + ", " + TakeTurnsFix
                        : "make them agree, " + TakeTurnsFix;
                found.Add(new(later, new RuleViolation(conflict.RuleId, conflict.Argument,
                    $"{bindings[later].Name} cannot run in full duplex with {bindings[earlier].Name} on bus {group.Bus.ToString(Inv)}: {conflict.Reason}; {fix}",
                    FixValue(conflict, bindings[earlier].Config))));
            }

            return;
        }

        if (group.Requested == BusSharing.Auto && group.Sharing == BusSharing.TakeTurns)
        {
            var last = members[members.Length - 1];
            found.Add(new(last, new RuleViolation(RuleCatalog.BusTakesTurns.Id, BindingArgument.None,
                $"{Names(bindings, members)} share bus {group.Bus.ToString(Inv)} (BCK GPIO{bindings[last].Config.Bck.ToString(Inv)}, WS GPIO{bindings[last].Config.Ws.ToString(Inv)}) and take turns: opening one while another is open throws, closing it frees the bus. They cannot run at the same time because {WhyNotDuplex(bindings, members, target)}; write BusSharing = I2sBusSharing.TakeTurns to say so and silence this")));
        }
    }

    /// <summary>I2S0703: members that wrote FullDuplex and TakeTurns; each later one that differs from the first written value.</summary>
    private static bool Disagreement(IReadOnlyList<BindingEntry> bindings, SharedBusGroup group, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        int? first = null;
        var any = false;
        foreach (var index in group.Members)
        {
            var written = bindings[index].Config.BusSharing;
            if (!IsWritten(written))
            {
                continue;
            }

            if (first is null)
            {
                first = index;
                continue;
            }

            var theirs = bindings[first.Value].Config.BusSharing;
            if (written != theirs)
            {
                any = true;
                found.Add(new(index, new RuleViolation(RuleCatalog.BusSharingDisagrees.Id, BindingArgument.BusSharing,
                    $"{bindings[index].Name} asks for BusSharing = {Name(written)} but {bindings[first.Value].Name}, on the same bus {group.Bus.ToString(Inv)} and clock pins, asks for {Name(theirs)}; one bus is shared one way, so the bus takes turns until both say the same; write BusSharing = {Name(theirs)} here or change the other",
                    Name(theirs))));
            }
        }

        return any;
    }

    private static string WhyNotDuplex(IReadOnlyList<BindingEntry> bindings, ImmutableArray<int> members, TargetConfig target)
    {
        if (members.Length > 2)
        {
            return "full duplex is one receiver and one transmitter and this bus has " + members.Length.ToString(Inv) + " bindings";
        }

        return DuplexConflict.Join(FullDuplexRules.Conflicts(bindings[members[0]].Config, bindings[members[1]].Config, target));
    }

    /// <summary>I2S0614 (two parts on one clock) already reports this argument of this binding with the parts' view.</summary>
    private static bool ReportedByParts(ImmutableArray<CrossBindingViolation>.Builder found, int index, BindingArgument argument) =>
        found.Any(f => f.BindingIndex == index && f.Violation.RuleId == RuleCatalog.PartsShareClockFormat.Id && f.Violation.Argument == argument);

    /// <summary>The partner's value, for the code fix, where copying it is what "make them agree" means.</summary>
    private static string? FixValue(DuplexConflict conflict, BindingConfig partner) => conflict.Argument switch
    {
        BindingArgument.SampleRate or BindingArgument.DmaCount or BindingArgument.DmaLength => partner.Get(conflict.Argument).ToString(Inv),
        BindingArgument.MclkMultiple when partner.MclkMultiple != BindingConfig.NotGiven => partner.MclkMultiple.ToString(Inv),
        BindingArgument.Mclk => partner.Mclk.ToString(Inv),
        BindingArgument.DataFormat => "B" + partner.DataFormat.ToString(Inv),
        BindingArgument.ChannelFormat => ((ChannelFormat)partner.ChannelFormat).ToString(),
        BindingArgument.Standard => ((Standard)partner.Standard).ToString(),
        _ => null,
    };

    private static string Names(IReadOnlyList<BindingEntry> bindings, ImmutableArray<int> members) =>
        string.Join(members.Length == 2 ? " and " : ", ", members.Select(index => bindings[index].Name));

    /// <summary>FullDuplex or TakeTurns written; Auto says nothing, and an invalid value is I2S0706 alone.</summary>
    private static bool IsWritten(int sharing) => sharing is (int)BusSharing.FullDuplex or (int)BusSharing.TakeTurns;

    private static string Name(int sharing) => sharing switch
    {
        (int)BusSharing.FullDuplex => nameof(BusSharing.FullDuplex),
        (int)BusSharing.TakeTurns => nameof(BusSharing.TakeTurns),
        _ => nameof(BusSharing.Auto),
    };
}
