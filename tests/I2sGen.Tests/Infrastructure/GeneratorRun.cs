using System;
using System.Collections.Immutable;
using System.Linq;
using I2sGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace I2sGen.Tests.Infrastructure;

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
        NativeFiles = Sources.Where(static s => IsNativePayload(s.HintName))
            .SelectMany(static s => NativePayload.Parse(s.SourceText.ToString()))
            .ToImmutableArray();
        CSharpSources = Sources.Where(static s => !IsNativePayload(s.HintName))
            .ToImmutableSortedDictionary(static s => s.HintName, static s => s.SourceText.ToString(), StringComparer.Ordinal);
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

    /// <summary>The generated C# that is compiled into the user's assembly (every source but the native payloads), hint name → text.</summary>
    public ImmutableSortedDictionary<string, string> CSharpSources { get; }

    /// <summary>Compiler errors of the output compilation (the user's code plus everything generated).</summary>
    public ImmutableArray<Diagnostic> CompilationErrors => OutputCompilation.GetDiagnostics()
        .Where(static d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    public NativeFile Native(string fileName) => NativeFiles.SingleOrDefault(f => f.FileName == fileName)
        ?? throw new InvalidOperationException("No native file " + fileName + "; generated: " + string.Join(", ", NativeFiles.Select(static f => f.FileName)));

    /// <summary>Fails unless the generator reported nothing and the user's code plus the generated code compile without errors.</summary>
    public GeneratorRun AssertClean(string what)
    {
        if (!GeneratorDiagnostics.IsEmpty || !CompilationErrors.IsEmpty)
        {
            throw new XunitException($"{what} does not generate cleanly:\n"
                + string.Join("\n", GeneratorDiagnostics) + "\n" + string.Join("\n", CompilationErrors));
        }

        return this;
    }

    private static bool IsNativePayload(string hintName) => hintName.EndsWith(NativePayload.HintSuffix, StringComparison.Ordinal);
}
