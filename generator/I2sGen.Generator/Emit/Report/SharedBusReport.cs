using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Emit.Report;

/// <summary>One shared bus as the report states it: its members, what they asked for, what I2sGen planned and why.</summary>
/// <param name="Bus">The I2S controller.</param>
/// <param name="Bck">The members' BCK GPIO.</param>
/// <param name="Ws">The members' WS GPIO.</param>
/// <param name="Requested">"auto", "fullDuplex" or "takeTurns": what the members wrote (auto when none did or they disagree).</param>
/// <param name="Sharing">"fullDuplex" or "takeTurns": what the generated code does.</param>
/// <param name="Members">The members' full C# names, in the bus's order (by C name).</param>
/// <param name="Reason">Why the bus takes turns when it was not asked to (the rules' reasons, I2S0702/I2S0701), else null.</param>
internal sealed record SharedBusReport(int Bus, int Bck, int Ws, string Requested, string Sharing, IReadOnlyList<string> Members, string? Reason)
{
    /// <summary>The shared buses among the report's (clash-free, C-name-ordered) bindings, as the generator plans them.</summary>
    public static IReadOnlyList<SharedBusReport> Of(IReadOnlyList<BindingSpec> specs)
    {
        if (specs.Count == 0)
        {
            return new SharedBusReport[0];
        }

        var target = specs[0].Target;
        var plan = BindingPlan.For(specs.ToEquatableArray());
        return plan.Buses.Select(bus => Describe(bus, target)).ToList();
    }

    /// <summary>The bus <paramref name="spec"/> belongs to, or null when it is alone on its bus.</summary>
    public static SharedBusReport? For(IReadOnlyList<SharedBusReport> buses, BindingSpec spec) =>
        buses.FirstOrDefault(bus => bus.Members.Contains(spec.FullName));

    public static string Key(BusSharing sharing) => sharing switch
    {
        BusSharing.FullDuplex => "fullDuplex",
        BusSharing.TakeTurns => "takeTurns",
        _ => "auto",
    };

    /// <summary>The words for people: "full duplex", "taking turns".</summary>
    public static string Words(string key) => key switch
    {
        "fullDuplex" => "full duplex",
        "takeTurns" => "taking turns",
        _ => "Auto",
    };

    private static SharedBusReport Describe(SharedBusSpec bus, TargetConfig target)
    {
        var members = bus.Members.AsImmutableArray();
        var requested = RequestedOf(members.Select(static member => member.Config.BusSharing));
        string? reason = null;
        if (bus.Sharing == BusSharing.TakeTurns && requested != BusSharing.TakeTurns)
        {
            reason = members.Length > 2
                ? "full duplex is one receiver and one transmitter and this bus has " + members.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bindings"
                : requested == BusSharing.Auto && members.Any(static m => m.Config.BusSharing != (int)BusSharing.Auto)
                    ? "the members ask for different sharing (I2S0703)"
                    : DuplexConflict.Join(FullDuplexRules.Conflicts(members[0].Config, members[1].Config, target));
        }

        var first = members[0].Config;
        return new SharedBusReport(bus.Bus, first.Bck, first.Ws, Key(requested), Key(bus.Sharing),
            members.Select(static member => member.FullName).ToList(), reason);
    }

    private static BusSharing RequestedOf(IEnumerable<int> written)
    {
        var values = written.Where(static value => value is (int)BusSharing.FullDuplex or (int)BusSharing.TakeTurns).Distinct().ToList();
        return values.Count == 1 ? (BusSharing)values[0] : BusSharing.Auto;
    }
}
