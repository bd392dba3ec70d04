using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// The one way tests build a C# compilation: a library with nullable enabled, by default against
/// <see cref="NetReferences"/> (.NET plus I2sGen.Runtime), and the one way they collect what compiling and emitting it reports.
/// </summary>
internal static class TestCompilation
{
    /// <summary>The compiler's default warning level; <see cref="AllWarnings"/> turns on every warning wave.</summary>
    public const int DefaultWarnings = 4;

    public const int AllWarnings = 9999;

    /// <summary>
    /// Creates a compilation of <paramref name="sources"/>, each parsed with <paramref name="parseOptions"/> and named
    /// <c>&lt;assembly&gt;.&lt;index&gt;.cs</c> so a diagnostic says which source it is in.
    /// </summary>
    public static CSharpCompilation Create(
        IEnumerable<string> sources,
        string assemblyName,
        CSharpParseOptions parseOptions,
        IEnumerable<MetadataReference>? references = null,
        int warningLevel = DefaultWarnings) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((text, index) => CSharpSyntaxTree.ParseText(text, parseOptions, path: assemblyName + "." + index + ".cs")),
            references ?? NetReferences.WithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: warningLevel));

    /// <summary>Emits <paramref name="compilation"/> into <paramref name="image"/> and returns whether it succeeded.</summary>
    /// <param name="diagnostics">Every non-hidden diagnostic of compiling and emitting, each once.</param>
    public static bool TryEmit(Compilation compilation, Stream image, out IReadOnlyList<Diagnostic> diagnostics, EmitOptions? options = null)
    {
        var result = compilation.Emit(image, options: options);
        diagnostics = compilation.GetDiagnostics().Concat(result.Diagnostics)
            .Where(static d => d.Severity != DiagnosticSeverity.Hidden)
            .Distinct()
            .ToList();
        return result.Success;
    }

    /// <summary>Every non-hidden diagnostic of compiling and emitting <paramref name="compilation"/>.</summary>
    public static IReadOnlyList<Diagnostic> Diagnose(Compilation compilation, EmitOptions? options = null)
    {
        using var image = new MemoryStream();
        TryEmit(compilation, image, out var diagnostics, options);
        return diagnostics;
    }

    /// <summary>Diagnostics one a line, for assertion messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(static d => d.ToString()));
}
