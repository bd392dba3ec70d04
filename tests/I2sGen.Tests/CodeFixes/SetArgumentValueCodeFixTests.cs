using System.Threading.Tasks;
using I2sGen.CodeFixes;
using Xunit;

namespace I2sGen.Tests.CodeFixes;

public sealed class SetArgumentValueCodeFixTests
{
    private const string Rest = "DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    private static string Mic(string arguments, string name = "Mic") => $"[I2sMicrophone({arguments})]\npublic partial class {name} {{ }}\n";

    [Fact]
    public Task SetsTheLargestValidDmaLength() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, {|I2S0201:DmaLength = 1024|}"),
        Mic("Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaLength = 511"));

    [Fact]
    public Task LegacyDmaLengthAboveRangeBecomesLargestValid() => new CodeFixTest<SetArgumentValueCodeFix>(
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {Rest}, {{|I2S0111:DmaLength = 2000|}}"),
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {Rest}, DmaLength = 1023"))
    {
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.I2sGenDriver = legacy\n") } },
        FixedState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.I2sGenDriver = legacy\n") } },
    }.RunAsync();

    [Fact]
    public Task AddsAnArgumentWhoseDefaultIsTheProblem() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        "[{|I2S0203:I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)|}]\npublic partial class Mic { }\n",
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaLength = 66)]\npublic partial class Mic { }\n");

    [Theory]
    [InlineData("{|I2S0302:Bck = 34|}, Ws = 13, Sdin = 32", "Bck = 33, Ws = 13, Sdin = 32")] // input-only → nearest output pin
    [InlineData("{|I2S0303:Bck = 6|}, Ws = 13, Sdin = 32", "Bck = 4, Ws = 13, Sdin = 32")] // flash → nearest trouble-free pin (5 is strapping, 7 flash)
    [InlineData("{|I2S0305:Bck = 15|}, Ws = 13, Sdin = 32", "Bck = 14, Ws = 13, Sdin = 32")] // strapping → nearest free
    [InlineData("Bck = 14, {|I2S0307:Ws = 14|}, Sdin = 32", "Bck = 14, Ws = 13, Sdin = 32")] // used twice → nearest free
    [InlineData("{|I2S0301:Bck = 99|}, Ws = 13, Sdin = 32", "Bck = 33, Ws = 13, Sdin = 32")] // beyond the chip → from its top down (34-39 are input-only)
    public Task ReplacesABadPinWithTheNearestFreeValidPin(string pins, string fixedPins) => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"{pins}, {Rest}"), Mic($"{fixedPins}, {Rest}"));

    [Fact]
    public Task ReplacesLsbWithMsb() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {{|I2S0204:Standard = I2sStandard.Lsb|}}, {Rest}"),
        Mic($"Bck = 14, Ws = 13, Sdin = 32, Standard = I2sStandard.Msb, {Rest}"));

    [Fact]
    public Task MovesASecondBindingToAFreeBus() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {Rest}") + "[{|I2S0309:I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, " + Rest + ")|}]\npublic partial class Amp { }\n",
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {Rest}") + "[I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, " + Rest + ", Bus = 1)]\npublic partial class Amp { }\n");

    [Fact]
    public Task MovesAPinUsedByAnotherBinding() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {Rest}") + "[I2sSpeaker(Bus = 1, {|I2S0308:Bck = 14|}, Ws = 22, Sdout = 27, " + Rest + ")]\npublic partial class Amp { }\n",
        Mic($"Bck = 14, Ws = 13, Sdin = 32, {Rest}") + "[I2sSpeaker(Bus = 1, Bck = 18, Ws = 22, Sdout = 27, " + Rest + ")]\npublic partial class Amp { }\n");

    [Fact]
    public Task FixAllSetsEveryDmaLength() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, {|I2S0201:DmaLength = 1024|}")
        + Mic("Bus = 1, Bck = 21, Ws = 22, Sdin = 33, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, {|I2S0201:DmaLength = 2000|}", "Mic2"),
        Mic("Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaLength = 511")
        + Mic("Bus = 1, Bck = 21, Ws = 22, Sdin = 33, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaLength = 1023", "Mic2"));

    [Fact]
    public Task ApllOnAChipWithoutItIsSetToZero() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"Bck = 4, Ws = 5, Sdin = 6, {Rest}, {{|I2S0403:ApllRate = 4096000|}}"),
        Mic($"Bck = 4, Ws = 5, Sdin = 6, {Rest}, ApllRate = 0"),
        chip: "esp32s3");

    private const string Pinned = "Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 256, MaxRateErrorPpm = 1";

    /// <summary>I2S0407 offers one fix per way out; each writes one argument (ESP32, 44.1 kHz, × 256 from PLL_F160M: −5.5 ppm).</summary>
    [Theory]
    [InlineData("ApllRate", "ApllRate = 11289600, SampleRate = 44100")] // the APLL at × 256: −0.3 ppm
    [InlineData("SampleRate", "ApllRate = 0, SampleRate = 44000")] // the nearest rate PLL_F160M makes exactly at × 256
    public Task OverBudgetFixes(string argument, string fixedClock) => new CodeFixTest<SetArgumentValueCodeFix>(
        Mic($"{Pinned}, ApllRate = 0, {{|I2S0407:SampleRate = 44100|}}"),
        Mic($"{Pinned}, {fixedClock}"))
    {
        CodeActionEquivalenceKey = "I2sGen.SetArgumentValue.I2S0407." + argument,
    }.RunAsync();

    /// <summary>ESP32-S3, 22.05 kHz: × 1152 runs 0.1 ppm slow, × 256 exactly.</summary>
    [Fact]
    public Task OverBudgetSetsTheBestMultiple() => new CodeFixTest<SetArgumentValueCodeFix>(
        Mic("Bck = 7, Ws = 8, Sdin = 9, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 1152, MaxRateErrorPpm = 0, {|I2S0407:SampleRate = 22050|}"),
        Mic("Bck = 7, Ws = 8, Sdin = 9, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 256, MaxRateErrorPpm = 0, SampleRate = 22050"),
        chip: "esp32s3")
    {
        CodeActionEquivalenceKey = "I2sGen.SetArgumentValue.I2S0407.MclkMultiple",
    }.RunAsync();

    [Theory]
    [InlineData("B16", "300", "256")]
    [InlineData("B24", "256", "192")]
    public Task InvalidMclkMultipleBecomesTheNearestValid(string bits, string written, string valid) => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic($"Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.{bits}, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaLength = 66, {{|I2S0408:MclkMultiple = {written}|}}"),
        Mic($"Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.{bits}, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaLength = 66, MclkMultiple = {valid}"));
}
