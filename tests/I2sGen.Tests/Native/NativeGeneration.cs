using System;
using System.Collections.Concurrent;
using I2sGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace I2sGen.Tests.Native;

/// <summary>Runs the generator for a <see cref="NativeCase"/> once per test process and checks the run is clean.</summary>
internal static class NativeGeneration
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> Runs = new(StringComparer.Ordinal);

    public static GeneratorRun Run(NativeCase nativeCase) =>
        Runs.GetOrAdd(nativeCase.Name, _ => new Lazy<GeneratorRun>(() => RunClean(nativeCase))).Value;

    private static GeneratorRun RunClean(NativeCase nativeCase)
    {
        var run = GeneratorHarness.Run(nativeCase.Source, nativeCase.Properties);
        if (!run.GeneratorDiagnostics.IsEmpty || !run.CompilationErrors.IsEmpty)
        {
            throw new XunitException($"Case {nativeCase.Name} does not generate cleanly:\n"
                + string.Join("\n", run.GeneratorDiagnostics) + "\n" + string.Join("\n", run.CompilationErrors));
        }

        return run;
    }
}
