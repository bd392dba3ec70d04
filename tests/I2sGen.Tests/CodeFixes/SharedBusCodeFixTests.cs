using System.Threading.Tasks;
using I2sGen.CodeFixes;
using Xunit;

namespace I2sGen.Tests.CodeFixes;

/// <summary>The mechanical fixes of the shared-bus rules: copy the full-duplex partner's value (I2S0701), the bus's sharing (I2S0703).</summary>
public sealed class SharedBusCodeFixTests
{
    private const string Mic = "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class Mic { }\n";

    private static string Speaker(string arguments) =>
        $"[I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, ChannelFormat = I2sChannelFormat.RightLeft, {arguments})]\npublic partial class Speaker {{ }}\n";

    [Fact]
    public Task SampleRateBecomesThePartners() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic + Speaker("DataFormat = I2sDataFormat.B32, {|I2S0701:SampleRate = 48000|}"),
        Mic + Speaker("DataFormat = I2sDataFormat.B32, SampleRate = 16000"));

    [Fact]
    public Task DataFormatBecomesThePartners() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic + Speaker("{|I2S0701:DataFormat = I2sDataFormat.B16|}, SampleRate = 16000"),
        Mic + Speaker("DataFormat = I2sDataFormat.B32, SampleRate = 16000"));

    [Fact]
    public Task DmaCountBecomesThePartners() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic + Speaker("DataFormat = I2sDataFormat.B32, SampleRate = 16000, {|I2S0701:DmaCount = 8|}"),
        Mic + Speaker("DataFormat = I2sDataFormat.B32, SampleRate = 16000, DmaCount = 16"));

    [Fact]
    public Task SharingBecomesTheFirstMembers() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic + Speaker("DataFormat = I2sDataFormat.B32, SampleRate = 16000, {|I2S0703:BusSharing = I2sBusSharing.TakeTurns|}"),
        Mic + Speaker("DataFormat = I2sDataFormat.B32, SampleRate = 16000, BusSharing = I2sBusSharing.FullDuplex"));

    /// <summary>I2S0309: the later binding takes the earlier one's BCK and WS, and the pair becomes a (full-duplex) shared bus.</summary>
    [Fact]
    public Task BusInUseWithOtherClockPinsJoinsTheSharedBus() => CodeFixTest<ShareBusCodeFix>.VerifyAsync(
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n"
        + "[I2sSpeaker({|I2S0309:Bus = 0|}, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Speaker { }\n",
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n"
        + "[I2sSpeaker(Bus = 0, Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Speaker { }\n");
}
