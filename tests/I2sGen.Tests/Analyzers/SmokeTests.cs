using System.Threading.Tasks;
using Xunit;

namespace I2sGen.Tests.Analyzers;

public sealed class SmokeTests
{
    [Fact]
    public Task CleanMicrophoneHasNoDiagnostic() => AnalyzerTest.VerifyAsync(Snippets.Mic());

    [Fact]
    public Task InputOnlyBck() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone({|I2S0302:Bck = 34|}, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n");
}
