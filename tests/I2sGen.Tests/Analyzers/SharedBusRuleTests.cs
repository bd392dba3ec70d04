using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Issue 11: bindings on one bus with the same BCK and WS form a shared bus (I2S0701-I2S0705, I2S0510). What must
/// agree for full duplex comes from ESP-IDF's driver sources (Rules/FullDuplexRules).
/// </summary>
public sealed class SharedBusRuleTests
{
    private const string Stock = "build_property.I2sGenBackend = Stock\n";

    /// <summary>A microphone on bus 0 (ESP32), BCK 14, WS 13.</summary>
    private static string Mic(string extra = "", string sharing = "") =>
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000{Join(sharing)}{Join(extra)})]\npublic partial class Mic {{ }}\n";

    /// <summary>A speaker on the same bus and clock pins, with its own data pin.</summary>
    private static string Speaker(string rate = "SampleRate = 16000", string extra = "", string sharing = "", string name = "Speaker") =>
        $"[I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, {rate}{Join(sharing)}{Join(extra)})]\npublic partial class {name} {{ }}\n";

    private static string Join(string text) => text.Length == 0 ? string.Empty : ", " + text;

    [Fact]
    public Task MatchingPairRunsInFullDuplexWithoutDiagnostics() => AnalyzerTest.VerifyAsync(Mic() + Speaker());

    [Fact]
    public Task WrittenFullDuplexThatAgreesIsClean() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker(sharing: "BusSharing = I2sBusSharing.FullDuplex"));

    [Fact]
    public Task WrittenFullDuplexWithOtherRateIsAnErrorAtTheLaterBinding() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker("{|I2S0701:SampleRate = 48000|}", sharing: "BusSharing = I2sBusSharing.FullDuplex"));

    [Fact]
    public async Task FullDuplexConflictNamesPartnerAndReason()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings
            + Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker("SampleRate = 48000", sharing: "BusSharing = I2sBusSharing.FullDuplex"));
        var conflict = Assert.Single(diagnostics, static d => d.Id == "I2S0701");
        var message = conflict.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Speaker cannot run in full duplex with Mic on bus 0", message, System.StringComparison.Ordinal);
        Assert.Contains("the sample rate differs", message, System.StringComparison.Ordinal);
        Assert.Contains("TakeTurns", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public Task AutoWithOtherRateTakesTurnsWithOneInfo() => AnalyzerTest.VerifyAsync(
        Mic() + "[{|I2S0702:I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000)|}]\npublic partial class Speaker { }\n");

    [Fact]
    public async Task TakeTurnsInfoSaysWhy()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic() + Speaker("SampleRate = 48000", "DmaCount = 8"));
        var info = Assert.Single(diagnostics, static d => d.Id == "I2S0702");
        var message = info.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Mic and Speaker share bus 0", message, System.StringComparison.Ordinal);
        Assert.Contains("the sample rate differs", message, System.StringComparison.Ordinal);
        Assert.Contains("the DMA count differs", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, static d => d.Id is "I2S0308" or "I2S0309" or "I2S0701");
    }

    [Fact]
    public Task WrittenTakeTurnsIsSilent() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.TakeTurns") + Speaker("SampleRate = 48000", sharing: "BusSharing = I2sBusSharing.TakeTurns"));

    /// <summary>ESPHome's voice assistant on an ESP32-S3: a 32-bit microphone and a 16-bit speaker taking turns.</summary>
    [Fact]
    public Task VoiceAssistantPatternTakingTurnsIsClean() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, BusSharing = I2sBusSharing.TakeTurns)]\npublic partial class Mic { }\n"
        + "[I2sSpeaker(Bck = 4, Ws = 5, Sdout = 7, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, BusSharing = I2sBusSharing.TakeTurns)]\npublic partial class Speaker { }\n",
        "esp32s3");

    [Fact]
    public Task MembersThatDisagreeAreAnError() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker(sharing: "{|I2S0703:BusSharing = I2sBusSharing.TakeTurns|}"));

    [Fact]
    public Task OneMemberWritingIsEnough() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker("{|I2S0701:SampleRate = 48000|}"));

    [Fact]
    public Task TwoReceiversCannotRunInFullDuplex() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex")
        + "[{|I2S0704:I2sMicrophone(Bck = 14, Ws = 13, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)|}]\npublic partial class Mic2 { }\n");

    [Fact]
    public Task ThreeMembersCannotRunInFullDuplex() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker()
        + "[I2sSpeaker({|I2S0704:Bus = 0|}, Bck = 14, Ws = 13, Sdout = 26, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Speaker2 { }\n");

    [Fact]
    public Task ThreeMembersOnAutoTakeTurns() => AnalyzerTest.VerifyAsync(
        Mic() + Speaker()
        + "[{|I2S0702:I2sMicrophone(Bck = 14, Ws = 13, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)|}]\npublic partial class Mic2 { }\n");

    [Fact]
    public Task BusSharingAloneOnItsBusWarns() => AnalyzerTest.VerifyAsync(Mic(sharing: "{|I2S0705:BusSharing = I2sBusSharing.FullDuplex|}"));

    [Fact]
    public Task OtherClockPinsOnOneBusStayI2S0309() => AnalyzerTest.VerifyAsync(
        Mic() + "[I2sSpeaker({|I2S0309:Bus = 0|}, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Speaker { }\n");

    [Fact]
    public Task ClockPinOnTwoBusesStaysI2S0308() => AnalyzerTest.VerifyAsync(
        Mic() + "[I2sSpeaker(Bus = 1, {|I2S0308:Bck = 14|}, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Speaker { }\n");

    [Fact]
    public async Task I2S0308OnTwoBusesExplainsTheSharedBus()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings + Mic()
            + "[I2sSpeaker(Bus = 1, Bck = 14, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Speaker { }\n");
        var message = Assert.Single(diagnostics, static d => d.Id == "I2S0308").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("only bindings on the same bus with the same BCK and WS pins share them", message, System.StringComparison.Ordinal);
    }

    /// <summary>The legacy driver installs TX|RX with one i2s_config_t: the channel format must agree too.</summary>
    [Fact]
    public Task LegacyDriverNeedsOneChannelFormat() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex")
        + "[I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, {|I2S0701:ChannelFormat = I2sChannelFormat.RightLeft|}, SampleRate = 16000)]\npublic partial class Speaker { }\n",
        driver: "Legacy");

    /// <summary>The std driver keeps the slot mode per channel: mono in, stereo out is full duplex.</summary>
    [Fact]
    public Task StdDriverAllowsOtherChannelFormats() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker());

    /// <summary>One i2s_new_channel call, one i2s_chan_config_t: DmaCount agrees in the std driver too.</summary>
    [Fact]
    public Task StdDriverNeedsOneDmaCount() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker(extra: "{|I2S0701:DmaCount = 8|}"));

    /// <summary>ESP32 (HW v1): one MCLK divider for TX and RX, so the MCLK multiple agrees even without an MCLK pin.</summary>
    [Fact]
    public Task Esp32SharesOneMclkDivider() => AnalyzerTest.VerifyAsync(
        Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex", extra: "MclkMultiple = 256") + Speaker(extra: "{|I2S0701:MclkMultiple = 512|}"));

    /// <summary>ESP32-S3 (HW v2): the receiver is a slave of TX's BCK/WS; without MCLK pins its own divider may differ.</summary>
    [Fact]
    public Task S3AllowsOtherMultipleWithoutMclkPin() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, MclkMultiple = 256, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class Mic { }\n"
        + "[I2sSpeaker(Bck = 4, Ws = 5, Sdout = 7, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, MclkMultiple = 512)]\npublic partial class Speaker { }\n",
        "esp32s3");

    [Fact]
    public Task S3ReceiverWithMclkPinGetsTheTransmittersMclk() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, Mclk = 15, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, MclkMultiple = 256, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class Mic { }\n"
        + "[I2sSpeaker(Bck = 4, Ws = 5, Sdout = 7, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, {|I2S0701:MclkMultiple = 512|})]\npublic partial class Speaker { }\n",
        "esp32s3");

    [Fact]
    public Task StockBackendCannotRunFullDuplex() => new AnalyzerTest(AnalyzerTest.Usings
        + "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaLength = 256, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class Mic { }\n"
        + Speaker(extra: "DmaLength = 256", sharing: "{|I2S0510:BusSharing = I2sBusSharing.FullDuplex|}"),
        extraGlobalConfig: Stock).RunAsync();

    [Fact]
    public async Task StockBackendAutoTakesTurnsAndSaysWhy()
    {
        var source = AnalyzerTest.Usings + Mic(extra: "DmaLength = 256") + Speaker(extra: "DmaLength = 256");
        var compilation = AnalyzerRunner.Compile(new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") });
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new TestOptionsProvider(null, null, "Stock"));
        var info = Assert.Single(diagnostics, static d => d.Id == "I2S0702");
        Assert.Contains("stock System.Device.I2s", info.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, static d => d.Id == "I2S0510");
    }

    /// <summary>Members taking turns never hold the APLL together: I2S0409 is not reported between them.</summary>
    [Fact]
    public async Task TakingTurnsMembersMayUseTheApllAtOtherRates()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings
            + Mic(sharing: "BusSharing = I2sBusSharing.TakeTurns", extra: "ApllRate = 4096000")
            + Speaker("SampleRate = 44100", "ApllRate = 11289600", "BusSharing = I2sBusSharing.TakeTurns"));
        Assert.DoesNotContain(diagnostics, static d => d.Id is "I2S0409" or "I2S0702" or "I2S0701");
    }

    /// <summary>Parts on a bus taking turns are each clocked alone: no I2S0614.</summary>
    [Fact]
    public async Task PartsTakingTurnsAreNotI2S0614()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings
            + "[I2sMicrophone(Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n"
            + "[I2sSpeaker(Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000)]\npublic partial class Amp { }\n");
        Assert.DoesNotContain(diagnostics, static d => d.Id is "I2S0614" or "I2S0308" or "I2S0309");
        Assert.Single(diagnostics, static d => d.Id == "I2S0702");
    }

    /// <summary>Parts in a written full duplex: I2S0614 says it with the parts' view, I2S0701 does not repeat that argument.</summary>
    [Fact]
    public async Task PartsInFullDuplexAreI2S0614()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings
            + "[I2sMicrophone(Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class Mic { }\n"
            + "[I2sSpeaker(Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000)]\npublic partial class Amp { }\n");
        Assert.Single(diagnostics, static d => d.Id == "I2S0614");
        Assert.DoesNotContain(diagnostics, static d => d.Id == "I2S0701");
    }

    /// <summary>Two parts on one clock pin of two buses: I2S0308 alone, no longer I2S0614 alongside.</summary>
    [Fact]
    public async Task PartsOnTwoBusesAreOnlyI2S0308()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerTest.Usings
            + "[I2sMicrophone(Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n"
            + "[I2sSpeaker(Bus = 1, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, Bck = 14, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000)]\npublic partial class Amp { }\n");
        Assert.Single(diagnostics, static d => d.Id == "I2S0308");
        Assert.DoesNotContain(diagnostics, static d => d.Id == "I2S0614");
    }

    /// <summary>The user guide's two patterns (§19) are clean on ESP32-S3: no error, no warning, no I2S07xx.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task UserGuidePatternsAreClean(int pattern)
    {
        var guide = System.IO.File.ReadAllText(System.IO.Path.Combine(I2sGen.Tests.Infrastructure.RepoPaths.Root, "docs", "user-guide.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var section = guide.Substring(guide.IndexOf("## 19. Shared buses", System.StringComparison.Ordinal));
        var blocks = System.Text.RegularExpressions.Regex.Matches(section, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        var source = AnalyzerTest.Usings + blocks[pattern].Groups[1].Value;
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(source, "BusSharing = ").Count);
        var compilation = AnalyzerRunner.Compile(new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs") });
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new TestOptionsProvider("esp32s3", null));
        Assert.DoesNotContain(diagnostics, static d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning || d.Id.StartsWith("I2S07", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// I2S0011 still holds: shared-bus errors never keep a binding from being generated (a full duplex that cannot work
    /// is planned as taking turns), so lowering I2S0701 hides nothing and both wrappers exist.
    /// </summary>
    [Fact]
    public async Task SharedBusErrorsDoNotStopGenerationSoI2S0011StaysQuiet()
    {
        var source = AnalyzerTest.Usings
            + Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex") + Speaker("SampleRate = 48000", sharing: "BusSharing = I2sBusSharing.FullDuplex");
        var run = I2sGen.Tests.Infrastructure.GeneratorHarness.Run(source);
        Assert.Contains(run.CSharpSources.Keys, static name => name.Contains("Mic.I2s.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(run.CSharpSources.Keys, static name => name.Contains("Speaker.I2s.g.cs", System.StringComparison.Ordinal));

        var lowered = new System.Collections.Generic.Dictionary<string, Microsoft.CodeAnalysis.ReportDiagnostic> { ["I2S0701"] = Microsoft.CodeAnalysis.ReportDiagnostic.Suppress };
        var diagnostics = await AnalyzerRunner.RunAsync(source, lowered);
        Assert.DoesNotContain(diagnostics, static d => d.Id is "I2S0011" or "I2S0701");
    }

    /// <summary>IDF 4.4.7 has only the legacy driver: one i2s_config_t, so the DMA length must agree too.</summary>
    [Fact]
    public Task Idf44LegacyNeedsOneDmaLength() => new AnalyzerTest(AnalyzerTest.Usings
        + Mic(sharing: "BusSharing = I2sBusSharing.FullDuplex")
        + "[I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, {|I2S0701:DmaLength = 128|})]\npublic partial class Speaker { }\n",
        extraGlobalConfig: "build_property.I2sGenIdfVersion = 4.4.7\nbuild_property.I2sGenDriver = Legacy\n").RunAsync();

    [Fact]
    public Task InvalidBusSharingIsAnError() => AnalyzerTest.VerifyAsync(Mic(sharing: "{|I2S0706:BusSharing = (I2sBusSharing)7|}"));
}
