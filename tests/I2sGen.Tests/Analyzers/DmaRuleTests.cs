using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0201-I2S0203: the DMA buffer limit, the RAM budget and the 24-bit frame rule.</summary>
public sealed class DmaRuleTests
{
    private static string Mic(string format, string channels, string dma) =>
        $"[I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.{format}, ChannelFormat = I2sChannelFormat.{channels}, SampleRate = 16000, {dma})]\npublic partial class Mic {{ }}\n";

    [Fact]
    public async Task BufferAboveLimitNamesTheLargestValidLength()
    {
        // 1024 frames × 8 bytes (32-bit stereo) = 8192 bytes > 4092: the largest valid dmalen is 511.
        var test = new AnalyzerTest(AnalyzerTest.Usings + Mic("B32", "RightLeft", "DmaLength = 1024"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0201", DiagnosticSeverity.Error)
            .WithSpan(2, 142, 2, 158)
            .WithMessage("DMA buffer of 1024 frames × 8 bytes = 8192 bytes exceeds the 4092-byte limit on ESP32, and ESP-IDF would silently shrink it; the largest valid DmaLength is 511"));
        await test.RunAsync();
    }

    [Fact]
    public Task BufferAtLimitIsClean() => AnalyzerTest.VerifyAsync(Mic("B32", "RightLeft", "DmaLength = 511"));

    /// <summary>P4's 40 MHz source divides to 16 kHz × 256 exactly (9 + 49/64, fraction limit 512), so no I2S0402.</summary>
    [Fact]
    public Task BufferAboveP4Limit() => AnalyzerTest.VerifyAsync(
        "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, {|I2S0201:DmaLength = 510|})]\npublic partial class Mic { }\n",
        chip: "esp32p4");

    [Fact]
    public Task LegacyBufferAboveLimit() => AnalyzerTest.VerifyAsync(Mic("B24", "RightLeft", "{|I2S0201:DmaLength = 600|}"), driver: "legacy");

    [Fact]
    public Task DmaRamAboveBudget() => AnalyzerTest.VerifyAsync(Mic("B32", "RightLeft", "{|I2S0202:DmaCount = 20|}, DmaLength = 511"));

    /// <summary>Issue 9: DmaCount = 100000 gives a DMA error (the standard driver has no count limit of its own).</summary>
    [Fact]
    public Task DmaRamAboveInternalRam() => AnalyzerTest.VerifyAsync(Mic("B32", "OnlyLeft", "{|I2S0205:DmaCount = 100000|}"));

    [Fact]
    public async Task DmaRamAboveInternalRamStatesTheExactSize()
    {
        // int.MaxValue × 4088 bytes needs more than 32 bits: the message quotes the product, not a wrapped value.
        var test = new AnalyzerTest(AnalyzerTest.Usings + Mic("B32", "RightLeft", "{|#0:DmaCount = 2147483647|}, DmaLength = 511"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0205", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("2147483647 DMA buffers × 4088 bytes = 8778913148936 bytes, more than the 532480 bytes of internal RAM of ESP32; the driver allocates DMA buffers in internal RAM, so installing it fails (ESP_ERR_NO_MEM); use DmaCount 16 or fewer to stay within the 65536-byte budget"));
        await test.RunAsync();
    }

    [Fact]
    public async Task BufferOfIntMaxFramesStatesTheExactSize()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + Mic("B32", "RightLeft", "{|#0:DmaLength = 2147483647|}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0201", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("DMA buffer of 2147483647 frames × 8 bytes = 17179869176 bytes exceeds the 4092-byte limit on ESP32, and ESP-IDF would silently shrink it; the largest valid DmaLength is 511"));
        await test.RunAsync();
    }

    [Fact]
    public Task DmaRamWithinBudgetIsClean() => AnalyzerTest.VerifyAsync(Mic("B32", "RightLeft", "DmaCount = 8, DmaLength = 511"));

    [Fact]
    public Task StdDriver24BitFrameCountNotMultipleOfThree() => AnalyzerTest.VerifyAsync(Mic("B24", "OnlyLeft", "{|I2S0203:DmaLength = 100|}"));

    [Fact]
    public Task StdDriver24BitFrameCountMultipleOfThreeIsClean() => AnalyzerTest.VerifyAsync(Mic("B24", "OnlyLeft", "DmaLength = 99"));

    [Fact]
    public Task LegacyDriver24BitFrameCountIsClean() => AnalyzerTest.VerifyAsync(Mic("B24", "OnlyLeft", "DmaLength = 100"), driver: "legacy");
}
