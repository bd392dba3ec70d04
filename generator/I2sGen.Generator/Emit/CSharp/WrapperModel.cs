using I2sGen.Generator.Emit.Native;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// What the wrapper writers need, derived once from a spec and its figures: direction-dependent names and the C
/// functions of the contract. Keeps the writers free of repeated <c>IsReceive ? … : …</c> decisions.
/// </summary>
internal sealed record WrapperModel(BindingSpec Spec)
{
    public BindingFigures Figures => Spec.Figures;

    public BindingConfig Config => Spec.Config;

    /// <summary>The class name as an identifier in C# source (escaped when it is a keyword).</summary>
    public string ClassName => CSharpLiterals.Identifier(Spec.ClassName);

    public bool Receive => Spec.Config.IsReceive;

    /// <summary><c>ReadInto</c> or <c>Write</c>.</summary>
    public string Method => GeneratedMembers.TransferMethod(Receive);

    /// <summary>The host backend's P/Invoke of the transfer.</summary>
    public string NativeTransfer => Receive ? GeneratedMembers.NativeRead : GeneratedMembers.NativeWrite;

    /// <summary>"read" or "written", for documentation and local names.</summary>
    public string Moved => Receive ? "read" : "written";

    /// <summary>The local variable holding the byte count: <c>bytesRead</c> or <c>bytesWritten</c>.</summary>
    public string CountLocal => Receive ? "bytesRead" : "bytesWritten";

    /// <summary>
    /// The C names of the binding, from the same place the C emitter takes them, so the P/Invokes and InternalCalls
    /// name exactly the functions the C defines. Computed, not stored, to keep the record's value equality.
    /// </summary>
    public NativeNames Native => new(Spec);

    public string InitFunction => Native.Init;

    public string DeinitFunction => Native.Deinit;

    public string TransferFunction => Receive ? Native.Read : Native.Write;

    /// <summary>The shared bus this binding is a member of, or null when it is alone on its bus.</summary>
    public SharedBusSpec? SharedBus => Spec.SharedBus;

    /// <summary>
    /// True when the members of this binding's shared bus must take turns in this build: the bus was planned as
    /// <see cref="BusSharing.TakeTurns"/>, or it is a full-duplex pair on the stock firmware, whose System.Device.I2s
    /// cannot run a receiver and a transmitter on one controller (see <see cref="StockCannotDuplex"/>).
    /// </summary>
    public bool TakesTurns => SharedBus is { } bus && (!bus.IsFullDuplex || Spec.Target.Backend == Backend.Stock);

    /// <summary>
    /// A receiver and a transmitter on one bus on the stock backend: the planner never gives the stock backend full
    /// duplex (I2S0510), so such a pair takes turns and, unless the user asked for that, its message says why.
    /// </summary>
    public bool StockCannotDuplex => Spec.Target.Backend == Backend.Stock
        && SharedBus is { Members.Count: 2 } bus
        && bus.Members[0].Config.IsReceive != bus.Members[1].Config.IsReceive
        && bus.Members[0].Config.BusSharing != (int)BusSharing.TakeTurns
        && bus.Members[1].Config.BusSharing != (int)BusSharing.TakeTurns;

    /// <summary>The fully qualified name of the bus's turn keeper (<see cref="SharedBusWriter"/>).</summary>
    public string TurnKeeper => SharedBusWriter.QualifiedName(SharedBus!);

    /// <summary>The full C# names of the other members of this binding's shared bus, in the bus's order.</summary>
    public string PartnerNames
    {
        get
        {
            var names = new System.Collections.Generic.List<string>();
            if (SharedBus is { } bus)
            {
                foreach (var member in bus.Members)
                {
                    if (member.CName != Spec.CName)
                    {
                        names.Add(member.FullName);
                    }
                }
            }

            return string.Join(", ", names);
        }
    }

    /// <summary>The attribute the binding was declared with, for the header comment.</summary>
    public string AttributeName => Config.AttributeName;

    /// <summary>
    /// The alias the file header declares for the target's GeneratedCodeAttribute. An alias cannot be qualified, so
    /// it has a name no user type is expected to have (a type <c>GeneratedCodeAttribute</c> of the user's would take
    /// its place or clash with it).
    /// </summary>
    public const string GeneratedCodeAlias = "I2sGenGeneratedCode";

    /// <summary><c>[I2sGenGeneratedCode(...)]</c>, through the file's alias so it names the right type on both targets.</summary>
    public static string GeneratedCodeAttribute => "[" + GeneratedCodeAlias + "(\"" + GeneratorInfo.Name + "\", \"" + GeneratorInfo.Version + "\")]";
}
