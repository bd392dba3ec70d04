using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace I2sGen.Tests.CSharp;

/// <summary>Compiles a configuration's user source together with its generated wrapper, as a .NET 10 project would.</summary>
internal static class WrapperCompilation
{
    public static (IReadOnlyList<string> Sources, IReadOnlyList<string> Generated) SourcesOf(WrapperConfiguration configuration)
    {
        var generated = WrapperGeneration.Generate(configuration.Source, configuration.Properties)
            .OrderBy(static pair => pair.Key, System.StringComparer.Ordinal)
            .Select(static pair => pair.Value)
            .ToList();
        return (new[] { configuration.Source }.Concat(generated).ToList(), generated);
    }

    /// <summary>Every non-hidden diagnostic of compiling and emitting the sources for .NET (nullable on, all warning waves, XML docs checked).</summary>
    public static IReadOnlyList<Diagnostic> CompileForNet(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var compilation = CreateNetCompilation(sources, languageVersion);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        return compilation.GetDiagnostics().Concat(result.Diagnostics)
            .Where(static d => d.Severity != DiagnosticSeverity.Hidden)
            .Distinct()
            .ToList();
    }

    public static CSharpCompilation CreateNetCompilation(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        return CSharpCompilation.Create(
            WrapperGeneration.AssemblyName,
            sources.Select((text, index) => CSharpSyntaxTree.ParseText(text, parseOptions, path: "Source" + index + ".cs")),
            NetReferences.WithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(static d => d.ToString()));
}
