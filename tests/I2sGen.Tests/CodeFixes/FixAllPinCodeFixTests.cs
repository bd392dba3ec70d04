using System.Threading.Tasks;
using I2sGen.CodeFixes;
using Xunit;

namespace I2sGen.Tests.CodeFixes;

/// <summary>
/// Fix All over pin diagnostics whose fixes, each chosen on its own, would pick the same free pin and so recreate
/// the clash. The framework runs Fix All (document, project, solution) and expects one iteration to reach the fixed
/// code with no diagnostic left; with colliding suggestions it needs a second one and the test fails.
/// </summary>
public sealed class FixAllPinCodeFixTests
{
    private const string Rest = "DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    private static string Mic(string pins, string name = "Mic") => $"[I2sMicrophone({pins}, {Rest})]\npublic partial class {name} {{ }}\n";

    private static string Amp(string pins) => $"[I2sSpeaker(Bus = 1, {pins}, {Rest})]\npublic partial class Amp {{ }}\n";

    [Fact]
    public Task OnePinUsedThreeTimes() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 14, {|I2S0307:Ws = 14|}, {|I2S0307:Sdin = 14|}"),
        Mic("Bck = 14, Ws = 13, Sdin = 18")); // 15 and 12 strapping, 16 and 17 PSRAM, 10 and 11 flash

    [Fact]
    public Task TwoInputOnlyClockPins() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("{|I2S0302:Bck = 34|}, {|I2S0302:Ws = 35|}, Sdin = 32"),
        Mic("Bck = 33, Ws = 27, Sdin = 32")); // 36-39 input-only, 28-31 missing on ESP32

    [Fact]
    public Task TwoPinsSharedWithAnotherBinding() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 14, Ws = 13, Sdin = 32") + Amp("{|I2S0308:Bck = 14|}, {|I2S0308:Ws = 13|}, Sdout = 27"),
        Mic("Bck = 14, Ws = 13, Sdin = 32") + Amp("Bck = 18, Ws = 19, Sdout = 27"));

    [Fact]
    public Task APinFixAvoidsThePinsOfOtherBindings() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 14, {|I2S0307:Ws = 14|}, Sdin = 32") + Amp("Bck = 13, Ws = 22, Sdout = 27"),
        Mic("Bck = 14, Ws = 18, Sdin = 32") + Amp("Bck = 13, Ws = 22, Sdout = 27")); // GPIO13 is the amplifier's BCK

    // GPIO20 of the first version of this test exists only on ESP32-PICO-V3 (I2S0312), so it runs on ESP32-S3,
    // where GPIO3 is a strapping pin: both nearest free pins are GPIO5.
    [Fact]
    public Task FixesOfTwoBindingsDoNotCollide() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 4, {|I2S0307:Ws = 4|}, Sdin = 10") + Amp("Bck = 6, {|I2S0307:Ws = 6|}, Sdout = 11"),
        Mic("Bck = 4, Ws = 5, Sdin = 10") + Amp("Bck = 6, Ws = 7, Sdout = 11"),
        chip: "esp32s3");

    /// <summary>Console pins are replaced, and never by another console pin, strapping pin or package-only pin.</summary>
    [Fact]
    public Task TwoConsolePinsOnEsp32() => CodeFixTest<SetArgumentValueCodeFix>.VerifyAsync(
        Mic("Bck = 14, Ws = 13, {|I2S0311:Sdin = 3|}") + Amp("Bck = 21, Ws = 22, {|I2S0311:Sdout = 1|}"),
        Mic("Bck = 14, Ws = 13, Sdin = 4") + Amp("Bck = 21, Ws = 22, Sdout = 18"));
}
