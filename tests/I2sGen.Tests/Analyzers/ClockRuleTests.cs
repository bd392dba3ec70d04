using System.Threading.Tasks;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0401-I2S0404: what the I2S clock tree can produce, and the audio PLL.</summary>
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
