using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Report;

/// <summary>
/// The report states the figures the generated code states: every number in the JSON is checked against a generated
/// C# constant or the C header's figures; every Markdown row that names a constant spells that constant's literal;
/// the pin map has one cell per GPIO, coloured from the chip table and the bindings' pins.
/// </summary>
public sealed partial class BuildReportFigureTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [Theory]
    [MemberData(nameof(ReportCase.Names), MemberType = typeof(ReportCase))]
    public void EveryNumberInTheJsonMatchesTheGeneratedCode(string name)
    {
        var reportCase = ReportCase.Get(name);
        var run = reportCase.Run();
        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        var root = json.RootElement;
        var bindings = root.GetProperty("bindings").EnumerateArray().ToList();
        Assert.NotEmpty(bindings);

        var checkedPaths = new HashSet<string>(StringComparer.Ordinal);
        long totalDma = 0;
        foreach (var binding in bindings)
        {
            totalDma += CheckBinding(run, binding, checkedPaths);
        }

        foreach (var bus in root.GetProperty("sharedBuses").EnumerateArray())
        {
            CheckSharedBus(run, bus, checkedPaths);
        }

        var chip = ChipTable.All.Single(info => info.IdfTarget == reportCase.Chip);
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(bindings.Count, root.GetProperty("totals").GetProperty("bindings").GetInt32());
        Assert.Equal(totalDma, root.GetProperty("totals").GetProperty("totalDmaBytes").GetInt64());
        Assert.Equal(chip.InternalRamBytes, root.GetProperty("totals").GetProperty("internalRamBytes").GetInt32());
        checkedPaths.UnionWith(new[] { "schemaVersion", "totals.bindings", "totals.totalDmaBytes", "totals.internalRamBytes" });

        var gpios = root.GetProperty("gpios").EnumerateArray().Select(static pin => pin.GetProperty("gpio").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(0, chip.HighestGpio + 1), gpios);
        checkedPaths.Add("gpios[].gpio");

        // A number added to the JSON without a check here fails: the report cannot grow an unverified figure.
        var uncovered = NumberPaths(root, string.Empty).Where(path => !checkedPaths.Contains(path)).Distinct().ToList();
        Assert.True(uncovered.Count == 0, "numbers in the JSON that no check covers: " + string.Join(", ", uncovered));
    }

    /// <summary>A shared bus's numbers are every member's generated Bus, BckPin and WsPin constants.</summary>
    private static void CheckSharedBus(GeneratorRun run, JsonElement bus, HashSet<string> checkedPaths)
    {
        var members = bus.GetProperty("members").EnumerateArray().Select(static member => member.GetString()!).ToList();
        Assert.True(members.Count >= 2, "a shared bus has two or more members");
        foreach (var member in members)
        {
            var constants = GeneratedConstants.Of(run, member);
            Assert.Equal(constants.Long("Bus"), bus.GetProperty("bus").GetInt64());
            Assert.Equal(constants.Long("BckPin"), bus.GetProperty("bck").GetInt64());
            Assert.Equal(constants.Long("WsPin"), bus.GetProperty("ws").GetInt64());
        }

        checkedPaths.UnionWith(new[] { "sharedBuses[].bus", "sharedBuses[].bck", "sharedBuses[].ws" });
    }

    /// <summary>Checks one binding's numbers and returns its DMA RAM.</summary>
    private static long CheckBinding(GeneratorRun run, JsonElement binding, HashSet<string> checkedPaths)
    {
        var constants = GeneratedConstants.Of(run, binding.GetProperty("fullName").GetString()!);
        var header = run.Native(binding.GetProperty("cName").GetString() + "_i2s.h").Content;
        void Equal(string path, string constant)
        {
            Assert.True(constants.Long(constant) == Number(binding, path).GetInt64(), $"{path} = {Number(binding, path)} but {constant} = {constants.Long(constant)}");
            checkedPaths.Add("bindings[]." + path);
        }

        void InHeader(string path, string text)
        {
            Assert.Contains(text, header, StringComparison.Ordinal);
            checkedPaths.Add("bindings[]." + path);
        }

        Equal("bus", "Bus");
        Equal("pins.bck", "BckPin");
        Equal("pins.ws", "WsPin");
        Equal("pins.mclk", "MclkPin");
        Equal(constants.Has("SdinPin") ? "pins.sdin" : "pins.sdout", constants.Has("SdinPin") ? "SdinPin" : "SdoutPin");
        Equal("format.bitsPerSample", "BitsPerSample");
        Equal("format.channels", "Channels");
        Equal("format.bytesPerFrame", "BytesPerFrame");
        Equal("dma.bufferCount", "DmaBufferCount");
        Equal("dma.bufferFrames", "DmaBufferFrames");
        Equal("dma.bufferBytes", "DmaBufferBytes");
        Equal("dma.totalBytes", "TotalDmaBytes");
        Equal("latencyMicroseconds", "BufferedLatencyMicroseconds");
        Equal("clock.requestedRateHz", "SampleRate");

        // The real rate is the constant's double exactly; the ppm is (real - requested) / requested x 1e6 to 3 decimals.
        var real = constants.Double("RealSampleRate");
        var requested = constants.Long("SampleRate");
        Assert.Equal(real, Number(binding, "clock.realRateHz").GetDouble());
        Assert.Equal(constants.Literal("RealSampleRate"), Number(binding, "clock.realRateHz").GetRawText());
        Assert.Equal(Math.Round((real - requested) / requested * 1e6, 3, MidpointRounding.AwayFromZero), Number(binding, "clock.errorPpm").GetDouble(), 9);
        Assert.Matches("^-?[0-9]+\\.[0-9]{3}$", Number(binding, "clock.errorPpm").GetRawText());
        checkedPaths.UnionWith(new[] { "bindings[].clock.realRateHz", "bindings[].clock.errorPpm" });

        // The rest of the clock chain and the memory layout are the C header's figures.
        var clock = binding.GetProperty("clock");
        string Raw(string path) => Number(binding, path).GetRawText();
        InHeader("format.bytesPerSample", Raw("format.bytesPerSample") + " bytes per sample in memory");
        InHeader("dma.bufferLimitBytes", "(driver limit " + Raw("dma.bufferLimitBytes") + ")");
        var numerator = clock.GetProperty("mclkDivider").GetProperty("numerator").GetInt32();
        var divider = numerator == 0 ? Raw("clock.mclkDivider.integer")
            : "(" + Raw("clock.mclkDivider.integer") + " + " + Raw("clock.mclkDivider.numerator") + "/" + Raw("clock.mclkDivider.denominator") + ")";
        var source = clock.GetProperty("source").GetString() + " " + (Number(binding, "clock.sourceHz").GetInt64() / 1e6).ToString("0.######", Inv) + " MHz";
        InHeader("clock.sourceHz", " * Clock:          " + source + " / " + divider + " = MCLK " + Raw("clock.mclkHz") + " Hz (");
        checkedPaths.UnionWith(new[] { "bindings[].clock.mclkDivider.integer", "bindings[].clock.mclkDivider.numerator", "bindings[].clock.mclkDivider.denominator", "bindings[].clock.mclkHz" });
        if (numerator == 0)
        {
            // An integer divider has no fraction: ESP-IDF's a/b are reported as 0/1.
            Assert.Equal(1, clock.GetProperty("mclkDivider").GetProperty("denominator").GetInt32());
        }

        InHeader("clock.mclkMultiple", "(" + Raw("clock.mclkMultiple") + " x fs); BCLK = MCLK / " + Raw("clock.bclkDivider") + " = " + Raw("clock.bclkHz") + " Hz");
        checkedPaths.UnionWith(new[] { "bindings[].clock.bclkDivider", "bindings[].clock.bclkHz" });
        Assert.Equal(requested * Number(binding, "clock.mclkMultiple").GetInt64(), Number(binding, "clock.requestedMclkHz").GetInt64());
        Assert.Equal(constants.Long("BitsPerSample"), Number(binding, "clock.slotBits").GetInt64());
        checkedPaths.UnionWith(new[] { "bindings[].clock.requestedMclkHz", "bindings[].clock.slotBits" });

        // The real rate follows from the chain: MCLK / bclk_div / (2 x slot bits), to the header's millihertz.
        Assert.Equal(Number(binding, "clock.mclkHz").GetDouble() / Number(binding, "clock.bclkDivider").GetDouble() / (2 * Number(binding, "clock.slotBits").GetDouble()), real, 0.01);

        if (clock.GetProperty("apllCoefficients").ValueKind == JsonValueKind.Object)
        {
            // f = xtal (40 MHz) x (4 + sdm2 + sdm1/256 + sdm0/65536) / (2 (o_div + 2)), truncated to Hz as ESP-IDF does.
            Assert.True(clock.GetProperty("apll").GetBoolean());
            var apll = clock.GetProperty("apllCoefficients");
            double Coefficient(string key) => apll.GetProperty(key).GetDouble();
            var frequency = 40e6 * (4 + Coefficient("sdm2") + (Coefficient("sdm1") / 256) + (Coefficient("sdm0") / 65536)) / (2 * (Coefficient("oDiv") + 2));
            Assert.Equal(Number(binding, "clock.sourceHz").GetInt64(), (long)frequency);
            checkedPaths.UnionWith(new[] { "bindings[].clock.apllCoefficients.oDiv", "bindings[].clock.apllCoefficients.sdm2", "bindings[].clock.apllCoefficients.sdm1", "bindings[].clock.apllCoefficients.sdm0" });
        }
        else
        {
            Assert.False(clock.GetProperty("apll").GetBoolean());
        }

        CheckPart(constants, binding, checkedPaths);
        return constants.Long("TotalDmaBytes");
    }

    /// <summary>The part's numbers are the generated PartSampleBits and the binding's container size; its text the declaration's.</summary>
    private static void CheckPart(GeneratedConstants constants, JsonElement binding, HashSet<string> checkedPaths)
    {
        var part = binding.GetProperty("part");
        if (part.ValueKind == JsonValueKind.Null)
        {
            Assert.False(constants.Has("PartSampleBits"));
            return;
        }

        var conversion = part.GetProperty("conversion");
        if (conversion.ValueKind == JsonValueKind.Null)
        {
            // No helpers: none generated, and the report says why.
            Assert.False(constants.Has("PartSampleBits"));
            Assert.StartsWith("no conversion helpers: ", part.GetProperty("noConversion").GetString(), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(constants.Long("PartSampleBits"), Number(part, "conversion.sampleBits").GetInt64());
        Assert.Equal(Number(binding, "format.bytesPerSample").GetInt64(), Number(part, "conversion.containerBytes").GetInt64());
        Assert.Equal(JsonValueKind.Null, part.GetProperty("noConversion").ValueKind);
        checkedPaths.UnionWith(new[] { "bindings[].part.conversion.sampleBits", "bindings[].part.conversion.containerBytes" });
    }

    [Theory]
    [MemberData(nameof(ReportCase.Names), MemberType = typeof(ReportCase))]
    public void MarkdownRowsSpellTheGeneratedConstants(string name)
    {
        var run = ReportCase.Get(name).Run();
        var markdown = run.Native("i2sgen-report.md").Content;
        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        var checkedRows = 0;
        foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
        {
            var constants = GeneratedConstants.Of(run, binding.GetProperty("fullName").GetString()!);
            var className = binding.GetProperty("name").GetString()!;
            var section = Section(markdown, "## " + className);
            foreach (Match row in ConstantRow().Matches(section))
            {
                Assert.Equal(constants.Literal(row.Groups["constant"].Value), row.Groups["value"].Value);
                checkedRows++;
            }

            // The summary row has the same real rate, DMA RAM and latency.
            var summary = markdown.Split('\n').Single(line => line.StartsWith("| `" + className + "` |", StringComparison.Ordinal));
            Assert.Contains("| " + constants.Literal("RealSampleRate") + " |", summary, StringComparison.Ordinal);
            Assert.EndsWith("| " + constants.Literal("TotalDmaBytes") + " | " + constants.Literal("BufferedLatencyMicroseconds") + " |", summary, StringComparison.Ordinal);
        }

        // Bus, 4 pins, 3 format rows, 4 DMA rows, latency, two rates: 15 rows per binding; PartSampleBits for a part with helpers.
        var withHelpers = json.RootElement.GetProperty("bindings").EnumerateArray()
            .Count(static binding => binding.GetProperty("part") is { ValueKind: JsonValueKind.Object } part && part.GetProperty("conversion").ValueKind == JsonValueKind.Object);
        Assert.Equal((15 * json.RootElement.GetProperty("bindings").GetArrayLength()) + withHelpers, checkedRows);
    }

    [Theory]
    [MemberData(nameof(ReportCase.Names), MemberType = typeof(ReportCase))]
    public void PinMapHasACellPerGpioColouredFromTheChipTableAndTheBindings(string name)
    {
        var reportCase = ReportCase.Get(name);
        var run = reportCase.Run();
        var chip = ChipTable.All.Single(info => info.IdfTarget == reportCase.Chip);
        var svg = XDocument.Parse(run.Native(reportCase.PinMapFile).Content);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);

        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        var used = new Dictionary<int, List<string>>();
        foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
        {
            foreach (var pin in binding.GetProperty("pins").EnumerateObject().Where(static pin => pin.Value.GetInt32() >= 0))
            {
                var gpio = pin.Value.GetInt32();
                used[gpio] = used.TryGetValue(gpio, out var roles) ? roles : new List<string>();
                used[gpio].Add(pin.Name.ToUpperInvariant() + " of " + binding.GetProperty("name").GetString());
            }
        }

        var cells = svg.Descendants(ns + "g").Where(static g => (string?)g.Attribute("class") is { } c && c.StartsWith("pin ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, chip.HighestGpio + 1).Select(static gpio => "gpio" + gpio.ToString(Inv)), cells.Select(static g => (string)g.Attribute("id")!));
        var states = json.RootElement.GetProperty("gpios").EnumerateArray().ToDictionary(static pin => pin.GetProperty("gpio").GetInt32(), static pin => pin.GetProperty("state").GetString());
        foreach (var cell in cells)
        {
            var gpio = int.Parse(((string)cell.Attribute("id")!).Substring(4), Inv);
            var state = ((string)cell.Attribute("class")!).Substring("pin pin-".Length);
            var expected = used.ContainsKey(gpio) ? "used"
                : !chip.Exists(gpio) ? "absent"
                : chip.IsFlash(gpio) ? "forbidden"
                : chip.IsTroublesome(gpio) ? "risky"
                : !chip.CanOutput(gpio) ? "input-only"
                : "free";
            Assert.True(expected == state, $"GPIO{gpio} is {state}, expected {expected}");
            Assert.Equal(state, states[gpio]);

            // The tooltip names the pin and, for a used pin, every role; for a risky pin, the rule.
            var title = cell.Element(ns + "title")!.Value;
            Assert.StartsWith("GPIO" + gpio.ToString(Inv) + " (" + state + "): ", title, StringComparison.Ordinal);
            foreach (var role in used.TryGetValue(gpio, out var roles) ? roles : new List<string>())
            {
                Assert.Contains(role, title, StringComparison.Ordinal);
            }

            if (state == "risky")
            {
                Assert.Matches("\\(I2S03[01][0-9]\\)", title);
            }
        }

        // Every binding is listed with its pins below the map.
        var text = string.Join("\n", svg.Descendants(ns + "text").Select(static t => t.Value));
        foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
        {
            Assert.Contains(binding.GetProperty("name").GetString() + " (bus " + binding.GetProperty("bus").GetInt32().ToString(Inv) + ", ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheReportIsLeftOutWhenI2sGenReportIsFalse()
    {
        var reportCase = ReportCase.Get("Esp32Std");
        var properties = new Dictionary<string, string>(reportCase.Properties) { ["I2sGenReport"] = "False" };
        var off = GeneratorHarness.Run(reportCase.Source, properties).AssertClean("report off");
        Assert.DoesNotContain(off.NativeFiles, static file => file.FileName.StartsWith("i2sgen-", StringComparison.Ordinal));
        Assert.Contains(off.NativeFiles, static file => file.FileName == "inmp441_i2s.c");
        Assert.Equal(
            new[] { "i2sgen-pinmap-esp32.svg", "i2sgen-report.json", "i2sgen-report.md" },
            reportCase.Run().NativeFiles.Select(static file => file.FileName).Where(static file => file.StartsWith("i2sgen-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NamesInAnyScriptGiveValidFiles()
    {
        // A class name C cannot spell (it gets a hashed C name) and one in the global namespace.
        const string Source = """
            [I2sGen.I2sMicrophone(Bck = 14, Ws = 13, Sdin = 34, DataFormat = I2sGen.I2sDataFormat.B32,
                ChannelFormat = I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000)]
            public partial class 麦克风 { }
            """;
        var run = GeneratorHarness.Run(Source).AssertClean("a non-ASCII class name");
        using var json = JsonDocument.Parse(run.Native("i2sgen-report.json").Content);
        var binding = json.RootElement.GetProperty("bindings")[0];
        Assert.Equal("麦克风", binding.GetProperty("fullName").GetString());
        Assert.Equal(GeneratedConstants.Of(run, "麦克风").Long("TotalDmaBytes"), binding.GetProperty("dma").GetProperty("totalBytes").GetInt64());
        Assert.Contains("麦克风 (bus 0, RX)", XDocument.Parse(run.Native("i2sgen-pinmap-esp32.svg").Content).Root!.Value, StringComparison.Ordinal);
        Assert.Contains("## 麦克风\n", run.Native("i2sgen-report.md").Content, StringComparison.Ordinal);
    }

    private static JsonElement Number(JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = element.GetProperty(part);
        }

        Assert.Equal(JsonValueKind.Number, element.ValueKind);
        return element;
    }

    /// <summary>The dotted paths of every number under <paramref name="element"/>; array items as <c>[]</c>.</summary>
    private static IEnumerable<string> NumberPaths(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Number => new[] { path },
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => NumberPaths(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => NumberPaths(item, path + "[]")),
        _ => Enumerable.Empty<string>(),
    };

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, heading + " not in the report");
        var end = markdown.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }

    [GeneratedRegex("^\\| [^|]+ \\| (?<value>[^ |]+) \\| `(?<constant>[A-Za-z]+)` \\|$", RegexOptions.Multiline)]
    private static partial Regex ConstantRow();
}
