using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0401-I2S0405: what the I2S clock tree can produce, and the audio PLL.</summary>
public sealed class ClockRuleTests
{
    private static Task Mic(string clock, string? chip = null, string pins = "Bck = 14, Ws = 13, Sdin = 32") =>
        AnalyzerTest.VerifyAsync($"[I2sMicrophone({pins}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, {clock})]\npublic partial class Mic {{ }}\n", chip);

    [Theory]
    [InlineData("{|I2S0401:SampleRate = 400000|}")] // 160 MHz ≤ 1.99 × MCLK
    [InlineData("{|I2S0401:SampleRate = 2000|}")] // MCLK divider ≥ 256
    public Task SampleRateInfeasible(string clock) => Mic(clock);

    [Theory]
    [InlineData("SampleRate = 8000")]
    [InlineData("SampleRate = 48000")]
    [InlineData("SampleRate = 44100")] // −5.5 ppm: within tolerance
    public Task FeasibleRateIsClean(string clock) => Mic(clock);

    [Fact]
    public Task SampleRateInexact() => Mic("{|I2S0402:SampleRate = 176400|}");

    /// <summary>
    /// ESP32-S3, 32-bit, MCLK = 256 × 176400: the fraction search of hal_utils (limit 512 on S3) overflows 32 bits and
    /// ESP-IDF 5.5.1 programs 3 + 26/223, so the chip runs at 200,539.568 Hz (+13.7 %); ESP32 (limit 64) gives +64 ppm.
    /// </summary>
    [Fact]
    public Task SampleRateFarOffFromEspIdfOverflow() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {|I2S0405:SampleRate = 176400|})]\npublic partial class Mic { }\n",
        "esp32s3");

    [Fact]
    public async Task SampleRateFarOffNamesTheRealRate()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            "using I2sGen;\n[assembly: I2sTarget(Chip = I2sChip.Esp32S3)]\n"
            + "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 176400)]\npublic partial class Mic { }\n");
        var farOff = Assert.Single(diagnostics, static d => d.Id == "I2S0405");
        Assert.Contains("200539.568 Hz", farOff.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("+13.7 %", farOff.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, static d => d.Id == "I2S0402");
    }

    /// <summary>On ESP32-S3 the 512 fraction limit makes 48 kHz 24-bit (× 384) exact; ESP32's limit of 64 does not.</summary>
    [Theory]
    [InlineData("esp32s3", "Bck = 4, Ws = 5, Sdin = 6", "SampleRate = 48000")]
    [InlineData(null, "Bck = 14, Ws = 13, Sdin = 32", "{|I2S0402:SampleRate = 48000|}")]
    public Task FractionLimitIsPerChip(string? chip, string pins, string rate) => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone({pins}, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 66, {rate})]\npublic partial class Mic {{ }}\n",
        chip);

    /// <summary>The legacy driver of ESP-IDF 5.5 only requires MCLK ≤ source clock: 500 kHz at × 256 is accepted (N = 1).</summary>
    [Theory]
    [InlineData("Std", "{|I2S0401:SampleRate = 500000|}")]
    [InlineData("Legacy", "SampleRate = 500000")]
    public Task UpperLimitIsPerDriver(string driver, string rate) => AnalyzerTest.VerifyAsync(
        $"[assembly: I2sTarget(Driver = I2sDriver.{driver})]\n"
        + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, {rate})]\npublic partial class Mic {{ }}\n",
        null);

    [Fact]
    public Task ApllOnChipWithout() => Mic("SampleRate = 44100, {|I2S0403:ApllRate = 11289600|}", "esp32s3", "Bck = 4, Ws = 5, Sdin = 6");

    [Fact]
    public Task ApllOnEsp32IsClean() => Mic("SampleRate = 44100, ApllRate = 11289600");

    [Theory]
    [InlineData("SampleRate = 44100, {|I2S0404:ApllRate = 1000|}")]
    [InlineData("SampleRate = 44100, {|I2S0404:ApllRate = -1|}")]
    public Task ApllRateInvalid(string clock) => Mic(clock);

    [Theory]
    [InlineData("Std", "ApllRate = 8192000")] // 16 kHz × 512: the std driver has I2S_MCLK_MULTIPLE_512
    [InlineData("Legacy", "{|I2S0404:ApllRate = 8192000|}")] // IDF 4.4's legacy enum stops at 384
    [InlineData("Legacy", "ApllRate = 6144000")] // × 384 is fine on both
    public Task MclkMultipleOf512OnlyOnTheStdDriver(string driver, string apll) => AnalyzerTest.VerifyAsync(
        $"[assembly: I2sTarget(Driver = I2sDriver.{driver})]\n"
        + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, {apll})]\npublic partial class Mic {{ }}\n",
        null);
}
