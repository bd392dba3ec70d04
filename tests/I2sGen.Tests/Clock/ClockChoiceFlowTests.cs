using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Clock;

/// <summary>
/// The clock choice is one decision: the MCLK multiple and source that <see cref="ClockChooser"/> picks are the ones
/// the generated C programs and the ones the generated C# constants state.
/// </summary>
public sealed class ClockChoiceFlowTests
{
    private static BindingConfig Config(int rate, int bits, int mclk = BindingConfig.NotConnected, int multiple = BindingConfig.NotGiven, int apllRate = 0, bool apllGiven = false) =>
        new(BindingKind.Microphone, 0, 4, 5, 6, -1, mclk, (int)Standard.Philips, (int)Mode.MasterRx, bits, (int)ChannelFormat.OnlyLeft,
            rate, 16, 64, apllRate, multiple, BindingConfig.NoBudgetGiven, apllGiven);

    /// <summary>ESP32-S3, 32-bit, 176.4 kHz: × 256 overflows ESP-IDF's arithmetic (+13.7 %); × 128 is exact.</summary>
    [Fact]
    public void OverflowingDefaultIsAvoidedInCAndCSharp()
    {
        var run = GeneratorHarness.Run(
            "using I2sGen;\n[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 176400)]\npublic partial class Mic { }\n",
            new Dictionary<string, string> { ["I2sGenChip"] = "esp32s3" });
        var c = run.NativeFiles.Single(static f => f.FileName.EndsWith("_i2s.c", System.StringComparison.Ordinal)).Content;
        Assert.Contains(".mclk_multiple = I2S_MCLK_MULTIPLE_128,", c, System.StringComparison.Ordinal);
        Assert.Contains(".clk_src = I2S_CLK_SRC_DEFAULT,", c, System.StringComparison.Ordinal);
        var csharp = string.Concat(run.CSharpSources.Values);
        Assert.Contains("public const double RealSampleRate = " + I2sGen.Generator.Emit.CSharp.CSharpLiterals.Double(176400) + ";", csharp, System.StringComparison.Ordinal);
        Assert.Contains("MCLK = 128 x fs, chosen by I2sGen for the closest rate", csharp, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ApllChoiceReachesTheLegacyConfig()
    {
        var run = GeneratorHarness.Run(
            "using I2sGen;\n[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 44100)]\npublic partial class Mic { }\n",
            new Dictionary<string, string> { ["I2sGenDriver"] = "legacy" });
        var c = run.NativeFiles.Single(static f => f.FileName.EndsWith("_i2s.c", System.StringComparison.Ordinal)).Content;
        Assert.Contains(".use_apll = true,", c, System.StringComparison.Ordinal);
        Assert.Contains(".fixed_mclk = 11289600,", c, System.StringComparison.Ordinal);
        Assert.Contains(".mclk_multiple = I2S_MCLK_MULTIPLE_256,", c, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Esp32", 48000, 16, 256, false)] // exact with the defaults: unchanged
    [InlineData("Esp32", 44100, 16, 256, true)] // PLL_F160M −5.5 ppm, the APLL −0.3 ppm
    [InlineData("Esp32", 48000, 24, 192, false)] // × 192 exact from PLL_F160M, before the APLL at × 384 (+0.4 ppm)
    [InlineData("Esp32S3", 176400, 32, 128, false)]
    [InlineData("Esp32S3", 44100, 16, 256, false)] // S3's 512 fraction limit: exact with the defaults
    [InlineData("Esp32", 1000000, 16, 256, false)] // nothing works: the defaults stay (I2S0401)
    public void ChoosesTheClosestRate(string chip, int rate, int bits, int multiple, bool apll)
    {
        var target = new TargetConfig(System.Enum.Parse<Chip>(chip), Driver.Std);
        var choice = ClockChooser.Choose(Config(rate, bits), target);
        Assert.Equal((multiple, apll), (choice.MclkMultiple, choice.UsesApll));
    }

    [Fact]
    public void WrittenSettingsAreKept()
    {
        var target = new TargetConfig(Chip.Esp32, Driver.Std);
        Assert.Equal((384, false), Pick(Config(44100, 16, multiple: 384, apllGiven: true)));
        Assert.Equal((256, false), Pick(Config(44100, 16, apllGiven: true)));
        Assert.Equal((384, true), Pick(Config(44100, 16, apllRate: 44100 * 384, apllGiven: true)));
        Assert.Equal((256, true), Pick(Config(44100, 16, mclk: 0))); // MCLK wired: the multiple stays, the source is open

        (int, bool) Pick(BindingConfig config)
        {
            var choice = ClockChooser.Choose(config, target);
            return (choice.MclkMultiple, choice.UsesApll);
        }
    }

    /// <summary>The stock firmware fixes MCLK and never uses the APLL: nothing is chosen, and a written ApllRate is not obeyed.</summary>
    [Fact]
    public void StockBackendChoosesNothingAndNeverTheApll()
    {
        var target = new TargetConfig(Chip.Esp32, Driver.Legacy) { Backend = Backend.Stock };
        Assert.Equal((256, false), Pick(Config(44100, 16)));
        Assert.Equal((256, false), Pick(Config(44100, 16, apllRate: 44100 * 256, apllGiven: true)));
        Assert.Equal((384, false), Pick(Config(48000, 24)));

        (int, bool) Pick(BindingConfig config)
        {
            var choice = ClockChooser.Choose(config, target);
            return (choice.MclkMultiple, choice.UsesApll);
        }
    }
}
