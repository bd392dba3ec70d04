using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0301-I2S0312: GPIOs per chip, within one binding and across bindings.</summary>
public sealed class PinRuleTests
{
    private const string Rest = "DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    private static Task Mic(string pins, string? chip = null) =>
        AnalyzerTest.VerifyAsync($"[I2sMicrophone({pins}, {Rest})]\npublic partial class Mic {{ }}\n", chip);

    private static Task Speaker(string pins, string? chip = null) =>
        AnalyzerTest.VerifyAsync($"[I2sSpeaker({pins}, {Rest})]\npublic partial class Amp {{ }}\n", chip);

    [Theory]
    [InlineData("{|I2S0301:Bck = 24|}, Ws = 13, Sdin = 32", null)]
    [InlineData("{|I2S0301:Bck = 40|}, Ws = 13, Sdin = 32", null)]
    [InlineData("Bck = 4, Ws = 5, {|I2S0301:Sdin = 22|}", "esp32c3")]
    public Task PinDoesNotExist(string pins, string? chip) => Mic(pins, chip);

    [Theory]
    [InlineData("{|I2S0302:Bck = 34|}, Ws = 13, Sdin = 32")]
    [InlineData("Bck = 14, {|I2S0302:Ws = 39|}, Sdin = 32")]
    public Task InputOnlyClock(string pins) => Mic(pins);

    [Fact]
    public Task InputOnlySdout() => Speaker("Bck = 14, Ws = 13, {|I2S0302:Sdout = 35|}");

    [Fact]
    public Task InputOnlySdinIsClean() => Mic("Bck = 14, Ws = 13, Sdin = 34");

    [Fact]
    public Task InputOnlyOnS2() => Speaker("Bck = 4, Ws = 5, {|I2S0302:Sdout = 46|}", "esp32s2"); // not also I2S0305: one pin, one diagnostic

    [Theory]
    [InlineData("{|I2S0303:Bck = 6|}, Ws = 13, Sdin = 32", null)]
    [InlineData("Bck = 14, Ws = 13, {|I2S0303:Sdin = 11|}", null)]
    [InlineData("{|I2S0303:Bck = 15|}, Ws = 4, Sdin = 5", "esp32c3")]
    public Task FlashPin(string pins, string? chip) => Mic(pins, chip);

    [Theory]
    [InlineData("{|I2S0304:Bck = 16|}, Ws = 13, Sdin = 32", null)]
    [InlineData("{|I2S0304:Bck = 35|}, Ws = 4, Sdin = 5", "esp32s3")]
    public Task PsramPin(string pins, string? chip) => Mic(pins, chip);

