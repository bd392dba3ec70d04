using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// Compiles code the way a nanoFramework project does: against the real <c>mscorlib</c> of nanoFramework.CoreLibrary
/// 1.17.11 and nothing else of .NET (NoStdLib), with NANOFRAMEWORK_1_0 defined, at C# 9 (the .nfproj default).
/// User code also sees I2sGen's two device assemblies as built by their projects (I2sGen.Runtime.Device and
/// I2sGen.Interop). The test project copies all three into NanoFramework/ next to the test assembly.
/// </summary>
internal static class NanoCompiler
{
    public const string Symbol = "NANOFRAMEWORK_1_0";

    /// <summary>The folder holding mscorlib.dll and the device builds of I2sGen.Runtime and I2sGen.Interop.</summary>
    public static string AssemblyFolder => Path.Combine(AppContext.BaseDirectory, "NanoFramework");

    public static string CoreLibraryPath => Path.Combine(AssemblyFolder, "mscorlib.dll");

    public static string RuntimePath => Path.Combine(AssemblyFolder, "I2sGen.Runtime.dll");

    public static string InteropPath => Path.Combine(AssemblyFolder, "I2sGen.Interop.dll");

    private static readonly Lazy<MetadataReference> CoreLibrary = new(static () => Reference(CoreLibraryPath));

    private static readonly Lazy<IReadOnlyList<Diagnostic>> RuntimeFromSources = new(static () =>
        TestCompilation.Diagnose(Create("I2sGen.Runtime", Sources(Path.Combine(RepoPaths.Root, "runtime", "I2sGen.Runtime")), LanguageVersion.CSharp9, new[] { CoreLibrary.Value })));

    /// <summary>
    /// The stand-ins of System.Device.I2s and nanoFramework.Hardware.Esp32 (tests/StandIns; see its README for the
    /// commits they are checked against), compiled at C# 9 against the real mscorlib.
    /// </summary>
    /// When the environment variable <c>I2SGEN_STOCK_ASSEMBLIES</c> names a folder holding the real System.Device.I2s.dll,
    /// nanoFramework.Hardware.Esp32.dll and nanoFramework.Runtime.Events.dll (built from their sources, see
    /// tests/StandIns/README.md), those are used instead: the same tests then prove the wrappers against the real libraries.
    private static readonly Lazy<MetadataReference[]> StockStandIns = new(static () =>
        Environment.GetEnvironmentVariable("I2SGEN_STOCK_ASSEMBLIES") is { Length: > 0 } real
            ? new[] { "System.Device.I2s", "nanoFramework.Hardware.Esp32", "nanoFramework.Runtime.Events" }
                .Select(name => Reference(Path.Combine(real, name + ".dll"))).ToArray()
            : new[] { StandIn("System.Device.I2s"), StandIn("nanoFramework.Hardware.Esp32") });

    /// <summary>
    /// As <see cref="CompileUserCode"/>, for the stock backend: the compilation also references the stand-ins of
    /// nanoFramework's System.Device.I2s and nanoFramework.Hardware.Esp32.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CompileStockUserCode(IEnumerable<string> sources) =>
        TestCompilation.Diagnose(Create(WrapperConfigurations.AssemblyName, sources, LanguageVersion.CSharp9,
            new[] { CoreLibrary.Value, Reference(RuntimePath), Reference(InteropPath) }.Concat(StockStandIns.Value)));

    private static MetadataReference StandIn(string assemblyName) =>
        MetadataReference.CreateFromImage(CompileLibrary(assemblyName, Sources(Path.Combine(RepoPaths.Root, "tests", "StandIns", assemblyName))));

    /// <summary>The real nanoFramework mscorlib, as a reference for compilations a test builds itself.</summary>
    public static MetadataReference CoreLibraryReference => CoreLibrary.Value;

    /// <summary>
    /// Diagnostics of compiling I2sGen.Runtime's sources for the device at C# 9 with every warning wave and XML-doc
    /// checks on (stricter than the project build, which stops at the SDK's warning level).
    /// </summary>
    public static IReadOnlyList<Diagnostic> RuntimeDiagnostics => RuntimeFromSources.Value;

    /// <summary>
    /// Compiles <paramref name="sources"/> for nanoFramework against mscorlib, I2sGen.Runtime and I2sGen.Interop, at
    /// <paramref name="languageVersion"/>, and returns every diagnostic that is not hidden, including the emit step's.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CompileUserCode(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.CSharp9) =>
        TestCompilation.Diagnose(CreateUserCompilation(sources, languageVersion));

    /// <summary>The compilation <see cref="CompileUserCode"/> checks, for tests that inspect symbols.</summary>
    public static CSharpCompilation CreateUserCompilation(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.CSharp9) =>
        Create(WrapperConfigurations.AssemblyName, sources, languageVersion, new[] { CoreLibrary.Value, Reference(RuntimePath), Reference(InteropPath) });

    /// <summary>
    /// Compiles <paramref name="sources"/> at C# 9 into a library named <paramref name="assemblyName"/> (against the
    /// real mscorlib unless <paramref name="references"/> says otherwise) and returns its image; throws with the
    /// diagnostics if it does not compile. No nullable context, as in a .nfproj: the compiler then adds no attribute
    /// types of its own, which would be extra types in the metadata processor's tables.
    /// </summary>
    /// <param name="assemblyName">The assembly's name.</param>
    /// <param name="sources">The C# sources.</param>
    /// <param name="references">The references; none compiles a core library.</param>
    /// <param name="symbols">Preprocessor symbols besides NANOFRAMEWORK_1_0.</param>
    public static byte[] CompileLibrary(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null, params string[] symbols)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, DocumentationMode.None, preprocessorSymbols: symbols.Append(Symbol));
        references ??= new[] { CoreLibrary.Value };
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select((text, index) => CSharpSyntaxTree.ParseText(text, parseOptions, path: assemblyName + "." + index + ".cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, deterministic: true));
        using var image = new MemoryStream();
        // A core library has no System.Object to take the metadata version from, so it is given, as mscorlib's.
        var emitOptions = references.Any() ? null : new EmitOptions(runtimeMetadataVersion: "v4.0.30319");
        if (!TestCompilation.TryEmit(compilation, image, out var diagnostics, emitOptions) || diagnostics.Any(static d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(assemblyName + " does not compile:\n" + TestCompilation.Describe(diagnostics));
        }

        return image.ToArray();
    }

    private static MetadataReference Reference(string path) =>
        File.Exists(path)
            ? MetadataReference.CreateFromFile(path)
            : throw new FileNotFoundException("The test project copies the nanoFramework assemblies here; rebuild tests/I2sGen.Tests.", path);

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(folder, "*.cs").OrderBy(static path => path, StringComparer.Ordinal).Select(File.ReadAllText);

    private static CSharpCompilation Create(string assemblyName, IEnumerable<string> sources, LanguageVersion languageVersion, IEnumerable<MetadataReference> references) =>
        TestCompilation.Create(sources, assemblyName, new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose, preprocessorSymbols: new[] { Symbol }), references, TestCompilation.AllWarnings);
}
