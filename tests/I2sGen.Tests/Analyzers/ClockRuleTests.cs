using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
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

    /// <summary>
    /// 168 kHz × 256 = 43,008,000 Hz asks the APLL for 86,016,000 Hz: inside 5.3-125 MHz, but 2·(o_div+2)·f is
    /// 344 MHz at o_div 0 and 516 MHz at o_div 1, never within the multiplier's 350-500 MHz (esp-idf.md §6.7).
    /// Found by the randomized binding test; the message used to call the frequency out of range.
    /// </summary>
    [Fact]
    public async Task ApllFrequencyInTheDividerGap()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings
            + "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 168000, {|#0:ApllRate = 43008000|})]\npublic partial class Mic { }\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0404", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("ApllRate 43008000 needs an APLL frequency of 86016000 Hz, which no APLL output divider reaches with its multiplier within 350-500 MHz (the APLL cannot run between 83.3 and 87.5 MHz)"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("Std", "ApllRate = 8192000")] // 16 kHz × 512: the std driver has I2S_MCLK_MULTIPLE_512
    [InlineData("Legacy", "{|I2S0404:ApllRate = 8192000|}")] // IDF 4.4's legacy enum stops at 384
    [InlineData("Legacy", "ApllRate = 6144000")] // × 384 is fine on both
    public Task MclkMultipleOf512OnlyOnTheStdDriver(string driver, string apll) => AnalyzerTest.VerifyAsync(
        $"[assembly: I2sTarget(Driver = I2sDriver.{driver})]\n"
        + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, {apll})]\npublic partial class Mic {{ }}\n",
        null);
}
