using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using I2sGen.Generator;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Model;
using I2sGen.Tests.Analyzers.Fuzz;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// 10,000 random attribute argument sets through the analyzer and the generator, in batches of one compilation per
/// chip/driver pair. The <see cref="BindingOracle"/>, written from ESP-IDF facts stated in the test
/// (<see cref="ChipFacts"/>), decides each set both ways: the exact error IDs it must get, and so whether it is
/// valid, in which case it must be free of errors AND generated; an invalid set must not be generated. The rules it
/// leaves to the engine are named in <see cref="BindingOracle.EngineOnly"/>. Also: no analyzer or generator
/// exception (AD0001, CS8785), and the generated code compiles (C# always; C with gcc -pedantic against
/// native/include configured for the batch's chip).
/// </summary>
public sealed class RandomizedBindingTests
{
    private const int Total = 10_000;
    private const int BatchSize = 500;
    private const int Seed = 20250101;

    /// <summary>Rules that compare bindings: a batch shares pins and buses by construction, so they are not per-set findings.</summary>
    private static readonly HashSet<string> CrossBindingIds = new() { "I2S0007", "I2S0308", "I2S0309" };

    private readonly ITestOutputHelper _output;

    public RandomizedBindingTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task RandomArgumentSetsKeepTheInvariants()
    {
        var clock = Stopwatch.StartNew();
        var targets = ChipTable.All.SelectMany(static chip => new[] { (chip, Driver.Std), (chip, Driver.Legacy) }).ToArray();
        var factory = new FuzzBindingFactory(Seed);
        var batches = new List<(ChipInfo Chip, Driver Driver, List<FuzzBinding> Bindings)>();
        for (var start = 0; start < Total; start += BatchSize)
        {
            var (chip, driver) = targets[(start / BatchSize) % targets.Length];
            batches.Add((chip, driver, Enumerable.Range(start, BatchSize).Select(i => factory.Next(i, chip)).ToList()));
        }

        var failures = new ConcurrentBag<string>();
        var nativeFiles = new ConcurrentBag<(ChipInfo Chip, Driver Driver, int Batch, NativeFile File)>();
        int valid = 0, invalid = 0, emitted = 0;
        await Parallel.ForEachAsync(batches.Select(static (batch, index) => (batch.Chip, batch.Driver, batch.Bindings, Index: index)), async (batch, _) =>
        {
            var (v, i, e) = await RunBatchAsync(batch.Chip, batch.Driver, batch.Index, batch.Bindings, failures, nativeFiles);
            System.Threading.Interlocked.Add(ref valid, v);
            System.Threading.Interlocked.Add(ref invalid, i);
            System.Threading.Interlocked.Add(ref emitted, e);
        });

        // Each batch (one compilation, one firmware component) is compiled on its own, with the stand-in headers configured
        // for its chip, as its firmware would be: two compilations both have an i2sgen_bus0.h of their own shared bus.
        var compiled = 0;
        foreach (var group in nativeFiles.GroupBy(static n => (n.Chip, n.Driver, n.Batch)).OrderBy(static g => g.Key.Batch))
        {
            var files = group.Select(static n => n.File).ToList();
            compiled += files.Count(static f => f.FileName.EndsWith(".c", StringComparison.Ordinal) && GeneratedCCompiler.IsRealC(f));
            foreach (var problem in await GeneratedCCompiler.CompileAsync(files, GeneratedCCompiler.TargetFlags(group.Key.Chip, group.Key.Driver)))
            {
                failures.Add($"gcc {group.Key.Chip.DisplayName}/{group.Key.Driver}: {problem}");
            }
        }

        _output.WriteLine($"{valid} valid by the oracle, {invalid} invalid, {emitted} generated, {compiled} C sources compiled, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        Assert.Equal(Total, valid + invalid);
        Assert.True(valid > Total / 5, $"only {valid} valid sets: the factory no longer reaches the generator often enough");
        Assert.True(invalid > Total / 5, $"only {invalid} invalid sets: the factory no longer exercises the rules");
        // Every generated binding's C was compiled; only valid sets were generated (checked per set above).
        Assert.Equal(emitted, compiled);
        Assert.True(emitted > valid * 9 / 10, $"only {emitted} of {valid} valid sets generated: the engine-only rules reject too many");
    }

    private static async Task<(int Valid, int Invalid, int Emitted)> RunBatchAsync(
        ChipInfo chip, Driver driver, int batch, List<FuzzBinding> bindings, ConcurrentBag<string> failures, ConcurrentBag<(ChipInfo Chip, Driver Driver, int Batch, NativeFile File)> nativeFiles)
    {
        // Line n + 3 (1-based) holds binding n, so a diagnostic's line names its binding.
        var source = "using I2sGen;\nnamespace Fuzz;\n\n" + string.Join("\n", bindings.Select(static b => b.ToSource())) + "\n";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/fuzz/Batch.cs");
        var compilation = AnalyzerRunner.Compile(new[] { tree });
        var options = new TestOptionsProvider(chip.IdfTarget, driver == Driver.Legacy ? "legacy" : "std");
        var context = $"{chip.DisplayName}/{driver}";

        var exceptions = new ConcurrentBag<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options),
            (exception, _, _) => exceptions.Add(exception.ToString()),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new I2sGen.Generator.Analyzers.I2sBindingAnalyzer()), analyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        foreach (var exception in exceptions)
        {
            failures.Add($"{context}: analyzer exception {exception}");
        }

