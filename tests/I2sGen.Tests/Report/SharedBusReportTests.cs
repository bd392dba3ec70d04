using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace I2sGen.Tests.Report;

/// <summary>Issue 11: the build report states each shared bus, its members, what runs and why a bus takes turns.</summary>
public sealed class SharedBusReportTests
{
    private static readonly ReportCase Case = ReportCase.Get("Esp32SharedBuses");

    [Fact]
    public void JsonListsBothBusesWithTheirSharing()
    {
        using var json = JsonDocument.Parse(Case.Run().Native("i2sgen-report.json").Content);
        var buses = json.RootElement.GetProperty("sharedBuses").EnumerateArray().ToList();
        Assert.Equal(2, buses.Count);

        var duplex = buses.Single(static bus => bus.GetProperty("bus").GetInt32() == 0);
        Assert.Equal("auto", duplex.GetProperty("requested").GetString());
        Assert.Equal("fullDuplex", duplex.GetProperty("sharing").GetString());
        Assert.Equal(JsonValueKind.Null, duplex.GetProperty("takeTurnsReason").ValueKind);
        Assert.Equal(new[] { "Firmware.Audio.EchoMic", "Firmware.Audio.EchoSpeaker" },
            duplex.GetProperty("members").EnumerateArray().Select(static m => m.GetString()).OrderBy(static m => m, StringComparer.Ordinal));

        var turns = buses.Single(static bus => bus.GetProperty("bus").GetInt32() == 1);
        Assert.Equal("takeTurns", turns.GetProperty("sharing").GetString());
        var reason = turns.GetProperty("takeTurnsReason").GetString()!;
        Assert.Contains("the sample rate differs", reason, StringComparison.Ordinal);
        Assert.Contains("the data format differs", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EachBindingNamesItsPartners()
    {
        using var json = JsonDocument.Parse(Case.Run().Native("i2sgen-report.json").Content);
        foreach (var binding in json.RootElement.GetProperty("bindings").EnumerateArray())
        {
            var shared = binding.GetProperty("sharedBus");
            var partners = shared.GetProperty("partners").EnumerateArray().Select(static p => p.GetString()).ToList();
            var expected = binding.GetProperty("name").GetString() switch
            {
                "EchoMic" => ("fullDuplex", "Firmware.Audio.EchoSpeaker"),
                "EchoSpeaker" => ("fullDuplex", "Firmware.Audio.EchoMic"),
                "VoiceMic" => ("takeTurns", "Firmware.Audio.VoiceSpeaker"),
                _ => ("takeTurns", "Firmware.Audio.VoiceMic"),
            };
            Assert.Equal(expected.Item1, shared.GetProperty("sharing").GetString());
            Assert.Equal(new[] { expected.Item2 }, partners);
        }
    }

    [Fact]
    public void BindingsAloneHaveNoSharedBus()
    {
        using var json = JsonDocument.Parse(ReportCase.Get("Esp32Std").Run().Native("i2sgen-report.json").Content);
        Assert.Empty(json.RootElement.GetProperty("sharedBuses").EnumerateArray());
        Assert.All(json.RootElement.GetProperty("bindings").EnumerateArray(),
            static binding => Assert.Equal(JsonValueKind.Null, binding.GetProperty("sharedBus").ValueKind));
    }

    [Fact]
    public void MarkdownHasASharedBusesTableAndThePinMapSaysSo()
    {
        var run = Case.Run();
        var markdown = run.Native("i2sgen-report.md").Content;
        Assert.Contains("## Shared buses", markdown, StringComparison.Ordinal);
        Assert.Contains("| 0 | 14 | 13 | `Firmware.Audio.EchoMic`, `Firmware.Audio.EchoSpeaker` | Auto | full duplex | – |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | 26 | 25 | `Firmware.Audio.VoiceMic`, `Firmware.Audio.VoiceSpeaker` | Auto | taking turns | the sample rate differs", markdown, StringComparison.Ordinal);
        Assert.Contains("Shares bus 0 (full duplex) with `Firmware.Audio.EchoSpeaker`.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Shared buses", ReportCase.Get("Esp32Std").Run().Native("i2sgen-report.md").Content, StringComparison.Ordinal);

        var svg = run.Native(Case.PinMapFile).Content;
        Assert.Contains("VoiceMic (bus 1, RX, shared bus, taking turns)", svg, StringComparison.Ordinal);
    }
}
