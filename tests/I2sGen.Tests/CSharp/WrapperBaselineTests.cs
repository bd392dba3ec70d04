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
    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void Wrapper_matches_baseline(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        var generated = configuration.Generate();

        GeneratedBaseline.Matches("CSharp/" + name + ".cs.txt", generated[configuration.FullName + ".I2s.g.cs"]);
    }

    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void Generates_exactly_the_wrapper_the_simulator_api_and_the_native_payload(string name)
    {
        var configuration = WrapperConfigurations.Get(name);
        var run = GeneratorHarness.Run(configuration.Source, configuration.Properties, WrapperConfigurations.AssemblyName);

        Assert.Equal(
            new[] { configuration.FullName + ".I2s.g.cs", SimulatorEmitter.HintName, NativePayload.CompilationHintName }.OrderBy(static h => h, StringComparer.Ordinal),
            run.Sources.Select(static source => source.HintName));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var configuration = WrapperConfigurations.Get("Inmp441Esp32");
        var first = configuration.Generate();
        var second = configuration.Generate();

        Assert.Equal(first, second);
        Assert.All(first.Values, static text => Assert.DoesNotContain("\r", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_code_is_stamped_with_the_package_version()
    {
        var generated = WrapperConfigurations.Get("Inmp441Esp32").Generate();
        var version = typeof(GeneratorInfo).Assembly.GetName().Version!;

        Assert.NotEqual("1.0.0.0", GeneratorInfo.Version);
        Assert.StartsWith(version.Major + "." + version.Minor + "." + version.Build, GeneratorInfo.Version, StringComparison.Ordinal);
        Assert.Contains("[I2sGenGeneratedCode(\"I2sGen\", \"" + GeneratorInfo.Version + "\")]", generated["Demo.Audio.Inmp441.I2s.g.cs"], StringComparison.Ordinal);
    }
}
