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
/// Compiles code the way a nanoFramework project would: against the stand-in core library in
/// tests/I2sGen.Tests/NanoSurface (built here with no references, as nanoFramework builds with NoStdLib), with
/// NANOFRAMEWORK_1_0 defined. I2sGen.Runtime's sources are compiled the same way into their own assembly.
/// </summary>
internal static class NanoSurfaceCompiler
{
    public const string Symbol = "NANOFRAMEWORK_1_0";

    private static readonly Lazy<Compiled> CoreLibrary = new(static () => Compile("mscorlib", Sources(Path.Combine(RepoPaths.Root, "tests", "I2sGen.Tests", "NanoSurface")),
        LanguageVersion.Latest, Array.Empty<MetadataReference>(), DocumentationMode.None));

    private static readonly Lazy<Compiled> RuntimeLibrary = new(static () => Compile("I2sGen.Runtime", Sources(Path.Combine(RepoPaths.Root, "runtime", "I2sGen.Runtime")),
        LanguageVersion.Latest, new[] { CoreLibrary.Value.Reference }, DocumentationMode.Diagnose));

    private static readonly Lazy<Compiled> InteropLibrary = new(static () => Compile("I2sGen.Interop", Sources(Path.Combine(RepoPaths.Root, "runtime", "I2sGen.Interop")),
        LanguageVersion.CSharp9, new[] { CoreLibrary.Value.Reference }, DocumentationMode.Diagnose));

    // A core library has no System.Object to take the metadata version from, so it is given, as for mscorlib.
    private static readonly EmitOptions EmitOptions = new(runtimeMetadataVersion: "v4.0.30319");

    /// <summary>Diagnostics of building the surface itself.</summary>
    public static IReadOnlyList<Diagnostic> CoreLibraryDiagnostics => CoreLibrary.Value.Diagnostics;

    /// <summary>Diagnostics of building the interop assembly I2sGen.Interop.</summary>
    public static IReadOnlyList<Diagnostic> InteropDiagnostics => InteropLibrary.Value.Diagnostics;

    /// <summary>The interop assembly I2sGen.Interop compiled for nanoFramework, for tests that inspect its metadata.</summary>
    public static CSharpCompilation CreateInteropCompilation() =>
        Create("I2sGen.Interop", Sources(Path.Combine(RepoPaths.Root, "runtime", "I2sGen.Interop")), LanguageVersion.CSharp9, new[] { CoreLibrary.Value.Reference }, DocumentationMode.Diagnose);

    /// <summary>Diagnostics of building I2sGen.Runtime for nanoFramework.</summary>
    public static IReadOnlyList<Diagnostic> RuntimeDiagnostics => RuntimeLibrary.Value.Diagnostics;

    /// <summary>
    /// Compiles <paramref name="sources"/> for nanoFramework against the surface and the runtime, at
    /// <paramref name="languageVersion"/> (nanoFramework projects default to C# 9), and returns every diagnostic
    /// that is not hidden, including the emit step's.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CompileUserCode(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.CSharp9) =>
        TestCompilation.Diagnose(CreateUserCompilation(sources, languageVersion), EmitOptions);

    /// <summary>The compilation <see cref="CompileUserCode"/> checks, for tests that inspect symbols.</summary>
    public static CSharpCompilation CreateUserCompilation(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.CSharp9) =>
        Create(WrapperConfigurations.AssemblyName, sources, languageVersion, new[] { CoreLibrary.Value.Reference, RuntimeLibrary.Value.Reference, InteropLibrary.Value.Reference }, DocumentationMode.Diagnose);

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(folder, "*.cs").OrderBy(static path => path, StringComparer.Ordinal).Select(File.ReadAllText);

    private static Compiled Compile(string assemblyName, IEnumerable<string> sources, LanguageVersion languageVersion, IEnumerable<MetadataReference> references, DocumentationMode documentation)
    {
        var compilation = Create(assemblyName, sources, languageVersion, references, documentation);
        using var image = new MemoryStream();
        var success = TestCompilation.TryEmit(compilation, image, out var diagnostics, EmitOptions);
        return new Compiled(MetadataReference.CreateFromImage(success ? image.ToArray() : Array.Empty<byte>()), diagnostics);
    }

    private static CSharpCompilation Create(string assemblyName, IEnumerable<string> sources, LanguageVersion languageVersion, IEnumerable<MetadataReference> references, DocumentationMode documentation) =>
        // The stand-in core library has no XML docs of its own (DocumentationMode.None); everything built on it is checked.
        TestCompilation.Create(sources, assemblyName, new CSharpParseOptions(languageVersion, documentation, preprocessorSymbols: new[] { Symbol }), references, TestCompilation.AllWarnings);

    private sealed record Compiled(MetadataReference Reference, IReadOnlyList<Diagnostic> Diagnostics);
}
