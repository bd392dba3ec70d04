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
    // Open (issue 9 item 6): today this reports CA1063 and CA1060 on the binding class and CA5393 on every host
    // P/Invoke; the lifecycle needs the Dispose(bool) pattern and the P/Invokes a nested native-methods class.
    [Theory(Skip = "Issue 9 item 6 is open: CA1063 and CA1060 on binding classes, CA5393 on the host P/Invokes")]
    [InlineData("Inmp441Esp32")]
    [InlineData("Max98357Speaker")]
    [InlineData("Pcm5102GeneralGlobal")]
    public async System.Threading.Tasks.Task Net_analyzers_in_all_mode_report_nothing_on_generated_code_or_bindings(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        var (sources, _) = WrapperCompilation.SourcesOf(configuration);
        var analyzers = NetAnalyzers();
        var compilation = WrapperCompilation.CreateNetCompilation(sources);
        var everyRuleAnError = analyzers.SelectMany(static analyzer => analyzer.SupportedDiagnostics)
            .Select(static descriptor => descriptor.Id)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(static id => id, static _ => ReportDiagnostic.Error);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(everyRuleAnError));

        var diagnostics = (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None))
            .Where(static d => d.Severity == DiagnosticSeverity.Error)
            .ToList();

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
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
