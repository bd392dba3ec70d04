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

    /// <summary>With the clock pinned (× 256 from PLL_F160M) as ESP-IDF's defaults have it.</summary>
    [Theory]
    [InlineData("MclkMultiple = 256, ApllRate = 0, {|I2S0401:SampleRate = 400000|}")] // 160 MHz ≤ 1.99 × MCLK
    [InlineData("MclkMultiple = 256, ApllRate = 0, {|I2S0401:SampleRate = 2000|}")] // MCLK divider ≥ 256
    [InlineData("{|I2S0401:SampleRate = 1000000|}")] // no multiple (× 128: 128 MHz) nor the APLL (≤ 125 MHz) reaches it
    public Task SampleRateInfeasible(string clock) => Mic(clock);

    [Theory]
    [InlineData("SampleRate = 8000")]
    [InlineData("SampleRate = 48000")]
    [InlineData("SampleRate = 44100, ApllRate = 0")] // −5.5 ppm from PLL_F160M: within tolerance
    public Task FeasibleRateIsClean(string clock) => Mic(clock);

    [Fact]
    public Task SampleRateInexact() => Mic("MclkMultiple = 256, ApllRate = 0, {|I2S0402:SampleRate = 176400|}");

    /// <summary>
    /// ESP32-S3, 32-bit, MCLK = 256 × 176400: the fraction search of hal_utils (limit 512 on S3) overflows 32 bits and
    /// ESP-IDF 5.5.1 programs 3 + 26/223, so the chip runs at 200,539.568 Hz (+13.7 %); ESP32 (limit 64) gives +64 ppm.
    /// </summary>
    [Fact]
    public Task SampleRateFarOffFromEspIdfOverflow() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 256, {|I2S0405:SampleRate = 176400|})]\npublic partial class Mic { }\n",
        "esp32s3");

    [Fact]
    public async Task SampleRateFarOffNamesTheRealRate()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(
            "using I2sGen;\n[assembly: I2sTarget(Chip = I2sChip.Esp32S3)]\n"
            + "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 256, SampleRate = 176400)]\npublic partial class Mic { }\n");
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
        $"[I2sMicrophone({pins}, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 66, MclkMultiple = 384, ApllRate = 0, {rate})]\npublic partial class Mic {{ }}\n",
        chip);

    /// <summary>The legacy driver of ESP-IDF 5.5 only requires MCLK ≤ source clock: 500 kHz at × 256 is accepted (N = 1).</summary>
    [Theory]
    [InlineData("Std", "{|I2S0401:SampleRate = 500000|}")]
    [InlineData("Legacy", "SampleRate = 500000")]
    public Task UpperLimitIsPerDriver(string driver, string rate) => AnalyzerTest.VerifyAsync(
        $"[assembly: I2sTarget(Driver = I2sDriver.{driver})]\n"
        + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 256, {rate})]\npublic partial class Mic {{ }}\n",
        null);

    [Fact]
    public Task ApllOnChipWithout() => Mic("SampleRate = 44100, {|I2S0403:ApllRate = 11289600|}", "esp32s3", "Bck = 4, Ws = 5, Sdin = 6");

    [Fact]
    public Task ApllOnEsp32IsClean() => Mic("SampleRate = 44100, ApllRate = 11289600");

    [Theory]
    [InlineData("SampleRate = 44100, {|I2S0404:ApllRate = 1000|}")]
    [InlineData("SampleRate = 44100, {|I2S0404:ApllRate = -1|}")]
    public Task ApllRateInvalid(string clock) => Mic(clock);

    /// <summary>The multiples are ESP-IDF 5.5.1's i2s_mclk_multiple_t (hal/i2s_types.h), which both drivers take.</summary>
    [Theory]
    [InlineData("Std", "ApllRate = 8192000")] // 16 kHz × 512
    [InlineData("Legacy", "ApllRate = 8192000")]
    [InlineData("Legacy", "ApllRate = 18432000")] // × 1152, from ESP-IDF 5.3
    [InlineData("Std", "{|I2S0404:ApllRate = 16000000|}")] // × 1000 is none
    public Task MclkMultiplesAreThoseOfTheIdfVersion(string driver, string apll) => AnalyzerTest.VerifyAsync(
        $"[assembly: I2sTarget(Driver = I2sDriver.{driver})]\n"
        + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, {apll})]\npublic partial class Mic {{ }}\n",
        null);
}
