using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0406-I2S0408: the clock I2sGen chooses where the user left it open, the rate budget, and their arguments.</summary>
public sealed class ClockChoiceRuleTests
{
    private const string Pins = "Bck = 14, Ws = 13, Sdin = 32";

    private static string Mic(string clock, string bits = "B16", string pins = Pins) =>
        $"[I2sMicrophone({pins}, DataFormat = I2sDataFormat.{bits}, ChannelFormat = I2sChannelFormat.OnlyLeft, {clock})]\npublic partial class Mic {{ }}\n";

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>ESP32, 44.1 kHz: × 256 from PLL_F160M runs 5.5 ppm slow; the APLL at × 256 is within 1 ppm.</summary>
    [Fact]
    public Task ChoosesTheApllForAnInexactPllRate() => AnalyzerTest.VerifyAsync(Mic("{|I2S0406:SampleRate = 44100|}"));

    [Fact]
    public async Task TheChoiceMessageStatesBothRatesAndWhy()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic("SampleRate = 44100"));
        var chosen = Message(Assert.Single(diagnostics, static d => d.Id == "I2S0406"));
        Assert.Contains("chose MCLK × 256 from the APLL: 44099.986 Hz (-0.3 ppm)", chosen, System.StringComparison.Ordinal);
        Assert.Contains("instead of ESP-IDF's default MCLK × 256 from PLL_F160M: 44099.757 Hz (-5.5 ppm)", chosen, System.StringComparison.Ordinal);
        Assert.Contains("write MclkMultiple and ApllRate to choose yourself", chosen, System.StringComparison.Ordinal);
    }

    /// <summary>ESP32-S3 (no APLL), 32-bit 176.4 kHz: × 256 overflows ESP-IDF's arithmetic (+13.7 %); × 128 is exact.</summary>
    [Fact]
    public Task ChoosesAnotherMultipleWhereTheDefaultOverflows() => AnalyzerTest.VerifyAsync(
        Mic("{|I2S0406:SampleRate = 176400|}", "B32", "Bck = 4, Ws = 5, Sdin = 6"), "esp32s3");

    /// <summary>A device on the MCLK pin expects its ratio: the multiple stays at 256, so the overflow remains.</summary>
    [Fact]
    public Task KeepsTheMultipleWhenMclkIsWired() => AnalyzerTest.VerifyAsync(
        Mic("Mclk = 7, {|I2S0405:SampleRate = 176400|}", "B32", "Bck = 4, Ws = 5, Sdin = 6"), "esp32s3");

    [Theory]
    [InlineData("SampleRate = 48000")] // exact with the defaults: nothing to choose
    [InlineData("SampleRate = 44100, ApllRate = 0")] // the source is pinned, × 256 is best from PLL_F160M
    [InlineData("SampleRate = 44100, ApllRate = 11289600")] // both pinned by ApllRate
    [InlineData("SampleRate = 44100, MclkMultiple = 256, ApllRate = 0")]
    public Task NoChoiceIsReportedWhereNothingChanges(string clock) => AnalyzerTest.VerifyAsync(Mic(clock));

    /// <summary>24-bit: only multiples of 3; ESP32 48 kHz is exact at × 192 (× 384 runs +64 ppm).</summary>
    [Fact]
    public async Task TwentyFourBitChoosesAMultipleOfThree()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic("SampleRate = 48000, DmaLength = 66", "B24"));
        Assert.Contains("chose MCLK × 192 from PLL_F160M: 48000.000 Hz (0 ppm)", Message(Assert.Single(diagnostics, static d => d.Id == "I2S0406")), System.StringComparison.Ordinal);
    }

    [Fact]
    public Task OverBudgetWarns() => AnalyzerTest.VerifyAsync(Mic("MclkMultiple = 256, ApllRate = 0, MaxRateErrorPpm = 1, {|I2S0407:SampleRate = 44100|}"));

    [Fact]
    public async Task OverBudgetOffersTheFixes()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic("MclkMultiple = 256, ApllRate = 0, MaxRateErrorPpm = 1, SampleRate = 44100"));
        var warning = Assert.Single(diagnostics, static d => d.Id == "I2S0407");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("44099.757 Hz for the requested 44100 Hz with MCLK × 256 from PLL_F160M (-5.5 ppm), beyond the 1 ppm budget (MaxRateErrorPpm)", Message(warning), System.StringComparison.Ordinal);
        var fixes = warning.Properties["Fixes"]!.Split(';');
        Assert.Contains("ApllRate=11289600", fixes);
        Assert.Contains(fixes, static f => f.StartsWith("SampleRate=", System.StringComparison.Ordinal));
    }

    [Fact]
    public Task BudgetComesFromTheBuildProperty() =>
        new AnalyzerTest(AnalyzerTest.Usings + Mic("ApllRate = 0, {|I2S0407:SampleRate = 44100|}"), extraGlobalConfig: "build_property.I2sGenRatePpmBudget = 2\n").RunAsync();

    [Fact]
    public Task TheBindingsBudgetWinsOverTheBuilds() =>
        new AnalyzerTest(AnalyzerTest.Usings + Mic("ApllRate = 0, MaxRateErrorPpm = 10, SampleRate = 44100"), extraGlobalConfig: "build_property.I2sGenRatePpmBudget = 2\n").RunAsync();

    /// <summary>Between 50 ppm and the budget the rate is only inexact (I2S0402); above the budget I2S0407 warns instead.</summary>
    [Theory]
    [InlineData("1000", "{|I2S0402:SampleRate = 176400|}")]
    [InlineData("60", "{|I2S0407:SampleRate = 176400|}")]
    public Task InexactAndOverBudgetDoNotOverlap(string budget, string rate) =>
        new AnalyzerTest(AnalyzerTest.Usings + Mic("MclkMultiple = 256, ApllRate = 0, " + rate), extraGlobalConfig: "build_property.I2sGenRatePpmBudget = " + budget + "\n").RunAsync();

    [Theory]
    [InlineData("-3")]
    [InlineData("10001")]
    [InlineData("lots")]
    public Task InvalidBuildBudgetIsReported(string value)
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + Mic("SampleRate = 48000"), extraGlobalConfig: "build_property.I2sGenRatePpmBudget = " + value + "\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0006", DiagnosticSeverity.Error).WithMessageFormat(
            "I2sGenRatePpmBudget = '" + value + "' is not a whole number of ppm from 0 to 10000 (the property is ignored: the budget is 1000 ppm)"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("SampleRate = 48000, {|I2S0408:MclkMultiple = 300|}", "B16")]
    [InlineData("SampleRate = 48000, {|I2S0408:MclkMultiple = 256|}", "B24")] // 24-bit needs a multiple of 3
    [InlineData("SampleRate = 44100, ApllRate = 11289600, {|I2S0408:MclkMultiple = 384|}", "B16")] // ApllRate says × 256
    [InlineData("SampleRate = 48000, {|I2S0408:MaxRateErrorPpm = 20000|}", "B16")]
    public Task InvalidClockArguments(string clock, string bits) => AnalyzerTest.VerifyAsync(Mic(clock + (bits == "B24" ? ", DmaLength = 66" : string.Empty), bits));

    [Fact]
    public async Task InvalidMultipleSuggestsTheNearestValidOne()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic("SampleRate = 48000, MclkMultiple = 256, DmaLength = 66", "B24"));
        var error = Assert.Single(diagnostics, static d => d.Id == "I2S0408");
        Assert.Equal("192", error.Properties["FixValue"]);
        Assert.Contains("use 192, 384, 576, 768, 1152", Message(error), System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, static d => d.Id.StartsWith("I2S040", System.StringComparison.Ordinal) && d.Id != "I2S0408");
    }
}
