using I2sGen.Tests.Infrastructure;
using System.Threading.Tasks;
using I2sGen.Generator.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Runs <see cref="I2sBindingAnalyzer"/> over markup (<c>{|I2S0302:Bck = 34|}</c>) against the runtime assembly,
/// optionally with MSBuild properties (as the SDK passes them: a global analyzer config).
/// </summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<I2sBindingAnalyzer, DefaultVerifier>
{
    public const string Usings = "using I2sGen;\n";

    public AnalyzerTest(string source, string? chip = null, string? driver = null, string? extraGlobalConfig = null)
    {
        TestCode = source;
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(NetReferences.WithRuntime);
        var config = extraGlobalConfig is null ? GlobalConfig(chip, driver) : (GlobalConfig(chip, driver) ?? "is_global = true\n") + extraGlobalConfig;
        if (config is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        }
    }

    public static string? GlobalConfig(string? chip, string? driver)
    {
        if (chip is null && driver is null)
        {
            return null;
        }

        var text = "is_global = true\n";
        if (chip is not null)
        {
            text += "build_property.I2sGenChip = " + chip + "\n";
        }

        if (driver is not null)
        {
            text += "build_property.I2sGenDriver = " + driver + "\n";
        }

        return text;
    }

    /// <summary>Verifies that <paramref name="source"/> produces exactly the diagnostics marked in it.</summary>
    public static Task VerifyAsync(string source, string? chip = null, string? driver = null) =>
        new AnalyzerTest(Usings + source, chip, driver).RunAsync();
}
