using System.Linq;
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
        var hint = Assert.Single(generated.Keys, static key => key.EndsWith(".I2s.g.cs", System.StringComparison.Ordinal));

        Assert.EndsWith(configuration.ClassName + ".I2s.g.cs", hint, System.StringComparison.Ordinal);
        BaselineAssert.Matches(BaselineOf(name), generated[hint]);
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
        Assert.All(first.Values, static text => Assert.DoesNotContain("\r", text, System.StringComparison.Ordinal));
    }
}
