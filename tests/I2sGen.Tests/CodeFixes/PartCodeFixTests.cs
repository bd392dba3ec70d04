using System.Threading.Tasks;
using I2sGen.CodeFixes;
using Xunit;

namespace I2sGen.Tests.CodeFixes;

/// <summary>The mechanical fixes of the part rules: the strapped channel format, the part's slot width and standard, no MCLK.</summary>
public sealed class PartCodeFixTests
{
    private const string Pins = "Bck = 14, Ws = 13, Sdin = 32";
    private const string Part = "Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low";

    private static string Mic(string arguments) => $"[I2sMicrophone({arguments})]\npublic partial class Mic {{ }}\n";

    [Fact]
    public Task SilentMicrophoneGetsTheStrappedSide() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"{Pins}, {Part}, DataFormat = I2sDataFormat.B32, {{|I2S0605:ChannelFormat = I2sChannelFormat.OnlyRight|}}, SampleRate = 16000"),
        Mic($"{Pins}, {Part}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"));

    [Fact]
    public Task StereoMicrophoneBecomesTheStrappedSide() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"{Pins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.High, DataFormat = I2sDataFormat.B32, {{|I2S0606:ChannelFormat = I2sChannelFormat.RightLeft|}}, SampleRate = 16000"),
        Mic($"{Pins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.High, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 16000"));

    [Fact]
    public Task NarrowSlotBecomesThePartsSlotWidth() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"{Pins}, {Part}, {{|I2S0607:DataFormat = I2sDataFormat.B16|}}, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"),
        Mic($"{Pins}, {Part}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"));

    [Fact]
    public Task StandardBecomesThePartsStandard() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"{Pins}, {Part}, {{|I2S0608:Standard = I2sStandard.Msb|}}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"),
        Mic($"{Pins}, {Part}, Standard = I2sStandard.Philips, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"));

    [Fact]
    public Task UnusedMclkIsDisconnected() => new CodeFixTest<SetArgumentValueCodeFix>(
        Mic($"Bck = 4, Ws = 5, Sdin = 6, {{|I2S0612:Mclk = 7|}}, {Part}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"),
        Mic($"Bck = 4, Ws = 5, Sdin = 6, Mclk = -1, {Part}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000"))
    {
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.I2sGenChip = esp32s3\n") } },
        FixedState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.I2sGenChip = esp32s3\n") } },
    }.RunAsync();
}
