using System;
using System.Collections.Concurrent;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.Native;

/// <summary>Runs the generator for a <see cref="NativeCase"/> once per test process and checks the run is clean.</summary>
internal static class NativeGeneration
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> Runs = new(StringComparer.Ordinal);

    public static GeneratorRun Run(NativeCase nativeCase) =>
        Runs.GetOrAdd(nativeCase.Name, _ => new Lazy<GeneratorRun>(() =>
            GeneratorHarness.Run(nativeCase.Source, nativeCase.Properties).AssertClean("Case " + nativeCase.Name))).Value;
}
