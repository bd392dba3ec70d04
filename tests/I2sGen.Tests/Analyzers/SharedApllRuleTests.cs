using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0409: one APLL per chip; two bindings that need it at different frequencies (written or chosen).</summary>
public sealed class SharedApllRuleTests
{
    private static string Mic(string clock) =>
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, {clock})]\npublic partial class Mic {{ }}\n";

    private static string Amp(string clock) =>
        $"[I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, {clock})]\npublic partial class Amp {{ }}\n";

    [Fact]
    public Task BothWrittenAtDifferentFrequencies() => AnalyzerTest.VerifyAsync(
        Mic("SampleRate = 16000, ApllRate = 4096000") + Amp("SampleRate = 44100, {|I2S0409:ApllRate = 11289600|}"));

    [Fact]
    public Task SameFrequencyIsShared() => AnalyzerTest.VerifyAsync(
        Mic("SampleRate = 44100, ApllRate = 11289600") + Amp("SampleRate = 44100, ApllRate = 11289600"));

    [Fact]
    public Task OneOffTheApllIsClean() => AnalyzerTest.VerifyAsync(
        Mic("SampleRate = 16000, ApllRate = 4096000") + Amp("SampleRate = 44100, ApllRate = 0"));

    /// <summary>Both sources left open on ESP32: 44.1 kHz and 22.05 kHz each choose the APLL (I2S0406), at different frequencies.</summary>
    [Fact]
    public async Task ChosenApllsAreCheckedToo()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic("SampleRate = 44100") + Amp("SampleRate = 22050"));
        Assert.Equal(2, diagnostics.Count(static d => d.Id == "I2S0406"));
        var shared = Assert.Single(diagnostics, static d => d.Id == "I2S0409");
        var message = shared.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Amp clocks from the audio PLL at 5644800 Hz and Mic at 11289600 Hz", message, System.StringComparison.Ordinal);
        Assert.Contains("write ApllRate = 0", message, System.StringComparison.Ordinal);
    }

    /// <summary>ESP32-S3 has no APLL: nothing can clash.</summary>
    [Fact]
    public Task ChipWithoutApllNeverReports() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 44100)]\npublic partial class Mic { }\n"
        + "[I2sSpeaker(Bus = 1, Bck = 7, Ws = 15, Sdout = 16, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 22050)]\npublic partial class Amp { }\n",
        "esp32s3");
}
