using I2sGen.Tests.Infrastructure;
using System.Threading.Tasks;
using I2sGen.Generator.Analyzers;
using I2sGen.Tests.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace I2sGen.Tests.CodeFixes;

/// <summary>
/// Runs a fixer against <see cref="I2sBindingAnalyzer"/>. The framework applies the single fix and also Fix All
/// (document, project and solution scope) and checks each gives <see cref="CodeFixTest{TVerifier}.FixedCode"/>.
/// </summary>
internal sealed class CodeFixTest<TFix> : CSharpCodeFixTest<I2sBindingAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource, string? chip = null)
    {
        TestCode = AnalyzerTest.Usings + source;
        FixedCode = AnalyzerTest.Usings + fixedSource;
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(NetReferences.WithRuntime);
        FixedState.AdditionalReferences.AddRange(NetReferences.WithRuntime);
        var config = AnalyzerTest.GlobalConfig(chip, null);
        if (config is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
            FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        }
    }

    public static Task VerifyAsync(string source, string fixedSource, string? chip = null) =>
        new CodeFixTest<TFix>(source, fixedSource, chip).RunAsync();
}
