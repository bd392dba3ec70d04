using System.Collections.Generic;
using I2sGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// Runs the real <see cref="I2sBindingGenerator"/> over C# source, the way the compiler does in a build: a
/// compilation that references the runtime attributes (<c>I2sGen.Runtime</c>) and the .NET reference set, optional
/// global MSBuild properties (<c>I2sGenChip</c>, <c>I2sGenDriver</c>, ...), and step tracking for incremental tests.
/// </summary>
internal static class GeneratorHarness
{
    public const string DefaultAssemblyName = "I2sGenTests";

    /// <summary>Parse options for test sources and generated trees: the newest C#, no preprocessor symbols.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Creates a compilation of <paramref name="sources"/> that references the runtime assembly.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, string assemblyName = DefaultAssemblyName) =>
        TestCompilation.Create(sources, assemblyName, ParseOptions);

    /// <summary>Creates a driver for the generator with the given global MSBuild properties (names without <c>build_property.</c>).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? msbuildProperties = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new I2sBindingGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new MsBuildOptionsProvider(msbuildProperties),
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
}
