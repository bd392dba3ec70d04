using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using I2sGen.Generator;
using I2sGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// Runs the real <see cref="I2sBindingGenerator"/> over C# source, the way the compiler does in a build: a
/// compilation that references the runtime attributes (<c>I2sGen.Runtime</c>) and the .NET reference set, optional
/// global MSBuild properties (<c>I2sGenChip</c>, <c>I2sGenDriver</c>, ...), and step tracking for incremental tests.
/// </summary>
internal static class GeneratorHarness
{
    public const string DefaultAssemblyName = "I2sGenTests";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Parse options for test sources: the newest C# with the project's preprocessor symbols unset.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Creates a compilation of <paramref name="sources"/> that references the runtime assembly.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, string assemblyName = DefaultAssemblyName) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(static (text, index) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: "Source" + index + ".cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Creates a driver for the generator with the given global MSBuild properties (names without <c>build_property.</c>).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? msbuildProperties = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new I2sBindingGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new GlobalOptionsProvider(msbuildProperties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once over <paramref name="source"/>.</summary>
    public static GeneratorRun Run(string source, IReadOnlyDictionary<string, string>? msbuildProperties = null, string assemblyName = DefaultAssemblyName) =>
        Run(new[] { source }, msbuildProperties, assemblyName);

    /// <summary>Runs the generator once over several source files.</summary>
    public static GeneratorRun Run(IEnumerable<string> sources, IReadOnlyDictionary<string, string>? msbuildProperties = null, string assemblyName = DefaultAssemblyName)
    {
        var compilation = CreateCompilation(sources, assemblyName);
        var driver = CreateDriver(msbuildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The test host runs on .NET, whose trusted platform assemblies include netstandard.dll, which the
        // netstandard2.0 runtime assembly is built against.
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(static path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal)
                || name is "mscorlib.dll" or "netstandard.dll"));
        return platform
            .Append(typeof(I2sMicrophoneAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public GlobalOptionsProvider(IReadOnlyDictionary<string, string>? properties)
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
    }

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

/// <summary>The result of one generator run: the generated C# sources, the native files carried in their payloads, and the updated compilation.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(GeneratorDriver driver, GeneratorDriverRunResult result, Compilation outputCompilation, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Result = result;
        OutputCompilation = outputCompilation;
        GeneratorDiagnostics = generatorDiagnostics;
        Sources = result.Results.SelectMany(static r => r.GeneratedSources)
            .OrderBy(static s => s.HintName, StringComparer.Ordinal)
            .ToImmutableArray();
        NativeFiles = Sources.Where(static s => s.HintName.EndsWith(NativePayload.HintSuffix, StringComparison.Ordinal))
            .SelectMany(static s => NativePayload.Parse(s.SourceText.ToString()))
            .ToImmutableArray();
    }

    /// <summary>The driver after the run; pass it a changed compilation to test incremental caching.</summary>
    public GeneratorDriver Driver { get; }

    public GeneratorDriverRunResult Result { get; }

    public Compilation OutputCompilation { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>Every generated source, ordered by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> Sources { get; }

    /// <summary>The native files (C headers, sources, CMakeLists.txt) parsed back out of the payload sources.</summary>
    public ImmutableArray<NativeFile> NativeFiles { get; }

    /// <summary>Compiler errors of the output compilation (the user's code plus everything generated).</summary>
    public ImmutableArray<Diagnostic> CompilationErrors => OutputCompilation.GetDiagnostics()
        .Where(static d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    public NativeFile Native(string fileName) => NativeFiles.SingleOrDefault(f => f.FileName == fileName)
        ?? throw new InvalidOperationException("No native file " + fileName + "; generated: " + string.Join(", ", NativeFiles.Select(static f => f.FileName)));
}
