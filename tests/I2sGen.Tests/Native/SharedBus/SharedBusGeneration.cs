using System;
using System.Collections.Concurrent;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.Native.SharedBus;

/// <summary>Runs the generator for a <see cref="SharedBusCase"/> once per test process and checks the run is clean.</summary>
internal static class SharedBusGeneration
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> Runs = new(StringComparer.Ordinal);

    public static GeneratorRun Run(SharedBusCase sharedCase) =>
        Runs.GetOrAdd(sharedCase.Name, _ => new Lazy<GeneratorRun>(() =>
            GeneratorHarness.Run(sharedCase.Source, sharedCase.Properties).AssertClean("Case " + sharedCase.Name))).Value;
}
