using System.Collections.Generic;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace I2sGen.Tests.CSharp;

/// <summary>Compiles a configuration's user source together with its generated wrapper, as a .NET 10 project would.</summary>
internal static class WrapperCompilation
{
    public static (IReadOnlyList<string> Sources, IReadOnlyList<string> Generated) SourcesOf(WrapperConfiguration configuration)
    {
        // CSharpSources is ordered by hint name, so the source order is stable.
        var generated = configuration.Generate().Values.ToList();
        return (new[] { configuration.Source }.Concat(generated).ToList(), generated);
    }

    /// <summary>Every non-hidden diagnostic of compiling and emitting the sources for .NET (nullable on, all warning waves, XML docs checked).</summary>
    public static IReadOnlyList<Diagnostic> CompileForNet(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        TestCompilation.Diagnose(CreateNetCompilation(sources, languageVersion));

    public static CSharpCompilation CreateNetCompilation(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        TestCompilation.Create(sources, WrapperConfigurations.AssemblyName, new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose), warningLevel: TestCompilation.AllWarnings);
}
