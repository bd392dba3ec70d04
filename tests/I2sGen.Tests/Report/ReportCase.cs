using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Report;

/// <summary>
/// A compilation whose build report the baselines pin and the figure tests read: several bindings on one target,
/// covering both directions, the APLL, a fractional divider, an input-only data pin and pins the rules warn about.
/// </summary>
public sealed class ReportCase
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> Runs = new(StringComparer.Ordinal);

    private ReportCase(string name, string chip, string? driver, string bindings)
    {
        Name = name;
        Chip = chip;
        Properties = new Dictionary<string, string> { ["I2sGenChip"] = chip };
        if (driver is not null)
        {
            Properties["I2sGenDriver"] = driver;
        }

        Source = "using I2sGen;\n\nnamespace Firmware.Audio;\n\n" + bindings + "\n";
    }

    public string Name { get; }

    /// <summary>The IDF target, which names the pin map file.</summary>
    public string Chip { get; }

    public Dictionary<string, string> Properties { get; }

    public string Source { get; }

    public string PinMapFile => "i2sgen-pinmap-" + Chip + ".svg";

    public static IReadOnlyList<ReportCase> All { get; } = new[]
    {
        // ESP32, std driver: a microphone with a fractional divider and an input-only SDIN, a speaker on the APLL with
        // MCLK on GPIO0 (a strapping pin: a used pin the rules warn about).
        new ReportCase("Esp32Std", "esp32", null, """
            [I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
                SampleRate = 22050, DmaCount = 50, DmaLength = 256)]
            public partial class Inmp441 { }

            [I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 22, Mclk = 0, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
                SampleRate = 44100, DmaCount = 8, DmaLength = 480, ApllRate = 11289600)]
            public partial class Pcm5102 { }
            """),

        // ESP32-S3 on the legacy driver: USB-JTAG, PSRAM and console pins on the map, 24-bit with MCLK = 384 x fs.
        new ReportCase("Esp32S3Legacy", "esp32s3", "legacy", """
            [I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, Mclk = 7, Standard = I2sStandard.PcmShort, DataFormat = I2sDataFormat.B24,
                ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 240)]
            public partial class S3Mic { }
            """),

        // ESP32, std driver, issue 11: a microphone and a speaker in full duplex on bus 0 (Auto: they agree), and a
        // 32-bit microphone and a 16-bit speaker at other rates taking turns on bus 1 (Auto: the rates differ).
        new ReportCase("Esp32SharedBuses", "esp32", null, """
            [I2sMicrophone(Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
                SampleRate = 16000)]
            public partial class EchoMic { }

            [I2sSpeaker(Bck = 14, Ws = 13, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft,
                SampleRate = 16000)]
            public partial class EchoSpeaker { }

            [I2sMicrophone(Bus = 1, Bck = 26, Ws = 25, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
                SampleRate = 16000)]
            public partial class VoiceMic { }

            [I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
                SampleRate = 48000)]
            public partial class VoiceSpeaker { }
            """),

        // Named parts (issue 14): a microphone's L/R strap, a DAC's FMT strap with 24-bit data in the ESP32's 4-byte
        // containers (helpers for the high 3 bytes).
        new ReportCase("Esp32Parts", "esp32", null, """
            [I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32,
                ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]
            public partial class Inmp441Mic { }

            [I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 22, Part = I2sPart.Pcm5102a, FormatPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B24,
                ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaLength = 240)]
            public partial class Pcm5102aDac { }
            """),

        // ESP32-S3 on the legacy driver: an amplifier's SD_MODE strap, and a codec with 24-bit data in 4-byte containers,
        // a layout ESP-IDF does not document off the ESP32 (no helpers; the report says why).
        new ReportCase("Esp32S3LegacyParts", "esp32s3", "legacy", """
            [I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, Part = I2sPart.Es8311, DataFormat = I2sDataFormat.B24,
                ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 240)]
            public partial class Es8311Codec { }

            [I2sSpeaker(Bus = 1, Bck = 15, Ws = 16, Sdout = 17, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B16,
                ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]
            public partial class Max98357aAmp { }
            """),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var reportCase in All)
        {
            data.Add(reportCase.Name);
        }

        return data;
    }

    public static ReportCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The generator run of the case, once per test process; fails unless it generates cleanly.</summary>
    internal GeneratorRun Run() => Runs.GetOrAdd(Name, _ => new Lazy<GeneratorRun>(() =>
        GeneratorHarness.Run(Source.Replace("\r\n", "\n", StringComparison.Ordinal), Properties).AssertClean("Report case " + Name))).Value;

    public override string ToString() => Name;
}
