using System.Threading.Tasks;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0101-I2S0112 and I2S0204: the seed's argument rules, each with a failing and a passing case.</summary>
public sealed class ArgumentRuleTests
{
    private const string Common = "Bck = 14, Ws = 13, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    private static Task Verify(string attribute, string? chip = null, string? driver = null) =>
        AnalyzerTest.VerifyAsync(attribute + "\npublic partial class Dev { }\n", chip, driver);

    [Fact]
    public Task GeneralReceiveWithSdinIsClean() => Verify($"[I2s(Mode = I2sMode.MasterRx, Sdin = 32, {Common})]");

    [Fact]
    public Task GeneralTransmitWithSdoutIsClean() => Verify($"[I2s(Mode = I2sMode.MasterTx, Sdout = 27, {Common})]");

    [Fact]
    public Task ReceiveWithSdoutOnly() => Verify($"[I2s(Mode = I2sMode.MasterRx, {{|I2S0101:Sdout = 27|}}, {Common})]");

    [Fact]
    public Task MicrophoneWithoutSdin() => Verify($"[{{|I2S0101:I2sMicrophone({Common})|}}]");

    [Fact]
    public Task TransmitWithSdinOnly() => Verify($"[I2s(Mode = I2sMode.MasterTx, {{|I2S0102:Sdin = 27|}}, {Common})]");

    [Fact]
    public Task SpeakerWithoutSdout() => Verify($"[{{|I2S0102:I2sSpeaker({Common})|}}]");

    [Fact]
    public Task BothDataPins() => Verify($"[I2s(Mode = I2sMode.MasterRx, Sdin = 32, {{|I2S0103:Sdout = 27|}}, {Common})]");

    [Fact]
    public Task BusBeyondEsp32() => Verify($"[I2sMicrophone({{|I2S0104:Bus = 2|}}, Sdin = 32, {Common})]");

    [Fact]
    public Task SecondBusOnEsp32IsClean() => Verify($"[I2sMicrophone(Bus = 1, Sdin = 32, {Common})]");

    [Fact]
    public Task SecondBusOnSingleControllerChip() => Verify(
        "[I2sMicrophone({|I2S0104:Bus = 1|}, Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]",
        chip: "esp32c3");

    [Fact]
    public Task NegativeBus() => Verify($"[I2sMicrophone({{|I2S0104:Bus = -1|}}, Sdin = 32, {Common})]");

    [Fact]
    public Task InvalidStandard() => Verify($"[I2sMicrophone({{|I2S0105:Standard = (I2sStandard)3|}}, Sdin = 32, {Common})]");

    [Theory]
    [InlineData("Philips")]
    [InlineData("Msb")]
    [InlineData("PcmShort")]
    public Task ValidStandardIsClean(string standard) => Verify($"[I2sMicrophone(Standard = I2sStandard.{standard}, Sdin = 32, {Common})]");

    [Fact]
    public Task InvalidMode() => Verify($"[I2s({{|I2S0106:Mode = (I2sMode)6|}}, Sdin = 32, {Common})]");

    [Fact]
    public Task MissingMode() => Verify($"[{{|I2S0109:I2s(Sdin = 32, {Common})|}}]");

    [Fact]
    public Task InvalidDataFormat() => Verify(
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, {|I2S0107:DataFormat = (I2sDataFormat)8|}, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]");

    [Theory]
    [InlineData("B16")]
    [InlineData("B24")]
    [InlineData("B32")]
    public Task ValidDataFormatIsClean(string format) => Verify(
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.{format}, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaLength = 63)]");

    [Fact]
    public Task InvalidChannelFormat() => Verify(
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, {|I2S0108:ChannelFormat = (I2sChannelFormat)5|}, SampleRate = 16000)]");

    [Theory]
    [InlineData("RightLeft")]
    [InlineData("AllRight")]
    [InlineData("AllLeft")]
    [InlineData("OnlyRight")]
    public Task ValidChannelFormatIsClean(string format) => Verify(
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.{format}, SampleRate = 16000)]");

    [Theory]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft")]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000")]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, SampleRate = 16000")]
    [InlineData("Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000")]
    [InlineData("Bck = 14, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000")]
    public Task MissingArgument(string arguments) => Verify($"[{{|I2S0109:I2sMicrophone({arguments})|}}]");

    [Theory]
    [InlineData("DmaCount = 1", null)]
    [InlineData("DmaCount = 129", "legacy")]
    public Task DmaCountOutOfRange(string argument, string? driver) => Verify($"[I2sMicrophone(Sdin = 32, {Common}, {{|I2S0110:{argument}|}})]", driver: driver);

    [Theory]
    [InlineData("DmaCount = 2", null)]
    [InlineData("DmaCount = 129", null)] // the std driver has no upper bound (esp-idf.md §3.7)
    [InlineData("DmaCount = 128", "legacy")]
    public Task DmaCountInRangeIsClean(string argument, string? driver) => Verify($"[I2sMicrophone(Sdin = 32, {Common}, {argument})]", driver: driver);

    [Theory]
    [InlineData("DmaLength = 0", null)]
    [InlineData("DmaLength = 7", "legacy")]
    [InlineData("DmaLength = 1025", "legacy")]
    public Task DmaLengthOutOfRange(string argument, string? driver) => Verify($"[I2sMicrophone(Sdin = 32, {Common}, {{|I2S0111:{argument}|}})]", driver: driver);

    [Theory]
    [InlineData("DmaLength = 1", null)]
    [InlineData("DmaLength = 8", "legacy")]
    [InlineData("DmaLength = 1023", "legacy")]
    public Task DmaLengthInRangeIsClean(string argument, string? driver) => Verify($"[I2sMicrophone(Sdin = 32, {Common}, {argument})]", driver: driver);

    [Fact]
    public Task NegativeSampleRate() => Verify(
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {|I2S0112:SampleRate = -8000|})]");

    [Fact]
    public Task LsbIsGeneratedAsMsb() => Verify($"[I2sMicrophone({{|I2S0204:Standard = I2sStandard.Lsb|}}, Sdin = 32, {Common})]");
}
