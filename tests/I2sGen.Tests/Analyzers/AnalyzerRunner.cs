using I2sGen.Tests.Infrastructure;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using I2sGen.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Tests.Analyzers;

/// <summary>Runs the analyzer on a plain compilation, for tests that need more than markup (severity flags, bulk runs).</summary>
internal static class AnalyzerRunner
{
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, Dictionary<string, ReportDiagnostic>? specific = null)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (specific is not null)
        {
            options = options.WithSpecificDiagnosticOptions(specific);
        }

        return CSharpCompilation.Create("I2sGen.Fuzz", trees, NetReferences.WithRuntime, options);
    }

    public static Task<ImmutableArray<Diagnostic>> RunAsync(string source, Dictionary<string, ReportDiagnostic>? specific = null) =>
        RunAsync(Compile(new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") }, specific), new TestOptionsProvider(null, null));

    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options);
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new I2sBindingAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAllDiagnosticsAsync();
    }
}

/// <summary>MSBuild properties as the SDK passes them to analyzers and generators: build_property.* global options.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public TestOptionsProvider(string? chip, string? driver, string? backend = null)
    {
        var values = new Dictionary<string, string>();
        if (backend is not null)
        {
            values["build_property.I2sGenBackend"] = backend;
        }

        if (chip is not null)
        {
            values["build_property.I2sGenChip"] = chip;
        }

        if (driver is not null)
        {
            values["build_property.I2sGenDriver"] = driver;
        }

        _global = new Options(values);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
