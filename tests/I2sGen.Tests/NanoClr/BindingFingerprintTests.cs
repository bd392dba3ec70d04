using I2sGen.Generator.Model;
using Xunit;

namespace I2sGen.Tests.NanoClr;

/// <summary>The fingerprint the wrapper passes to I2sNative.Init and the dispatch table holds.</summary>
public sealed class BindingFingerprintTests
{
    private static readonly BindingConfig Config = new(BindingKind.Microphone, 0, 13, 14, 34, -1, -1, 1, 9, 32, 4, 16000, 4, 256, 0);

    private static readonly BindingSpec Spec = new("Demo", "Mic", "public", "mic", "Demo.App", Config, TargetConfig.Default,
        I2sGen.Generator.Hardware.FiguresCalculator.TryCompute(Config, TargetConfig.Default)!);

    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Fnv1aMatchesThePublishedTestVectors(string text, uint expected)
    {
        Assert.Equal(expected, BindingFingerprint.Fnv1a(text));
    }

    [Fact]
    public void CanonicalTextNamesTheTargetKindAndEveryArgument()
    {
        Assert.Equal(
            "i2sgen-binding/1;chip=Esp32;driver=Std;kind=Microphone;Bus=0;Bck=13;Ws=14;Sdin=34;Sdout=-1;Mclk=-1;Standard=1;Mode=9;"
            + "DataFormat=32;ChannelFormat=4;SampleRate=16000;DmaCount=4;DmaLength=256;ApllRate=0",
            BindingFingerprint.CanonicalText(Spec));
    }

    [Fact]
    public void ANonDefaultReleaseAndRevisionExtendTheText()
    {
        var target = Spec.Target with { IdfVersion = new I2sGen.Generator.Hardware.Idf.IdfVersion(6, 0, 0), ChipRevision = 301 };
        Assert.EndsWith(";ApllRate=0;idf=6.0.0;revision=301", BindingFingerprint.CanonicalText(Spec with { Target = target }), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnyConfigurationChangeChangesTheFingerprintAndNamesDoNot()
    {
        var original = BindingFingerprint.Of(Spec);
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Config = Spec.Config with { SampleRate = 16001 } }));
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Config = Spec.Config with { DmaLength = 255 } }));
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Target = Spec.Target with { Driver = Driver.Legacy } }));
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Target = Spec.Target with { Chip = Chip.Esp32S3 } }));
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Config = Spec.Config with { Kind = BindingKind.General } }));
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Target = Spec.Target with { IdfVersion = new I2sGen.Generator.Hardware.Idf.IdfVersion(5, 3, 0) } }));
        Assert.NotEqual(original, BindingFingerprint.Of(Spec with { Target = Spec.Target with { ChipRevision = 300 } }));
        Assert.Equal(original, BindingFingerprint.Of(Spec with { BindingIndex = 3, AssemblyName = "Other" }));
    }
}
