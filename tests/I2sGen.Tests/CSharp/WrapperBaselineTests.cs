using System;
using System.Linq;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Emit.CSharp;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>The generated wrapper of every configuration, byte for byte (hint name and text).</summary>
public sealed class WrapperBaselineTests
{
    /// <summary>The baseline of the simulator control API (<see cref="SimulatorApiTests"/>), in the same folder.</summary>
    public const string SimulatorBaseline = "CSharp/I2sSimulator.cs.txt";

    public static string BaselineOf(string name) => "CSharp/" + name + ".cs.txt";

    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void WrapperMatchesBaseline(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        var generated = configuration.Generate();

        BaselineAssert.Matches(BaselineOf(name), generated[configuration.FullName + ".I2s.g.cs"]);
    }

    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void GeneratesExactlyTheWrapperTheSimulatorApiAndTheNativePayload(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        var run = GeneratorHarness.Run(configuration.Source, configuration.Properties, WrapperConfigurations.AssemblyName);

        Assert.Equal(
            new[] { configuration.FullName + ".I2s.g.cs", SimulatorEmitter.HintName, NativePayload.CompilationHintName }.OrderBy(static h => h, StringComparer.Ordinal),
            run.Sources.Select(static source => source.HintName));
    }

    /// <summary>Baselines/CSharp holds exactly the wrapper of every configuration and the simulator API.</summary>
    [Fact]
    public void FolderHoldsNoStaleBaselines() =>
        BaselineAssert.HoldsOnly("CSharp", WrapperConfigurations.All.Select(static c => BaselineOf(c.Name)).Append(SimulatorBaseline));

    [Fact]
    public void GenerationIsDeterministic()
    {
        var configuration = WrapperConfigurations.Get("Inmp441Esp32");
        var first = configuration.Generate();
        var second = configuration.Generate();

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
        Assert.All(first.Values, static text => Assert.DoesNotContain("\r", text, StringComparison.Ordinal));
    }

    [Fact]
    public void GeneratedCodeIsStampedWithThePackageVersion()
    {
        var generated = WrapperConfigurations.Get("Inmp441Esp32").Generate();
        var version = typeof(GeneratorInfo).Assembly.GetName().Version!;

        Assert.NotEqual("1.0.0.0", GeneratorInfo.Version);
        Assert.StartsWith(version.Major + "." + version.Minor + "." + version.Build, GeneratorInfo.Version, StringComparison.Ordinal);
        Assert.Contains("[I2sGenGeneratedCode(\"I2sGen\", \"" + GeneratorInfo.Version + "\")]", generated["Demo.Audio.Inmp441.I2s.g.cs"], StringComparison.Ordinal);
    }
}
