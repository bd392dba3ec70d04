using System.Threading.Tasks;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// I2S0601-I2S0614: a named part against its datasheet facts (Parts/PartCatalog). Per part a correct declaration is
/// clean and each wrong wiring gives its diagnostic; a declaration without a part is checked as before.
/// </summary>
public sealed class PartRuleTests
{
    private const string MicPins = "Bck = 14, Ws = 13, Sdin = 32";
    private const string AmpPins = "Bck = 14, Ws = 13, Sdout = 27";

    private static Task Mic(string arguments, string? chip = null) =>
        AnalyzerTest.VerifyAsync($"[I2sMicrophone({arguments})]\npublic partial class Mic {{ }}\n", chip);

    private static Task Amp(string arguments, string? chip = null) =>
        AnalyzerTest.VerifyAsync($"[I2sSpeaker({arguments})]\npublic partial class Amp {{ }}\n", chip);

    [Theory]
    [InlineData("Inmp441", "Low", "OnlyLeft")]
    [InlineData("Inmp441", "High", "OnlyRight")]
    [InlineData("Ics43434", "Low", "OnlyLeft")]
    [InlineData("Sph0645lm4h", "High", "OnlyRight")]
    [InlineData("Msm261s4030h0", "Low", "OnlyLeft")]
    public Task CorrectMicrophoneIsClean(string part, string level, string format) => Mic(
        $"{MicPins}, Part = I2sPart.{part}, LrPin = I2sPinLevel.{level}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.{format}, SampleRate = 16000");

    [Theory]
    [InlineData("Max98357a", "ChannelSelect = I2sAmpChannel.Mix", "RightLeft", "B16")]
    [InlineData("Max98357a", "ChannelSelect = I2sAmpChannel.Left", "OnlyLeft", "B32")]
    [InlineData("Ns4168", "ChannelSelect = I2sAmpChannel.Right", "OnlyRight", "B16")]
    [InlineData("Pcm5102a", "FormatPin = I2sPinLevel.Low", "RightLeft", "B32")]
    [InlineData("Uda1334a", "Standard = I2sStandard.Philips", "RightLeft", "B16")]
    public Task CorrectAmplifierOrDacIsClean(string part, string strap, string format, string width) => Amp(
        $"{AmpPins}, Part = I2sPart.{part}, {strap}, DataFormat = I2sDataFormat.{width}, ChannelFormat = I2sChannelFormat.{format}, SampleRate = 16000");

    [Fact]
    public Task Pcm5102aWithFmtHighSpeaksMsb() => Amp(
        $"{AmpPins}, Part = I2sPart.Pcm5102a, FormatPin = I2sPinLevel.High, Standard = I2sStandard.Msb, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000");

    [Fact]
    public Task Wm8960WithMclkOnlyGetsTheControlBusNote() => Amp(
        "Bck = 4, Ws = 5, Sdout = 6, Mclk = 7, {|I2S0613:Part = I2sPart.Wm8960|}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000",
        "esp32s3");

