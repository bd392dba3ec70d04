using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using I2sGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// Runs the real generator over a user source and returns the generated C# (hint name → text). A small harness of
/// its own so the C# wrapper tests do not depend on the shared one; MSBuild properties are passed as the build would.
/// </summary>
internal static class WrapperGeneration
{
    public const string AssemblyName = "Demo.App";

    public static CSharpParseOptions LatestParseOptions { get; } = new(LanguageVersion.Latest);

    public static ImmutableDictionary<string, string> Generate(string userSource, IReadOnlyDictionary<string, string>? msbuildProperties = null)
    {
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            new[] { CSharpSyntaxTree.ParseText(userSource, LatestParseOptions, path: "User.cs") },
            NetReferences.WithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new I2sBindingGenerator().AsSourceGenerator() },
            parseOptions: LatestParseOptions,
            optionsProvider: new PropertiesProvider(msbuildProperties ?? new Dictionary<string, string>()));
        var result = driver.RunGenerators(compilation).GetRunResult();
        var errors = result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Generator failed: " + string.Join("; ", errors));
        }

        return result.Results.SelectMany(static r => r.GeneratedSources)
            .Where(static s => !s.HintName.EndsWith(".I2sNative.g.cs", StringComparison.Ordinal))
            .ToImmutableDictionary(static s => s.HintName, static s => s.SourceText.ToString(), StringComparer.Ordinal);
    }

    private sealed class PropertiesProvider : AnalyzerConfigOptionsProvider
    {
        public PropertiesProvider(IReadOnlyDictionary<string, string> properties) =>
            GlobalOptions = new Options(properties.ToImmutableDictionary(static p => "build_property." + p.Key, static p => p.Value));

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            var found = _values.TryGetValue(key, out var text);
            value = text ?? string.Empty;
            return found;
        }
    }
}