        foreach (var diagnostic in diagnostics.Where(static d => d.Id == "AD0001"))
        {
            failures.Add($"{context}: {diagnostic}");
        }

        var errorsByBinding = new Dictionary<int, List<Diagnostic>>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error || CrossBindingIds.Contains(diagnostic.Id) || !diagnostic.Location.IsInSource)
            {
                continue;
            }

            var index = diagnostic.Location.GetLineSpan().StartLinePosition.Line - 3;
            if (index < 0 || index >= bindings.Count)
            {
                failures.Add($"{context}: diagnostic outside any binding: {diagnostic}");
                continue;
            }

            if (!errorsByBinding.TryGetValue(index, out var list))
            {
                errorsByBinding[index] = list = new List<Diagnostic>();
            }

            list.Add(diagnostic);
        }

        var driverRun = CSharpGeneratorDriver.Create(
                new[] { new I2sBindingGenerator().AsSourceGenerator() },
                parseOptions: (CSharpParseOptions)tree.Options,
                optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        foreach (var diagnostic in generatorDiagnostics)
        {
            failures.Add($"{context}: generator diagnostic {diagnostic}");
        }

        var result = driverRun.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            failures.Add($"{context}: generator exception {result.Exception}");
        }

        var generated = new HashSet<string>(result.GeneratedSources.Select(static s => s.HintName), StringComparer.Ordinal);
        foreach (var source2 in result.GeneratedSources)
        {
            foreach (var file in NativePayload.Parse(source2.SourceText.ToString()))
            {
                nativeFiles.Add((chip, driver, batch, file));
            }
        }

        int valid = 0, invalid = 0, emittedCount = 0;
        var facts = ChipFacts.For(chip.Chip);
        for (var index = 0; index < bindings.Count; index++)
        {
            var binding = bindings[index];
            var reported = new SortedSet<string>(errorsByBinding.GetValueOrDefault(index)?.Select(static d => d.Id) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            var emitted = generated.Contains("Fuzz." + binding.ClassName + ".I2s.g.cs");
            var verdict = BindingOracle.Judge(binding, facts, driver);
            var missing = verdict.Errors.Where(id => !reported.Contains(id)).ToList();
            var unexpected = reported.Where(id => !verdict.Errors.Contains(id) && !verdict.EngineDecided.Contains(id)).ToList();
            if (missing.Count > 0 || unexpected.Count > 0)
            {
                failures.Add($"{context}: {binding.ToSource()} expected [{string.Join(", ", verdict.Errors)}] ({string.Join("; ", verdict.Reasons)}), got [{string.Join(", ", reported)}]: {string.Join("; ", errorsByBinding.GetValueOrDefault(index)?.Select(static d => d.Id + " " + d.GetMessage()) ?? Array.Empty<string>())}");
            }

            // Valid (no error expected, and no engine-only error reported) must be generated; anything else must not be.
            var shouldEmit = verdict.IsValid && !reported.Overlaps(verdict.EngineDecided);
            if (emitted != shouldEmit)
            {
                failures.Add($"{context}: {(emitted ? "generated although invalid" : "not generated although valid")}: {binding.ToSource()} [{string.Join(", ", reported)}]");
            }

            emittedCount += emitted ? 1 : 0;
            if (verdict.IsValid)
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }

        // The generated C# must compile against the user's half of each class.
        foreach (var generatedTree in output.SyntaxTrees.Where(t => t != tree))
        {
            foreach (var error in output.GetSemanticModel(generatedTree).GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).Take(3))
            {
                failures.Add($"{context}: generated C# does not compile: {error}");
            }
        }

        return (valid, invalid, emittedCount);
    }
}
