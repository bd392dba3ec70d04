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
        var hint = Assert.Single(generated.Keys, static key => key.EndsWith(".I2s.g.cs", System.StringComparison.Ordinal));

        Assert.EndsWith(configuration.ClassName + ".I2s.g.cs", hint, System.StringComparison.Ordinal);
        BaselineAssert.Matches("CSharp/" + name + ".cs.txt", generated[hint]);
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var configuration = WrapperConfigurations.Get("Inmp441Esp32");
        var first = configuration.Generate();
        var second = configuration.Generate();

        Assert.Equal(first, second);
        Assert.All(first.Values, static text => Assert.DoesNotContain("\r", text, System.StringComparison.Ordinal));
    }
}
