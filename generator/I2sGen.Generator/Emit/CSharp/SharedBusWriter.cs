using System.Globalization;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The turn keeper of a shared bus: one small static class per bus (<c>I2sGen.Generated.I2sBus0Turns</c>), written
/// into the file of the bus's first member, that records which member class holds the bus. Every member's constructor
/// claims the bus before it calls its init, so opening a member while another is open throws naming the open one,
/// on every backend and before the native side is touched: the interop and host C refuse it too
/// (ESP_ERR_INVALID_STATE), but only the C# knows the classes, and the stock firmware would not refuse it at all
/// (nf-interpreter's SetI2sConfig skips i2s_driver_install on an installed bus and only re-routes the pins).
/// All members are in one assembly (the planner groups one compilation's bindings), so an internal static is enough.
/// </summary>
internal static class SharedBusWriter
{
    private const string Namespace = "I2sGen.Generated";

    public static string ClassName(SharedBusSpec bus) => "I2sBus" + bus.Bus.ToString(CultureInfo.InvariantCulture) + "Turns";

    public static string QualifiedName(SharedBusSpec bus) => "global::" + Namespace + "." + ClassName(bus);

    /// <summary>True when <paramref name="spec"/>'s file carries its bus's turn keeper: the bus's first member writes it.</summary>
    public static bool WritesKeeper(BindingSpec spec) =>
        spec.SharedBus is { } bus && bus.Members.Count > 0 && bus.Members[0].CName == spec.CName;

    public static void Write(CodeWriter writer, SharedBusSpec bus)
    {
        var members = string.Join(", ", System.Linq.Enumerable.Select(bus.Members, static member => member.FullName));
        writer.Line();
        using (writer.Block("namespace " + Namespace))
        {
            writer.Line($$"""
                /// <summary>
                /// Which binding holds I2S bus {{CSharpLiterals.Int(bus.Bus)}}, shared by {{members}}: a member claims the bus before its init
                /// and gives it back after its deinit, so the members that take turns can say who is in the way.
                /// </summary>
                {{WrapperModel.GeneratedCodeAttribute}}
                internal static class {{ClassName(bus)}}
                {
                    private static readonly object s_lock = new object();

                    // The full name of the member class whose instances hold the bus, and how many of them do (a second
                    // instance of the same class claims too, and its own init refuses it).
                    private static string? s_holder;
                    private static int s_claims;

                    /// <summary>Claims the bus for <paramref name="member"/>: null when it may init, else the member that holds the bus.</summary>
                    internal static string? Claim(string member)
                    {
                        lock (s_lock)
                        {
                            if (s_holder != null && s_holder != member)
                            {
                                return s_holder;
                            }

                            s_holder = member;
                            s_claims++;
                            return null;
                        }
                    }

                    /// <summary>Gives back one claim of <paramref name="member"/> (after its deinit, or when its init failed).</summary>
                    internal static void Release(string member)
                    {
                        lock (s_lock)
                        {
                            if (s_holder == member && --s_claims == 0)
                            {
                                s_holder = null;
                            }
                        }
                    }
                }
                """);
        }
    }
}
