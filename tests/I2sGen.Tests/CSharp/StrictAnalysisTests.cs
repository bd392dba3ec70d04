using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// A user project with <c>AnalysisMode=All</c> and warnings as errors: the SDK's .NET analyzers, every rule of them
/// raised to an error, must report nothing inside generated files or on the binding classes.
/// </summary>
public sealed class StrictAnalysisTests
{
    private const string Attribute = "[I2sMicrophone(Bck = 14, Ws = 15, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]";

    // The dispose pattern differs by the user's choices: a sealed class gets a private Dispose(bool), an unsealed one an
    // overridable one, which a derived class of the user's overrides.
    private static readonly System.Collections.Generic.Dictionary<string, string> Declarations = new()
    {
        ["sealed class"] = "using I2sGen;\nnamespace Demo;\n/// <summary>A sealed binding.</summary>\n" + Attribute + "\npublic sealed partial class Mic { }\n",
        ["derived from a user base class"] = "using I2sGen;\nnamespace Demo;\n/// <summary>A base.</summary>\npublic class Device { }\n/// <summary>A binding with a base.</summary>\n" + Attribute + "\npublic partial class Mic : Device { }\n",
        ["user class overriding Dispose(bool)"] = "using I2sGen;\nnamespace Demo;\n/// <summary>A binding.</summary>\n" + Attribute + "\npublic partial class Mic { }\n"
            + "/// <summary>Extends the binding.</summary>\npublic sealed class Recorder : Mic\n{\n    private readonly System.IO.MemoryStream _log = new();\n\n"
            + "    /// <inheritdoc/>\n    protected override void Dispose(bool disposing)\n    {\n        if (disposing)\n        {\n            _log.Dispose();\n        }\n\n        base.Dispose(disposing);\n    }\n}\n",
    };

    public static TheoryData<string> DeclarationNames => new(Declarations.Keys);

    [Theory]
    [InlineData("Inmp441Esp32")]
    [InlineData("Max98357Speaker")]
    [InlineData("Pcm5102GeneralGlobal")]
    [InlineData("Inmp441Part")]
    [InlineData("Max98357Part")]
    public async System.Threading.Tasks.Task Net_analyzers_in_all_mode_report_nothing_on_generated_code_or_bindings(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        await AssertStrictlyClean(configuration.Source, configuration.Generate().Values.ToList());
    }

    /// <summary>The prebuilt host glue's P/Invokes, tag and config array (issue 12) are held to the same rules.</summary>
    [Theory]
    [InlineData("Inmp441Esp32")]
    [InlineData("Max98357Speaker")]
    public async System.Threading.Tasks.Task Net_analyzers_in_all_mode_report_nothing_on_the_prebuilt_glue_backend(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        var generated = WrapperConfigurations.Generate(configuration.Source, new System.Collections.Generic.Dictionary<string, string> { ["I2sGenHostGlue"] = "Prebuilt" });
        Assert.Contains(generated.Values, static text => text.Contains("i2sgen_host_init", System.StringComparison.Ordinal));
        await AssertStrictlyClean(configuration.Source, generated.Values.ToList());
    }

    /// <summary>The members of shared buses (issue 11), with the turn keeper of those that take turns, on both host glues.</summary>
    [Theory]
    [InlineData("VoiceAssistantS3", "Compiled")]
    [InlineData("VoiceAssistantS3", "Prebuilt")]
    [InlineData("FullDuplexEsp32", "Compiled")]
    [InlineData("FullDuplexEsp32", "Prebuilt")]
    [InlineData("StockFullDuplex", "Compiled")]
    public async System.Threading.Tasks.Task Net_analyzers_in_all_mode_report_nothing_on_shared_bus_members(string name, string glue)
    {
        var configuration = SharedBusConfigurations.Get(name);
        var properties = new System.Collections.Generic.Dictionary<string, string>(configuration.Properties) { ["I2sGenHostGlue"] = glue };
        var generated = SharedBusWrapperTests.Generate(configuration with { Properties = properties });
        await AssertStrictlyClean(configuration.Source, generated.Values.ToList());
    }

    [Theory]
    [MemberData(nameof(DeclarationNames))]
    public async System.Threading.Tasks.Task Net_analyzers_in_all_mode_report_nothing_for_sealed_and_derived_bindings(string name)
    {
        var source = Declarations[name];
        var generated = WrapperConfigurations.Generate(source).Values;
        Assert.NotEmpty(generated);
        await AssertStrictlyClean(source, generated.ToList());
    }

    /// <summary>
    /// Runs the analyzers with every rule an error over the user's sources with and without the generated ones: nothing
    /// may be reported inside a generated file, and the generated half may add nothing to the user's code (a rule the
    /// user's declaration breaks on its own, such as CA1852 "seal this internal class" or the assembly-level CA1016,
    /// is the user's to settle and is reported with or without the generator).
    /// </summary>
    private static async System.Threading.Tasks.Task AssertStrictlyClean(string userSource, System.Collections.Generic.IReadOnlyList<string> generated)
    {
        var withGenerated = await AnalyzerErrors(new[] { userSource }.Concat(generated).ToList(), mustCompile: true);

        // Alone, a user class that overrides a generated member does not compile; its analyzer findings still serve.
        var userOnly = (await AnalyzerErrors(new[] { userSource }, mustCompile: false)).Select(Key).ToHashSet(StringComparer.Ordinal);

        var added = withGenerated.Where(d => !userOnly.Contains(Key(d))).ToList();
        Assert.True(added.Count == 0, string.Join("\n", added));
    }

    private static string Key(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.Location.GetLineSpan() + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static async System.Threading.Tasks.Task<System.Collections.Generic.List<Diagnostic>> AnalyzerErrors(System.Collections.Generic.IReadOnlyList<string> sources, bool mustCompile)
    {
        var analyzers = NetAnalyzers();
        var compilation = WrapperCompilation.CreateNetCompilation(sources);
        var compileErrors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(!mustCompile || compileErrors.Count == 0, string.Join("\n", compileErrors));
        var everyRuleAnError = analyzers.SelectMany(static analyzer => analyzer.SupportedDiagnostics)
            .Select(static descriptor => descriptor.Id)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(static id => id, static _ => ReportDiagnostic.Error);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(everyRuleAnError));

        return (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None))
            .Where(static d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
    }

    /// <summary>The .NET analyzers of the SDK running the tests (what <c>AnalysisMode</c> configures).</summary>
    private static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <root>/sdk/<version>/Sdks/Microsoft.NET.Sdk/analyzers
        var sharedVersion = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Directory.GetParent(sharedVersion)!.Parent!.Parent!.FullName;
        var folder = Directory.GetDirectories(Path.Combine(root, "sdk"))
            .Select(static sdk => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .Where(Directory.Exists)
            .OrderBy(static path => path, StringComparer.Ordinal)
            .Last();
        return new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .SelectMany(file => new AnalyzerFileReference(Path.Combine(folder, file), AnalyzerLoader.Instance).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public static readonly AnalyzerLoader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