    [Fact]
    public async Task Gpio12StrappingIsExplained()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 12, {Rest})]\npublic partial class Mic {{ }}\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0305", DiagnosticSeverity.Warning)
            .WithSpan(2, 35, 2, 44)
            .WithMessage("GPIO12 (MTDI) is a strapping pin on ESP32: if the SDIN device pulls it high at reset, the flash voltage is set to 1.8 V and a 3.3 V flash will not boot; choose another pin or burn the VDD_SDIO eFuse"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("{|I2S0305:Bck = 15|}, Ws = 13, Sdin = 32", null)]
    [InlineData("Bck = 4, Ws = 5, {|I2S0305:Sdin = 9|}", "esp32c3")]
    public Task StrappingPin(string pins, string? chip) => Mic(pins, chip);

    [Theory]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, {|I2S0306:Mclk = 18|}", null)]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, {|I2S0306:Mclk = 4|}", null)]
    public Task MclkPinOnEsp32(string pins, string? chip) => Mic(pins, chip);

    [Fact]
    public Task MclkMessageSuggestsNoTroublesomePin()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, {{|#0:Mclk = 4|}}, {Rest})]\npublic partial class Mic {{ }}\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0306", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("ESP32 can output MCLK only on its clock-out pins, not GPIO4; all three are taken on a typical board (GPIO0 selects the boot mode, GPIO1 and GPIO3 are the UART0 console), so leave Mclk unset if the codec derives its clock from BCK, or give up the console for it"));
        return test.RunAsync();
    }

    /// <summary>ESP32's MCLK pins are all troublesome, so the rule offers no replacement for a code fix to write.</summary>
    [Fact]
    public async Task MclkOnEsp32OffersNoReplacementPin()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, Mclk = 4, {Rest})]\npublic partial class Mic {{ }}\n");
        var mclk = Assert.Single(diagnostics, static d => d.Id == "I2S0306");
        Assert.False(mclk.Properties.ContainsKey("FixValue"));
    }

    /// <summary>A pin that cannot carry the signal gets that error alone, not also the pin's warnings (issue 9: Mclk = 2 was reported twice).</summary>
    [Theory]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, {|I2S0306:Mclk = 2|}", null)]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, {|I2S0306:Mclk = 5|}", null)]
    [InlineData("Bck = 14, {|I2S0307:Ws = 14|}, Sdin = 32", null)]
    public Task APinWithAnErrorGetsNoWarning(string pins, string? chip) => Mic(pins, chip);

    [Theory]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, {|I2S0311:Mclk = 1|}", null)]
    [InlineData("Bck = 14, Ws = 13, Sdin = 32, {|I2S0311:Mclk = 3|}", null)]
    [InlineData("Bck = 14, Ws = 13, {|I2S0311:Sdin = 3|}", null)]
    [InlineData("{|I2S0311:Bck = 43|}, Ws = 4, Sdin = 5", "esp32s2")]
    [InlineData("Bck = 4, {|I2S0311:Ws = 44|}, Sdin = 5", "esp32s3")]
    [InlineData("Bck = 4, Ws = 5, {|I2S0311:Sdin = 20|}", "esp32c3")]
    [InlineData("{|I2S0311:Bck = 16|}, Ws = 2, Sdin = 3", "esp32c6")]
    [InlineData("{|I2S0311:Bck = 24|}, Ws = 4, Sdin = 5", "esp32h2")]
    public Task ConsolePin(string pins, string? chip) => Mic(pins, chip);

    /// <summary>ESP32-P4's UART0 pins are strapping pins too (15625 Hz divides its 40 MHz XTAL exactly).</summary>
    [Fact]
    public Task ConsolePinOnP4() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone({|I2S0305:{|I2S0311:Bck = 37|}|}, Ws = 4, Sdin = 5, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 15625)]\npublic partial class Mic { }\n",
        chip: "esp32p4");

    [Theory]
    [InlineData("Bck = 14, {|I2S0312:Ws = 20|}, Sdin = 32", null)]
    [InlineData("{|I2S0312:Bck = 10|}, Ws = 2, Sdin = 3", "esp32c6")]
    [InlineData("{|I2S0312:Bck = 14|}, Ws = 2, Sdin = 3", "esp32c6")]
    [InlineData("{|I2S0312:Bck = 6|}, Ws = 4, Sdin = 5", "esp32h2")]
    public Task PackageOnlyPin(string pins, string? chip) => Mic(pins, chip);

    [Theory]
    [InlineData("Bck = 4, Ws = 5, Sdin = 6, Mclk = 7", "esp32s3")]
    [InlineData("Bck = 1, Ws = 2, Sdin = 3, Mclk = 21", "esp32c6")]
    public Task ValidMclkPinIsClean(string pins, string? chip) => Mic(pins, chip);

    [Fact]
    public Task SamePinTwice() => Mic("Bck = 14, {|I2S0307:Ws = 14|}, Sdin = 32");

    [Fact]
    public Task UsbJtagPin() => Mic("{|I2S0310:Bck = 19|}, Ws = 4, Sdin = 5", "esp32s3");

    [Fact]
    public Task UsbJtagPinOnEsp32IsClean() => Mic("Bck = 19, Ws = 13, Sdin = 32");

    [Fact]
    public Task PinSharedBetweenBindings() => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, {Rest})]\npublic partial class Mic {{ }}\n"
        + $"[I2sSpeaker(Bus = 1, {{|I2S0308:Bck = 14|}}, Ws = 22, Sdout = 27, {Rest})]\npublic partial class Amp {{ }}\n");

    [Fact]
    public Task BusSharedBetweenBindings() => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, {Rest})]\npublic partial class Mic {{ }}\n"
        + $"[I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, {Rest})]\npublic partial class Amp {{ }}\n".Replace("[I2sSpeaker(", "[{|I2S0309:I2sSpeaker(").Replace(")]\npublic partial class Amp", ")|}]\npublic partial class Amp"));

    [Fact]
    public Task TwoBindingsOnSeparateBusesAndPinsAreClean() => AnalyzerTest.VerifyAsync(
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, {Rest})]\npublic partial class Mic {{ }}\n"
        + $"[I2sSpeaker(Bus = 1, Bck = 21, Ws = 22, Sdout = 27, {Rest})]\npublic partial class Amp {{ }}\n");

    [Fact]
    public Task BusSharedAcrossFiles()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, {Rest})]\npublic partial class Mic {{ }}\n");
        test.TestState.Sources.Add(("/0/Test1.cs", AnalyzerTest.Usings + $"[{{|I2S0309:I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, {Rest})|}}]\npublic partial class Amp {{ }}\n"));
        return test.RunAsync();
    }
}
