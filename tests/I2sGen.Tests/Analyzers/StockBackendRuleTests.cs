using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0501-I2S0509: what the stock firmware cannot honour, reported only with I2sGenBackend=Stock; I2S0006 for an unknown backend.</summary>
public sealed class StockBackendRuleTests
{
    private const string Stock = "build_property.I2sGenBackend = Stock\n";

    private static Task VerifyStockAsync(string source, string? chip = null) =>
        new AnalyzerTest(AnalyzerTest.Usings + source, chip, extraGlobalConfig: Stock).RunAsync();

    private static string Mic(string args) =>
        "[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, SampleRate = 16000, " + args + ")]\npublic partial class Mic { }\n";

    private static string Speaker(string args) =>
        "[I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, SampleRate = 16000, " + args + ")]\npublic partial class Speaker { }\n";

    [Fact]
    public Task CleanStockMicrophone() =>
        VerifyStockAsync(Mic("DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256"));

    [Fact]
    public Task SameBindingOnInteropHasNoStockFindings() =>
        AnalyzerTest.VerifyAsync(Mic("DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, DmaLength = 64"));

    [Fact]
    public async Task DmaLengthOtherThan256SaysWhatTheFirmwareAllocates()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + Mic("DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, DmaCount = 4, {|#0:DmaLength = 64|}"), extraGlobalConfig: Stock);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0501", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("The stock firmware always uses DMA buffers of 256 frames (DMA_BUF_LEN_IN_I2S_FRAMES) and ignores DmaLength 64: it allocates 4 buffers × 256 frames × 8 bytes, and a timeout-free read returns only when the buffer is full; write DmaLength = 256, or use I2sGenBackend=Interop (custom firmware)"));
        await test.RunAsync();
    }

    [Fact]
    public Task ApllIsIgnored() =>
        VerifyStockAsync(Speaker("DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256, {|I2S0502:ApllRate = 4096000|}"));

    [Fact]
    public Task TwentyFourBitWriteGetsMclk256() =>
        VerifyStockAsync(Speaker("{|I2S0503:DataFormat = I2sDataFormat.B24|}, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256"));

    [Fact]
    public Task SixteenBitReadRuns32BitSlots() =>
        VerifyStockAsync(Mic("{|I2S0504:DataFormat = I2sDataFormat.B16|}, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256"));

    [Fact]
    public Task TwentyFourBitReadIsPacked() =>
        VerifyStockAsync(Mic("{|I2S0505:DataFormat = I2sDataFormat.B24|}, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256"));

    [Fact]
    public Task MonoReadDropsSamples() =>
        VerifyStockAsync(Mic("DataFormat = I2sDataFormat.B32, {|I2S0506:ChannelFormat = I2sChannelFormat.OnlyLeft|}, DmaLength = 256"));

    [Fact]
    public Task Mono32BitWriteSwapsPairs() =>
        VerifyStockAsync(Speaker("DataFormat = I2sDataFormat.B32, {|I2S0507:ChannelFormat = I2sChannelFormat.OnlyRight|}, DmaLength = 256"));

    [Fact]
    public Task Esp32H2HasNoStockI2s() =>
        VerifyStockAsync("{|I2S0509:I2sMicrophone(Bck = 4, Ws = 5, Sdin = 10, SampleRate = 16000, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256)|}]\npublic partial class Mic { }\n".Insert(0, "["), chip: "esp32h2");

    [Fact]
    public Task UnknownBackendIsInvalidProperty() =>
        new AnalyzerTest(AnalyzerTest.Usings + Mic("DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft"), extraGlobalConfig: "build_property.I2sGenBackend = Custom\n")
        {
            ExpectedDiagnostics = { new DiagnosticResult("I2S0006", DiagnosticSeverity.Error).WithMessage("I2sGenBackend = 'Custom' is not a known backend; use Interop (custom firmware with the generated glue, the default) or Stock (nanoFramework's own System.Device.I2s) (the property is ignored: the Interop backend is used)") },
        }.RunAsync();

    [Fact]
    public Task ConstantTimeoutsOtherThanMinusOneAreReported() =>
        VerifyStockAsync(Mic("DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, DmaLength = 256").Replace("{ }", """
            {
                public int {|I2S0005:ReadInto|}(byte[] buffer, int timeoutMs = -1) => buffer.Length + timeoutMs;
            }

            public static class Use
            {
                public static int Run(Mic mic, byte[] buffer, int variable)
                {
                    return mic.ReadInto(buffer, {|I2S0508:100|}) + mic.ReadInto(buffer, {|I2S0508:timeoutMs: 0|}) + mic.ReadInto(buffer, -1) + mic.ReadInto(buffer) + mic.ReadInto(buffer, variable);
                }
            }
            """, System.StringComparison.Ordinal).Replace("public partial class Mic", "public partial class Mic", System.StringComparison.Ordinal));
}