    [Fact]
    public Task Es8311RecordsWithTheControlBusNote() => Mic(
        $"{MicPins}, {{|I2S0613:Part = I2sPart.Es8311|}}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    [Fact]
    public Task NoPartIsCheckedAsBefore() => Mic(
        $"{MicPins}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 16000");

    [Theory]
    [InlineData("{|I2S0601:Part = (I2sPart)42|}, LrPin = I2sPinLevel.Low")]
    [InlineData("Part = I2sPart.Inmp441, {|I2S0601:LrPin = (I2sPinLevel)7|}")]
    public Task InvalidPartOrStrapValue(string part) => Mic(
        $"{MicPins}, {part}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    [Fact]
    public Task MicrophonePartOnASpeaker() => Amp(
        $"{AmpPins}, {{|I2S0602:Part = I2sPart.Inmp441|}}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    [Fact]
    public Task AmplifierPartOnAMicrophone() => Mic(
        $"{MicPins}, {{|I2S0602:Part = I2sPart.Max98357a|}}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    [Theory]
    [InlineData("Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, {|I2S0603:ChannelSelect = I2sAmpChannel.Left|}")]
    [InlineData("{|I2S0603:LrPin = I2sPinLevel.Low|}")]
    public Task StrapThePartDoesNotHave(string part) => Mic(
        $"{MicPins}, {part}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    [Fact]
    public Task Ns4168HasNoMix() => Amp(
        $"{AmpPins}, Part = I2sPart.Ns4168, {{|I2S0603:ChannelSelect = I2sAmpChannel.Mix|}}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000");

    [Fact]
    public Task StrapNotStated() => Mic(
        $"{MicPins}, {{|I2S0604:Part = I2sPart.Inmp441|}}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    /// <summary>The silent microphone: L/R tied low puts the data in the left slot, OnlyRight reads the right one.</summary>
    [Theory]
    [InlineData("Low", "OnlyRight")]
    [InlineData("High", "OnlyLeft")]
    [InlineData("Low", "AllRight")]
    public Task SilentMicrophone(string level, string format) => Mic(
        $"{MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.{level}, DataFormat = I2sDataFormat.B32, {{|I2S0605:ChannelFormat = I2sChannelFormat.{format}|}}, SampleRate = 16000");

    [Fact]
    public Task AmplifierFedTheWrongSlot() => Amp(
        $"{AmpPins}, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Left, DataFormat = I2sDataFormat.B16, {{|I2S0605:ChannelFormat = I2sChannelFormat.OnlyRight|}}, SampleRate = 16000");

    [Theory]
    [InlineData("LrPin = I2sPinLevel.Low, ", "RightLeft")]
    [InlineData("LrPin = I2sPinLevel.High, ", "AllRight")]
    public Task MonoMicrophoneDeclaredStereo(string strap, string format) => Mic(
        $"{MicPins}, Part = I2sPart.Ics43434, {strap}DataFormat = I2sDataFormat.B32, {{|I2S0606:ChannelFormat = I2sChannelFormat.{format}|}}, SampleRate = 16000");

    [Fact]
    public Task StereoDacDeclaredMono() => Amp(
        $"{AmpPins}, Part = I2sPart.Uda1334a, DataFormat = I2sDataFormat.B16, {{|I2S0606:ChannelFormat = I2sChannelFormat.OnlyLeft|}}, SampleRate = 16000");

    /// <summary>A 24-bit part read with 16-bit slots: 32 BCK per frame instead of 64.</summary>
    [Theory]
    [InlineData("B16")]
    [InlineData("B24")]
    public Task MicrophoneSlotTooNarrow(string width) => Mic(
        $"{MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, {{|I2S0607:DataFormat = I2sDataFormat.{width}|}}, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaLength = 66");

    [Theory]
    [InlineData("Inmp441", "LrPin = I2sPinLevel.Low", "Msb")]
    [InlineData("Sph0645lm4h", "LrPin = I2sPinLevel.Low", "PcmShort")]
    public Task MicrophoneSpeaksPhilips(string part, string strap, string standard) => Mic(
        $"{MicPins}, Part = I2sPart.{part}, {strap}, {{|I2S0608:Standard = I2sStandard.{standard}|}}, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000");

    [Fact]
    public Task Pcm5102aFmtLowIsNotLeftJustified() => Amp(
        $"{AmpPins}, Part = I2sPart.Pcm5102a, FormatPin = I2sPinLevel.Low, {{|I2S0608:Standard = I2sStandard.Msb|}}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000");

    [Fact]
    public Task Wm8960AboveItsRange() => Amp(
        "Bck = 4, Ws = 5, Sdout = 6, Mclk = 7, {|I2S0613:Part = I2sPart.Wm8960|}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, {|I2S0609:SampleRate = 96000|}",
        "esp32s3");

    [Fact]
    public Task Max98357aBelowItsRange() => Amp(
        $"{AmpPins}, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, {{|I2S0609:SampleRate = 7000|}}");

    /// <summary>ICS-43434 DS-000069 rev 1.2 Features: 51.6 kHz is the top of high-performance mode (the old 52.8 kHz was not sourced).</summary>
    [Fact]
    public Task Ics43434AboveItsRange() => Mic(
        $"{MicPins}, Part = I2sPart.Ics43434, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {{|I2S0609:SampleRate = 52000|}}");

    /// <summary>Low-power mode starts at 6.25 kHz (Features table), below the old unsourced 7.19 kHz; no BCLK range is checked.</summary>
    [Fact]
    public Task Ics43434LowPowerRateIsClean() => Mic(
        $"{MicPins}, Part = I2sPart.Ics43434, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 6400");

    [Fact]
    public Task Ics43434BelowItsRange() => Mic(
        $"{MicPins}, Part = I2sPart.Ics43434, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {{|I2S0609:SampleRate = 6000|}}");

    /// <summary>UDA1334ATS audio mode starts at 16 kHz (datasheet p. 7, as cited by LCAV/dsp-labs).</summary>
    [Fact]
    public Task Uda1334aBelowItsRange() => Amp(
        $"{AmpPins}, Part = I2sPart.Uda1334a, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, {{|I2S0609:SampleRate = 8000|}}");

    /// <summary>The upper bound depends on PLL1, which is not modelled, and the PLL1-high limit is unsourced: not checked
    /// (only the clock-choice note I2S0406 remains, as for any 96 kHz binding).</summary>
    [Fact]
    public Task Uda1334aUpperBoundIsNotChecked() => Amp(
        $"{AmpPins}, Part = I2sPart.Uda1334a, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, {{|I2S0406:SampleRate = 96000|}}");

    /// <summary>No readable source states the MSM261S4030H0's range, so neither rate nor bit clock is checked.</summary>
    [Fact]
    public Task Msm261RangeIsNotChecked() => Mic(
        $"{MicPins}, Part = I2sPart.Msm261s4030h0, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {{|I2S0406:SampleRate = 96000|}}");

    [Fact]
    public Task MicrophoneSampleRateTooLow() => Mic(
        $"{MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {{|I2S0609:SampleRate = 6000|}}");

    [Fact]
    public Task BitClockAboveTheMicrophonesRange() => Mic(
        $"{MicPins}, Part = I2sPart.Sph0645lm4h, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, MclkMultiple = 256, ApllRate = 0, {{|I2S0609:SampleRate = 96000|}}");

    /// <summary>7800 Hz is within fWS 7.8-50 kHz, but 64 x 7800 = 499.2 kHz is below fSCK's 0.5 MHz (INMP441 Table 3).</summary>
    [Fact]
    public Task BitClockOutsideTheRangeAtAValidRate() => Mic(
        $"{MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, {{|I2S0610:SampleRate = 7800|}}");

    [Fact]
    public Task Wm8960WithoutMclk() => Amp(
        "Bck = 4, Ws = 5, Sdout = 6, {|I2S0611:{|I2S0613:Part = I2sPart.Wm8960|}|}, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000",
        "esp32s3");

    [Fact]
    public Task MicrophoneHasNoMclkInput() => Mic(
        "Bck = 4, Ws = 5, Sdin = 6, {|I2S0612:Mclk = 7|}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000",
        "esp32s3");

    /// <summary>
    /// A microphone and an amplifier clocked together (a shared bus written as full duplex) with different rates: one
    /// clock cannot serve both parts (I2S0614, instead of the generic I2S0701 for the same argument).
    /// </summary>
    [Fact]
    public Task PartsSharingAClockNeedOneFormat() => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone({MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class Mic {{ }}\n"
        + "[I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, {|I2S0614:SampleRate = 48000|})]\npublic partial class Amp { }\n");

    /// <summary>On two buses a shared BCK wire is I2S0308 alone: the parts are not clocked together by one controller.</summary>
    [Fact]
    public Task PartsOnOneWireOfTwoBusesGetOnlyThePinClash() => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone({MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic {{ }}\n"
        + "[I2sSpeaker(Bus = 1, {|I2S0308:Bck = 14|}, Ws = 22, Sdout = 27, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000)]\npublic partial class Amp { }\n");

    [Fact]
    public Task PartsSharingAClockWithOneFormatGetOnlyThePinClash() => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone({MicPins}, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic {{ }}\n"
        + "[I2sSpeaker(Bus = 1, {|I2S0308:Bck = 14|}, Ws = 22, Sdout = 27, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Amp { }\n");
}
