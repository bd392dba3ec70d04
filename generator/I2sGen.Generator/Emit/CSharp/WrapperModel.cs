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
