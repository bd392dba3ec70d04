using System.Linq;
using I2sGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>The generator skips exactly the declarations the analyzer reports as errors, and never throws on them.</summary>
public sealed class GeneratorAgreementTests
{
    [Theory]
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\n[I2sSpeaker(" + Snippets.SpeakerArgs + ")]\npublic partial class Mic { }", false)] // I2S0008
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic { public void Dispose() { } }", false)] // I2S0005
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic { public Mic() { } }", false)] // I2S0005
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic class Mic { }", false)] // I2S0001
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial record Mic { }", false)] // I2S0002
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\nfile partial class Mic { }", false)] // I2S0002
    [InlineData("public class Device { public Device(int id) { } }\n[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic : Device { public Mic(int id) : base(id) { } }", false)] // I2S0010
    [InlineData("public class Device { protected Device() { } }\n[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic : Device { }", true)]
    [InlineData("[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic { public void Write(byte[] b) { } }", true)]
    public async System.Threading.Tasks.Task GeneratesOnlyWhatTheAnalyzerAccepts(string source, bool generates)
    {
        var tree = CSharpSyntaxTree.ParseText(AnalyzerTest.Usings + "namespace App;\n" + source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = AnalyzerRunner.Compile(new[] { tree });
        var run = CSharpGeneratorDriver.Create(new I2sBindingGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics)
            .GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.Empty(diagnostics);
        Assert.Equal(generates, run.GeneratedSources.Any(static s => s.HintName == "App.Mic.I2s.g.cs"));

        var analyzerErrors = (await AnalyzerRunner.RunAsync(compilation, new TestOptionsProvider(null, null)))
            .Where(static d => d.Id.StartsWith("I2S", System.StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(!generates, analyzerErrors.Any());
    }
}
