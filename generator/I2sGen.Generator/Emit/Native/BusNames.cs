using System.Globalization;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The C names of a shared bus's own files (<c>i2sgen_bus&lt;N&gt;.h/.c</c>): the state every member of the bus shares,
/// which no single member's file can own. Only the members' C files call these functions; the C contract of each
/// binding (its header) is unchanged.
/// </summary>
internal sealed class BusNames
{
    public BusNames(SharedBusSpec bus)
    {
        Prefix = bus.CName;
        MacroPrefix = Prefix.ToUpperInvariant();
        HeaderFile = Prefix + ".h";
        SourceFile = Prefix + ".c";
        Port = "I2S_NUM_" + bus.Bus.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The function prefix and log tag, e.g. <c>i2sgen_bus0</c>.</summary>
    public string Prefix { get; }

    public string MacroPrefix { get; }

    public string HeaderFile { get; }

    public string SourceFile { get; }

    public string IncludeGuard => MacroPrefix + "_H";

    /// <summary>The controller, e.g. <c>I2S_NUM_0</c>.</summary>
    public string Port { get; }

    /// <summary>Take turns: claims the bus for one member.</summary>
    public string Acquire => Prefix + "_acquire";

    /// <summary>Take turns: frees the bus.</summary>
    public string Release => Prefix + "_release";

    /// <summary>Full duplex: opens one direction (the first opening creates the controller's channels).</summary>
    public string Open => Prefix + "_open";

    /// <summary>Full duplex (std driver): stops one direction's transfers in the driver.</summary>
    public string Stop => Prefix + "_stop";

    /// <summary>Full duplex: closes one direction (the last closing deletes the channels).</summary>
    public string Close => Prefix + "_close";

    /// <summary>The constant that names a member in the take-turns functions, e.g. <c>I2SGEN_BUS0_MIC</c>.</summary>
    public string MemberConstant(string cName) => MacroPrefix + "_" + cName.ToUpperInvariant();
}
