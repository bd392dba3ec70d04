using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// THE C CONTRACT as text: the header declares exactly init, deinit and one transfer function with the agreed
/// signatures, and #defines the figures with values worked out by hand from the seed's formulas.
/// </summary>
public sealed class NativeContractTests
{
    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void HeaderDeclaresTheContractForItsDirection(string name)
    {
        var nativeCase = NativeCase.Get(name);
        var header = NativeGeneration.Run(nativeCase).Native(nativeCase.HeaderFile).Content;
        var prefix = nativeCase.CName + "_i2s";
        var prototypes = Regex.Matches(header, @"^esp_err_t [^;]*;", RegexOptions.Multiline)
            .Select(static m => Regex.Replace(m.Value, @"\s+", " ")).ToList();
        var receive = header.Contains("receive (RX)");
        var transfer = receive
            ? "esp_err_t " + prefix + "_read(void *buffer, size_t length, size_t *bytes_read, int32_t timeout_ms);"
            : "esp_err_t " + prefix + "_write(const void *buffer, size_t length, size_t *bytes_written, int32_t timeout_ms);";
        Assert.Equal(new[] { "esp_err_t " + prefix + "_init(void);", "esp_err_t " + prefix + "_deinit(void);", transfer }, prototypes);
        Assert.Contains("#ifndef " + prefix.ToUpperInvariant() + "_H\n#define " + prefix.ToUpperInvariant() + "_H\n", header);
        Assert.Contains("#ifdef __cplusplus\nextern \"C\" {\n#endif\n", header);
    }

    [Theory]
    // bytes/frame, DMA buffer, DMA total, requested rate, latency (dmacount x dmalen / rate, in us)
    [InlineData("Inmp441", 4, 1024, 51200, 22050, 580499)] // 32-bit mono; 50 x 256 / 22050 Hz = 580.499 ms
    [InlineData("Pcm5102", 4, 2048, 20480, 8000, 640000)] // 16-bit stereo; 10 x 512 / 8 kHz
    [InlineData("ReadmeMic", 8, 2048, 32768, 16000, 256000)] // 32-bit stereo; 16 x 256 / 16 kHz
    [InlineData("Max98357a", 2, 1024, 10240, 16000, 320000)] // 16-bit mono
    [InlineData("Pcm24Bit", 8, 1920, 11520, 48000, 30000)] // 24-bit data occupies 4 bytes on ESP32
    [InlineData("S3Mic", 4, 1920, 7680, 48000, 40000)]
    public void HeaderDefinesTheFigures(string name, int bytesPerFrame, int dmaBufferBytes, int dmaTotalBytes, int sampleRate, int latencyUs)
    {
        var nativeCase = NativeCase.Get(name);
        var header = NativeGeneration.Run(nativeCase).Native(nativeCase.HeaderFile).Content;
        var macro = nativeCase.CName.ToUpperInvariant() + "_I2S_";
        Assert.Contains("#define " + macro + "BYTES_PER_FRAME " + bytesPerFrame + "\n", header);
        Assert.Contains("#define " + macro + "DMA_BUFFER_BYTES " + dmaBufferBytes + "\n", header);
        Assert.Contains("#define " + macro + "DMA_TOTAL_BYTES " + dmaTotalBytes + "\n", header);
        Assert.Contains("#define " + macro + "SAMPLE_RATE_HZ " + sampleRate + "\n", header);
        Assert.Contains("#define " + macro + "LATENCY_US " + latencyUs + "\n", header);
    }

    [Theory]
    [InlineData("Inmp441", "22049.992 Hz real (-0.4 ppm)", "APLL 11.289596 MHz / 2")] // I2sGen's choice (I2S0406): PLL_F160M's 28 + 10/29 is -5.5 ppm (esp-idf.md §6.4)
    [InlineData("Pcm5102", "8000.000 Hz real (exact)", "(78 + 1/8)")] // §6.4: 8000 Hz -> 78 + 1/8
    [InlineData("S3Mic", "48000.000 Hz real (exact)", "(13 + 1/48)")] // §6.4: 48000 Hz -> 13 + 1/48
    [InlineData("ApllSpeaker", "44099.986 Hz real (-0.3 ppm)", "APLL 22.579193 MHz / 2")] // §6.7: APLL 44.1 kHz ~ -0.3 ppm
    public void BannerStatesTheRealRateAndDivider(string name, string rate, string divider)
    {
        var nativeCase = NativeCase.Get(name);
        foreach (var file in new[] { nativeCase.HeaderFile, nativeCase.SourceFile })
        {
            var text = NativeGeneration.Run(nativeCase).Native(file).Content;
            Assert.Contains(rate, text);
            Assert.Contains(divider, text);
        }
    }

    [Theory]
    [InlineData("Inmp441", ".ws_width = 32,", ".bit_shift = true,", ".msb_right = false,")] // Philips, 32-bit on ESP32
    [InlineData("Max98357a", ".ws_width = 16,", ".bit_shift = true,", ".msb_right = true,")] // ESP32 macro: msb_right for <= 16 bits
    [InlineData("Msm261", ".ws_width = 32,", ".bit_shift = false,", ".slot_mask = I2S_STD_SLOT_RIGHT,")] // seed LSB -> MSB framing
    [InlineData("Pcm24Bit", ".ws_width = 1,", ".ws_pol = true,", ".mclk_multiple = I2S_MCLK_MULTIPLE_192,")] // PCM short, 24-bit: x192 is exact at 48 kHz (x384 +64 ppm)
    [InlineData("ApllSpeaker", ".clk_src = I2S_CLK_SRC_APLL,", ".slot_mode = I2S_SLOT_MODE_STEREO,", ".slot_mask = I2S_STD_SLOT_BOTH,")]
    [InlineData("S3Mic", ".left_align = true,", ".mclk = GPIO_NUM_7,", ".din = GPIO_NUM_6,")] // hardware version 2 fields
    [InlineData("Pcm5102", ".id = I2S_NUM_1,", "i2s_new_channel(&chan_cfg, &handle, NULL)", ".dout = GPIO_NUM_32,")]
    [InlineData("LegacyInmp441", ".mode = (i2s_mode_t)(I2S_MODE_MASTER | I2S_MODE_RX),", ".channel_format = I2S_CHANNEL_FMT_ONLY_LEFT,", ".data_in_num = 34,")]
    [InlineData("LegacyApllDac", ".use_apll = true,", ".fixed_mclk = 11289600,", ".communication_format = I2S_COMM_FORMAT_STAND_MSB,")]
    public void SourceConfiguresTheDriverFromTheModel(string name, params string[] expected)
    {
        Assert.NotEmpty(expected);
        var nativeCase = NativeCase.Get(name);
        var source = NativeGeneration.Run(nativeCase).Native(nativeCase.SourceFile).Content;
        foreach (var text in expected)
        {
            Assert.Contains(text, source);
        }
    }
}
