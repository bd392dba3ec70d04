using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using I2sGen.Generator.Emit.CSharp;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>The generated <c>I2sGen.Host.I2sSimulator</c>: emitted once per compilation, host-only, with a struct that mirrors the C layout.</summary>
public sealed class SimulatorApiTests
{
    [Fact]
    public void SimulatorApiMatchesBaseline()
    {
        var generated = WrapperConfigurations.Get("Inmp441Esp32").Generate();

        BaselineAssert.Matches(WrapperBaselineTests.SimulatorBaseline, generated[SimulatorEmitter.HintName]);
    }

    [Fact]
    public void SimulatorApiIsEmittedOnceForSeveralBindings()
    {
        var source = WrapperConfigurations.Get("Inmp441Esp32").Source + "\n" + WrapperConfigurations.Get("Max98357Speaker").Source.Replace("using I2sGen;", string.Empty, StringComparison.Ordinal);

        var generated = WrapperConfigurations.Generate(source);

        Assert.Single(generated.Keys, static key => key.Contains("I2sSimulator", StringComparison.Ordinal));
        Assert.Equal(2, generated.Keys.Count(static key => key.EndsWith(".I2s.g.cs", StringComparison.Ordinal)));
        Assert.Contains("private const string Library = \"Demo.App.I2sHost\";", generated[SimulatorEmitter.HintName], StringComparison.Ordinal);
    }

    [Fact]
    public void SimulatorApiIsNotEmittedWithoutBindings()
    {
        var generated = WrapperConfigurations.Generate("namespace Demo { internal static class Nothing { } }");

        Assert.Empty(generated);
    }

    [Fact]
    public void SimulatorApiIsAbsentOnNanoframework()
    {
        var generated = WrapperConfigurations.Get("Inmp441Esp32").Generate()[SimulatorEmitter.HintName];

        // Compiling it alone for nanoFramework yields nothing to complain about: the whole file is #if'd out.
        var diagnostics = NanoCompiler.CompileUserCode(new[] { generated });

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    [Fact]
    public void StatsStructHasTheSizeOfI2sSimStatsT()
    {
        var (sources, _) = WrapperCompilation.SourcesOf(WrapperConfigurations.Get("Inmp441Esp32"));
        using var image = new MemoryStream();
        Assert.True(TestCompilation.TryEmit(WrapperCompilation.CreateNetCompilation(sources), image, out var diagnostics), TestCompilation.Describe(diagnostics));

        var context = new AssemblyLoadContext("SimulatorLayout", isCollectible: true);
        try
        {
            image.Position = 0;
            var stats = context.LoadFromStream(image).GetType("I2sGen.Host.I2sSimulator+Stats", throwOnError: true)!;

            Assert.Equal(SimulatorEmitter.StatsSize, Marshal.SizeOf(stats));
            Assert.Equal(120, Marshal.SizeOf(stats));
            Assert.Equal(0, (int)Marshal.OffsetOf(stats, "AppBytes"));
            Assert.Equal(96, (int)Marshal.OffsetOf(stats, "State"));
            Assert.Equal(116, (int)Marshal.OffsetOf(stats, "QueuedBuffers"));
        }
        finally
        {
            context.Unload();
        }
    }
}
