using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// Global analyzer options as a build passes MSBuild properties to a generator: each property <c>P</c> listed in
/// CompilerVisibleProperty arrives as <c>build_property.P</c>. Per-file options are empty.
/// </summary>
internal sealed class MsBuildOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

    public MsBuildOptionsProvider(IReadOnlyDictionary<string, string>? properties)
    {
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in properties ?? new Dictionary<string, string>())
        {
            options["build_property." + pair.Key] = pair.Value;
        }

        GlobalOptions = new DictionaryOptions(options.ToImmutable());
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
