using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// I2S0011: a binding the generator drops for an error the project lowered or suppressed is reported, not configurable,
/// at the attribute; an error left at Error severity, or lowered warnings, do not trigger it.
/// </summary>
public sealed class NotGeneratedRuleTests
{
    // GPIO34 is input-only on the ESP32: I2S0302, an error that keeps the binding from being generated.
    private const string InputOnlySpeaker =
        "[{|I2S0011:I2sSpeaker(Bck = 14, Ws = 13, Sdout = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)|}]\npublic partial class Speaker { }\n";

    private static AnalyzerTest WithConfig(string source, string path, string config)
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + source);
        test.TestState.AnalyzerConfigFiles.Add((path, config));
        return test;
    }

    [Fact]
    public Task ErrorTurnedOffInEditorConfig() =>
        WithConfig(InputOnlySpeaker, "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0302.severity = none\n").RunAsync();

    [Fact]
    public Task ErrorLoweredToWarningInEditorConfig()
    {
        var test = WithConfig(InputOnlySpeaker.Replace("Sdout = 34", "{|#0:Sdout = 34|}"), "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0302.severity = warning\n");
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("I2S0302", DiagnosticSeverity.Warning).WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task NotConfigurableItself() =>
        WithConfig(InputOnlySpeaker, "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0302.severity = none\ndotnet_diagnostic.I2S0011.severity = none\n").RunAsync();

    [Fact]
    public Task DeclarationErrorTurnedOff() =>
        WithConfig("[{|I2S0011:I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)|}]\npublic class Mic { }\n",
            "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0001.severity = none\n").RunAsync();

    [Fact]
    public Task ErrorAtDefaultSeverityIsEnough() =>
        new AnalyzerTest(AnalyzerTest.Usings + InputOnlySpeaker.Replace("{|I2S0011:", string.Empty).Replace(")|}]", ")]").Replace("Sdout = 34", "{|I2S0302:Sdout = 34|}")).RunAsync();

    [Fact]
    public Task LoweredWarningDoesNotStopGeneration() =>
        WithConfig("[I2sMicrophone(Bck = 15, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n",
            "/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.I2S0305.severity = none\n").RunAsync();

    /// <summary>A rule turned off on the command line (NoWarn: the compilation's specific options) counts the same.</summary>
    [Fact]
    public async Task ErrorTurnedOffByCompilerOptions()
    {
        var source = AnalyzerTest.Usings + InputOnlySpeaker.Replace("{|I2S0011:", string.Empty).Replace(")|}]", ")]");
        var diagnostics = await AnalyzerRunner.RunAsync(source, specific: new() { ["I2S0302"] = ReportDiagnostic.Suppress });
        var notGenerated = Assert.Single(diagnostics, static d => d.Id.StartsWith("I2S", System.StringComparison.Ordinal));
        Assert.Equal("I2S0011", notGenerated.Id);
        Assert.Equal(DiagnosticSeverity.Error, notGenerated.Severity);
        Assert.Contains("I2S0302", notGenerated.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains(WellKnownDiagnosticTags.NotConfigurable, notGenerated.Descriptor.CustomTags);
    }

    /// <summary>TreatWarningsAsErrors: an error lowered to a warning still fails the build with its own message.</summary>
    [Fact]
    public async Task LoweredToWarningUnderWarningsAsErrorsIsStillAnError()
    {
        var source = AnalyzerTest.Usings + InputOnlySpeaker.Replace("{|I2S0011:", string.Empty).Replace(")|}]", ")]");
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs");
        var compilation = AnalyzerRunner.Compile(new[] { tree }, new() { ["I2S0302"] = ReportDiagnostic.Warn });
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new TestOptionsProvider(null, null));
        Assert.Equal(new[] { "I2S0302" }, diagnostics.Where(static d => d.Id.StartsWith("I2S", System.StringComparison.Ordinal)).Select(static d => d.Id));
    }
}
