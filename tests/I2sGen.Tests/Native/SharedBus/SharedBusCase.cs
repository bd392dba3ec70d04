using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace I2sGen.Tests.Native.SharedBus;

/// <summary>
/// Two bindings on one I2S controller, whose generated C (both members' files and the bus's own
/// <c>i2sgen_bus0.h/.c</c>) is pinned by baselines, compiled with gcc and g++ and run on the simulator
/// (native/tests/test_shared_bus.c builds these baselines).
/// </summary>
public sealed class SharedBusCase
{
    private SharedBusCase(string name, string[] members, string declarations, bool fullDuplex, string? driver = null, string? chip = null)
    {
        Name = name;
        Members = members;
        Declarations = declarations;
        IsFullDuplex = fullDuplex;
        Properties = new Dictionary<string, string>();
        if (driver is not null)
        {
            Properties["I2sGenDriver"] = driver;
        }

        if (chip is not null)
        {
            Properties["I2sGenChip"] = chip;
        }
    }

    /// <summary>The IDF target (esp32 unless the case sets I2sGenChip); only ESP32 cases run on the simulator.</summary>
    public string Chip => Properties.TryGetValue("I2sGenChip", out var chip) ? chip : "esp32";

    /// <summary>The gcc define that configures native/include for this case's chip.</summary>
    public string TargetDefine => "-DCONFIG_IDF_TARGET_" + Chip.ToUpperInvariant();

    /// <summary>The case name, also the baseline folder (Native/&lt;Name&gt;).</summary>
    public string Name { get; }

    /// <summary>The members' C prefixes.</summary>
    public IReadOnlyList<string> Members { get; }

    public string Declarations { get; }

    public bool IsFullDuplex { get; }

    public Dictionary<string, string> Properties { get; }

    public bool IsLegacy => Properties.TryGetValue("I2sGenDriver", out var driver) && driver == "legacy";

    public string Source => "using I2sGen;\n\nnamespace Firmware.Audio;\n\n" + Declarations + "\n";

    /// <summary>The bus's own files and each member's header and source.</summary>
    public IEnumerable<string> Files => new[] { "i2sgen_bus0.h", "i2sgen_bus0.c" }
        .Concat(Members.SelectMany(static m => new[] { m + "_i2s.h", m + "_i2s.c" }));

    public IEnumerable<string> Sources => Files.Where(static f => f.EndsWith(".c", System.StringComparison.Ordinal));

    public static IReadOnlyList<SharedBusCase> All { get; } = new[]
    {
        // An ES8311-style codec on the std driver: microphone and speaker at the same time, one clock.
        new SharedBusCase("DuplexStd", new[] { "codec_mic", "codec_speaker" },
            "[I2sMicrophone(Bck = 26, Ws = 25, Sdin = 33, Mclk = 0, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 16000, DmaCount = 6, DmaLength = 240, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class CodecMic { }\n\n"
            + "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, Mclk = 0, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 16000, DmaCount = 6, DmaLength = 240, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class CodecSpeaker { }",
            fullDuplex: true),

        // The same pair on the legacy driver: one i2s_driver_install in TX|RX mode.
        new SharedBusCase("DuplexLegacy", new[] { "legacy_codec_mic", "legacy_codec_speaker" },
            "[I2sMicrophone(Bck = 26, Ws = 25, Sdin = 33, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 16000, DmaCount = 6, DmaLength = 240, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class LegacyCodecMic { }\n\n"
            + "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 16000, DmaCount = 6, DmaLength = 240, BusSharing = I2sBusSharing.FullDuplex)]\npublic partial class LegacyCodecSpeaker { }",
            fullDuplex: true, driver: "legacy"),

        // ESP32-S3 (I2S hardware version 2: one clock divider per direction, RX still a slave of TX's BCK/WS), MCLK on a
        // GPIO of its own: the voice-assistant board's codec in full duplex. Compiled, not simulated (the simulator is ESP32).
        new SharedBusCase("DuplexS3", new[] { "s3_codec_mic", "s3_codec_speaker" },
            "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, Mclk = 15, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 16000, DmaCount = 6, DmaLength = 240)]\npublic partial class S3CodecMic { }\n\n"
            + "[I2sSpeaker(Bck = 4, Ws = 5, Sdout = 7, Mclk = 15, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 16000, DmaCount = 6, DmaLength = 240)]\npublic partial class S3CodecSpeaker { }",
            fullDuplex: true, chip: "esp32s3"),

        // ESPHome's voice assistant: a 32-bit INMP441 and a 16-bit MAX98357A taking turns on one controller.
        new SharedBusCase("TakeTurns", new[] { "voice_mic", "voice_speaker" },
            "[I2sMicrophone(Bck = 26, Ws = 25, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,\n"
            + "    SampleRate = 16000, DmaCount = 8, DmaLength = 256, BusSharing = I2sBusSharing.TakeTurns)]\npublic partial class VoiceMic { }\n\n"
            + "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 22050, DmaCount = 4, DmaLength = 512, BusSharing = I2sBusSharing.TakeTurns)]\npublic partial class VoiceSpeaker { }",
            fullDuplex: false),

        // Taking turns on the legacy driver: each member installs and uninstalls the driver with its own configuration.
        new SharedBusCase("TakeTurnsLegacy", new[] { "legacy_voice_mic", "legacy_voice_speaker" },
            "[I2sMicrophone(Bck = 26, Ws = 25, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,\n"
            + "    SampleRate = 16000, DmaCount = 8, DmaLength = 256, BusSharing = I2sBusSharing.TakeTurns)]\npublic partial class LegacyVoiceMic { }\n\n"
            + "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 22050, DmaCount = 4, DmaLength = 512, BusSharing = I2sBusSharing.TakeTurns)]\npublic partial class LegacyVoiceSpeaker { }",
            fullDuplex: false, driver: "legacy"),
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static SharedBusCase Get(string name) => All.Single(c => c.Name == name);

    public override string ToString() => Name;
}
