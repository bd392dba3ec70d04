using I2sGen.Generator.Hardware;

namespace I2sGen.Generator.Model;

/// <summary>One binding of a shared bus as its partners' emitters see it.</summary>
/// <param name="FullName">The binding class's full C# name, for messages ("bus 0 is open by MyApp.Speaker").</param>
/// <param name="CName">The binding's C identifier prefix.</param>
/// <param name="Config">Its configuration (a full-duplex init configures both channels at once).</param>
/// <param name="Figures">Its derived figures (clock, DMA).</param>
internal sealed record SharedBusMember(string FullName, string CName, BindingConfig Config, BindingFigures Figures);

/// <summary>
/// Bindings that name the same bus and the same BCK and WS pins: one I2S controller used by all of them, either at the
/// same time (<see cref="BusSharing.FullDuplex"/>: exactly one receiving and one transmitting member whose clock
/// settings agree, see <c>Rules/FullDuplexRules</c>) or one at a time (<see cref="BusSharing.TakeTurns"/>). Every
/// member's <see cref="BindingSpec.SharedBus"/> holds the same value; a binding alone on its bus has none.
/// <see cref="Sharing"/> is never <see cref="BusSharing.Auto"/>: the planner resolves it (an invalid full-duplex
/// request is planned as taking turns, and the rules report it, so generated code always compiles).
/// </summary>
/// <param name="Bus">The I2S controller number.</param>
/// <param name="Sharing">FullDuplex or TakeTurns.</param>
/// <param name="Members">The members in a deterministic order (by C name, ordinal).</param>
internal sealed record SharedBusSpec(int Bus, BusSharing Sharing, EquatableArray<SharedBusMember> Members)
{
    /// <summary>The C identifier prefix of the bus's shared state (<c>i2sgen_bus0</c>).</summary>
    public string CName => "i2sgen_bus" + Bus.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool IsFullDuplex => Sharing == BusSharing.FullDuplex;

    /// <summary>The member with C name <paramref name="cName"/>, or null.</summary>
    public SharedBusMember? Member(string cName)
    {
        foreach (var member in Members)
        {
            if (member.CName == cName)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>In full duplex, the other member (the partner of <paramref name="cName"/>); null otherwise.</summary>
    public SharedBusMember? Partner(string cName)
    {
        if (!IsFullDuplex)
        {
            return null;
        }

        foreach (var member in Members)
        {
            if (member.CName != cName)
            {
                return member;
            }
        }

        return null;
    }
}
