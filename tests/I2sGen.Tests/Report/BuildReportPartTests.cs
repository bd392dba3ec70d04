using System;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Report;

/// <summary>
/// The report names each binding's part and its strap wiring as declared, says what the wiring means on the bus, and
/// names the conversion helpers the wrapper got (or why none), in the Markdown, the JSON and the pin map (issue 14).
/// </summary>
public sealed class BuildReportPartTests
{
    [Fact]
    public void JsonNamesThePartItsStrapAndWhatTheWiringMeans()
    {
        var run = ReportCase.Get("Esp32Parts").Run();
        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        var bindings = json.RootElement.GetProperty("bindings").EnumerateArray().ToDictionary(static b => b.GetProperty("name").GetString()!);

        var mic = bindings["Inmp441Mic"].GetProperty("part");
        Assert.Equal("INMP441", mic.GetProperty("name").GetString());
        Assert.Equal("microphone", mic.GetProperty("role").GetString());
        Assert.False(mic.GetProperty("stereo").GetBoolean());
        Assert.Equal("LrPin", mic.GetProperty("strap").GetProperty("argument").GetString());
        Assert.Equal("I2sPinLevel.Low", mic.GetProperty("strap").GetProperty("declared").GetString());
        Assert.Equal("L/R", mic.GetProperty("strap").GetProperty("pin").GetString());
        Assert.Equal("L/R tied low: data in the left slot", mic.GetProperty("wiring").GetString());
        Assert.Equal("msb", mic.GetProperty("conversion").GetProperty("justification").GetString());
        Assert.Equal(24, mic.GetProperty("conversion").GetProperty("sampleBits").GetInt32());
        Assert.Equal(4, mic.GetProperty("conversion").GetProperty("containerBytes").GetInt32());
        Assert.Equal(JsonValueKind.Null, mic.GetProperty("controlBus").ValueKind);

        var dac = bindings["Pcm5102aDac"].GetProperty("part");
        Assert.Equal("FormatPin", dac.GetProperty("strap").GetProperty("argument").GetString());
        Assert.Equal("FMT tied low: I2S (Philips) frames", dac.GetProperty("wiring").GetString());
        Assert.True(dac.GetProperty("stereo").GetBoolean());
        Assert.Equal(24, dac.GetProperty("conversion").GetProperty("sampleBits").GetInt32());
        Assert.Equal(4, dac.GetProperty("conversion").GetProperty("containerBytes").GetInt32());
        Assert.Contains("in the high 24 bits of 32-bit little-endian containers", dac.GetProperty("conversion").GetProperty("layout").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSaysWhyABindingGetsNoHelpersAndNamesTheCodecsControlBus()
    {
        var run = ReportCase.Get("Esp32S3LegacyParts").Run();
        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        var bindings = json.RootElement.GetProperty("bindings").EnumerateArray().ToDictionary(static b => b.GetProperty("name").GetString()!);

        var codec = bindings["Es8311Codec"].GetProperty("part");
        Assert.Equal("codec", codec.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, codec.GetProperty("strap").ValueKind);
        Assert.Equal(JsonValueKind.Null, codec.GetProperty("conversion").ValueKind);
        Assert.Contains("legacy driver sizes 24-bit samples at 4 bytes on this chip, but its I2S hardware stores them in 3", codec.GetProperty("noConversion").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("I2C at 0x18", codec.GetProperty("controlBus").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.CSharpSources, static source => source.Key.Contains("Es8311Codec", StringComparison.Ordinal) && source.Value.Contains("PartSampleBits", StringComparison.Ordinal));
        Assert.DoesNotContain("i2s_to_sample", run.Native("es8311_codec_i2s.h").Content, StringComparison.Ordinal);

        var amp = bindings["Max98357aAmp"].GetProperty("part");
        Assert.Equal("I2sAmpChannel.Mix", amp.GetProperty("strap").GetProperty("declared").GetString());
        Assert.Equal("SD_MODE", amp.GetProperty("strap").GetProperty("pin").GetString());
        Assert.Equal("SD_MODE at 0.16-0.77 V: plays (left + right) / 2", amp.GetProperty("wiring").GetString());
    }

    [Theory]
    [InlineData("LrPin = I2sPinLevel.High, ChannelFormat = I2sChannelFormat.OnlyRight", "L/R tied high: data in the right slot")]
    [InlineData("LrPin = I2sPinLevel.Low, ChannelFormat = I2sChannelFormat.OnlyLeft", "L/R tied low: data in the left slot")]
    public void TheWiringFollowsTheDeclaration(string strap, string wiring)
    {
        var source = "using I2sGen;\n\n[I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, Part = I2sPart.Inmp441, " + strap
            + ", DataFormat = I2sDataFormat.B32, SampleRate = 16000)]\npublic partial class Mic { }\n";
        var run = GeneratorHarness.Run(source).AssertClean("an INMP441");
        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        Assert.Equal(wiring, json.RootElement.GetProperty("bindings")[0].GetProperty("part").GetProperty("wiring").GetString());
        Assert.Contains("| Wiring | " + wiring + " |", run.Native("i2sgen-report.md").Content, StringComparison.Ordinal);
        Assert.Contains("Mic (bus 0, RX): BCK GPIO13, WS GPIO14, SDIN GPIO34, MCLK not connected; INMP441, " + wiring, XDocument.Parse(run.Native("i2sgen-pinmap-esp32.svg").Content).Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownHasAPartSectionPerNamedPartOnly()
    {
        var markdown = ReportCase.Get("Esp32Parts").Run().Native("i2sgen-report.md").Content;
        Assert.Contains("Part: INMP441, mono MEMS microphone\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Strap | `LrPin = I2sPinLevel.Low` (L/R) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Conversion helpers | `ToSample`, `ConvertSamples`: 24-bit two's-complement samples, MSB first, in 32-bit little-endian slots |", markdown, StringComparison.Ordinal);
        Assert.Contains("Part: PCM5102A, stereo DAC\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Conversion helpers | `FromSample`, `ConvertSamples`: ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Part: ", ReportCase.Get("Esp32Std").Run().Native("i2sgen-report.md").Content, StringComparison.Ordinal);
    }
}
