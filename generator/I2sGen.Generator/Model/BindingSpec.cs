using I2sGen.Generator.Hardware;

namespace I2sGen.Generator.Model;

/// <summary>
/// Everything the emitters need for one binding: where the partial class lives, its configuration and target, and
/// the figures derived from them (computed once, when the spec is built, and read by every emitter).
/// Holds no symbols, syntax or locations, so it is value-equal and safe to cache.
/// </summary>
/// <param name="Namespace">The containing namespace, or an empty string for the global namespace.</param>
/// <param name="ClassName">The partial class name.</param>
/// <param name="Accessibility">The C# accessibility keyword(s) of the class, e.g. <c>public</c>.</param>
/// <param name="CName">The snake_case C identifier prefix (<c>Inmp441</c> gives <c>inmp441</c>).</param>
/// <param name="AssemblyName">The compilation's assembly name; names the host library.</param>
/// <param name="Config">The binding's arguments.</param>
/// <param name="Target">The chip and driver the code is generated for.</param>
/// <param name="Figures">What the driver allocates and produces for this configuration on this target.</param>
internal sealed record BindingSpec(
    string Namespace,
    string ClassName,
    string Accessibility,
    string CName,
    string AssemblyName,
    BindingConfig Config,
    TargetConfig Target,
    BindingFigures Figures)
{
    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    /// <summary>
    /// The binding's position in the compilation's clash-free binding list (ordered by C name, ordinal): the index
    /// the nanoFramework wrapper passes to <c>I2sGen.Interop.I2sNative</c> and the generated nanoCLR dispatch table's
    /// slot for it. Set once the list is known.
    /// </summary>
    public int BindingIndex { get; init; }

    /// <summary>
    /// Whether the user sealed the class: then the generated <c>Dispose(bool)</c> is private, else protected virtual,
    /// so a derived class can take part in the dispose pattern.
    /// </summary>
    public bool IsSealed { get; init; }

    /// <summary>
    /// Whether the host backend calls the prebuilt glue (one library for every binding, configured at run time)
    /// rather than this binding's own C functions compiled into the assembly's host library. From the MSBuild
    /// property I2sGenHostGlue, which the build resolves to Prebuilt or Compiled (see I2sGen.targets).
    /// </summary>
    public bool PrebuiltHostGlue { get; init; }

    /// <summary>
    /// The library the host backend P/Invokes into: the prebuilt I2sGen.Host, or the one the build compiles from the
    /// generated C and the simulator.
    /// </summary>
    public string HostLibraryName => PrebuiltHostGlue ? HostLibrary.Prebuilt : HostLibrary.NameFor(AssemblyName);

    /// <summary>
    /// The shared bus this binding is a member of (bindings on the same bus with the same BCK and WS pins), or null when
    /// it is alone on its bus. Set with <see cref="BindingIndex"/> once all bindings are known.
    /// </summary>
    public SharedBusSpec? SharedBus { get; init; }

    /// <summary>The named part's catalog entry (null without a part); its strap wiring is <see cref="BindingConfig.Part"/>. For reports.</summary>
    public Parts.PartInfo? Part => Parts.PartCatalog.Find(Config.Part.Part);
}

/// <summary>Names of the host-simulator library; the MSBuild targets build (or ship) the same names.</summary>
internal static class HostLibrary
{
    /// <summary>The prebuilt glue and simulator: runtimes/&lt;rid&gt;/native/(lib)I2sGen.Host.(dll|so|dylib) in the package.</summary>
    public const string Prebuilt = "I2sGen.Host";

    /// <summary>The MSBuild property that picks the glue, as the generator sees it.</summary>
    public const string GlueProperty = "build_property.I2sGenHostGlue";

    public static string NameFor(string assemblyName) => assemblyName + ".I2sHost";

    /// <summary>
    /// Reads the resolved I2sGenHostGlue: "Prebuilt" (any case) selects the prebuilt glue; anything else, or no
    /// property (a compilation outside MSBuild), keeps the compiled glue, the generated C's own functions.
    /// </summary>
    public static bool ReadPrebuilt(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options) =>
        options.TryGetValue(GlueProperty, out var value)
        && string.Equals(value?.Trim(), "Prebuilt", System.StringComparison.OrdinalIgnoreCase);
}
