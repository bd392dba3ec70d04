using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2sGen diagnostics behave like any analyzer's: #pragma suppresses them, .editorconfig changes severity.</summary>
public sealed class SuppressionTests
{
    private const string StrappingMic =
        "[I2sMicrophone(Bck = 15, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n";

    [Fact]
    public Task PragmaDisablesWarning() => AnalyzerTest.VerifyAsync("#pragma warning disable I2S0305\n" + StrappingMic);

    [Fact]
    public Task PragmaForAnotherIdDoesNot() => AnalyzerTest.VerifyAsync(
        "#pragma warning disable I2S0304\n" + StrappingMic.Replace("Bck = 15", "{|I2S0305:Bck = 15|}"));

    [Fact]
    public Task PragmaDisablesError() => AnalyzerTest.VerifyAsync(
        "#pragma warning disable I2S0302\n" + StrappingMic.Replace("Bck = 15", "Bck = 34"));

    [Fact]
    public Task EditorConfigRaisesInfoToWarning()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + StrappingMic.Replace("Bck = 15", "Bck = 14, Standard = I2sStandard.Lsb"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0204.severity = warning\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0204", DiagnosticSeverity.Warning).WithSpan(2, 26, 2, 52));
        return test.RunAsync();
    }

    /// <summary>
    /// A warning raised to error keeps Severity = Warning and is flagged IsWarningAsError (that is how the compiler
    /// reports it, and what fails the build); the test framework compares Severity only, so this runs the analyzer directly.
    /// </summary>
    [Fact]
    public async Task EditorConfigRaisesWarningToError()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            AnalyzerTest.Usings + StrappingMic, specific: new() { ["I2S0305"] = ReportDiagnostic.Error });
        var strapping = Assert.Single(diagnostics, static d => d.Id == "I2S0305");
        Assert.True(strapping.Severity == DiagnosticSeverity.Error || strapping.IsWarningAsError);
    }

    [Fact]
    public Task EditorConfigSilencesRule()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + StrappingMic);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0305.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task GlobalConfigLowersErrorToWarning()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + StrappingMic.Replace("Bck = 15", "Bck = 34"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.I2S0302.severity = warning\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0302", DiagnosticSeverity.Warning).WithSpan(2, 16, 2, 24));
        return test.RunAsync();
    }
}
