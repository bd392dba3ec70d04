using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// A binding declaration with known-good figures whose generated C is pinned by baselines and compiled with gcc.
/// The cases follow the seed's tested hardware and examples (shared/reference/seed-api.md §2.7, §2.8) and cover
/// both drivers, both directions, every standard, 24-bit data, the APLL and a second chip.
/// </summary>
public sealed class NativeCase
{
    private NativeCase(string name, string cName, string declaration, string? chip = null, string? driver = null)
    {
        Name = name;
        CName = cName;
        Declaration = declaration;
        Properties = new Dictionary<string, string>();
        if (chip is not null)
        {
            Properties["I2sGenChip"] = chip;
        }

        if (driver is not null)
        {
            Properties["I2sGenDriver"] = driver;
        }
    }

    /// <summary>The case name, also the baseline folder.</summary>
    public string Name { get; }

    /// <summary>The C prefix the generator derives from the class name.</summary>
    public string CName { get; }

    /// <summary>The attributed partial class.</summary>
    public string Declaration { get; }

    /// <summary>Global MSBuild properties of the build.</summary>
    public Dictionary<string, string> Properties { get; }

    public bool IsLegacy => Properties.TryGetValue("I2sGenDriver", out var driver) && driver == "legacy";

    /// <summary>The IDF target (esp32 unless the case sets I2sGenChip).</summary>
    public string Chip => Properties.TryGetValue("I2sGenChip", out var chip) ? chip : "esp32";

    /// <summary>The stand-in headers in native/include configure an ESP32 build unless told otherwise.</summary>
    public bool IsDefaultChip => Chip == "esp32";

    /// <summary>The gcc define that configures native/include for this case's chip, as an ESP-IDF sdkconfig.h would.</summary>
    public string TargetDefine => "-DCONFIG_IDF_TARGET_" + Chip.ToUpperInvariant();

    public string Source => "using I2sGen;\n\nnamespace Firmware.Audio;\n\n" + Declaration + "\n";

    public string HeaderFile => CName + "_i2s.h";

    public string SourceFile => CName + "_i2s.c";

    public static IReadOnlyList<NativeCase> All { get; } = new[]
    {
        // Seed example 3a and the fixture's INMP441 wiring.
        new NativeCase("Inmp441", "inmp441",
            "[I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,\n"
            + "    SampleRate = 22050, DmaCount = 50, DmaLength = 256)]\npublic partial class Inmp441 { }"),

        // The fixture's MSM261 wiring, with the seed's I2S.LSB standard (generated as MSB-justified).
        new NativeCase("Msm261", "msm261",
            "[I2sMicrophone(Bck = 15, Ws = 26, Sdin = 36, Standard = I2sStandard.Lsb, DataFormat = I2sDataFormat.B32,\n"
            + "    ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 16000, DmaCount = 8, DmaLength = 256)]\npublic partial class Msm261 { }"),

        // A named part (issue 14): the header gets the INMP441's decoder (24-bit in 32-bit slots).
        new NativeCase("Inmp441Part", "inmp441_part",
            "[I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32,\n"
            + "    ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Inmp441Part { }"),

        // A named amplifier: the header gets the MAX98357A's encoder (16-bit slots).
        new NativeCase("Max98357aPart", "max98357a_part",
            "[I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B16,\n"
            + "    ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)]\npublic partial class Max98357aPart { }"),

        // A named codec sending 24-bit data: on the ESP32 each sample takes 4 bytes, the decoder shifts out the low one.
        new NativeCase("Es8311B24Part", "es8311_b24_part",
            "[I2sMicrophone(Bck = 18, Ws = 19, Sdin = 23, Part = I2sPart.Es8311, DataFormat = I2sDataFormat.B24,\n"
            + "    ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 240)]\npublic partial class Es8311B24Part { }"),

        // Seed example 2: MAX98357A mono playback.
        new NativeCase("Max98357a", "max98357a",
            "[I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft,\n"
            + "    SampleRate = 16000, DmaCount = 10, DmaLength = 512)]\npublic partial class Max98357a { }"),

        // Seed example 1: PCM5102 stereo playback on the second controller.
        new NativeCase("Pcm5102", "pcm5102",
            "[I2sSpeaker(Bus = 1, Bck = 33, Ws = 25, Sdout = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 8000, DmaCount = 10, DmaLength = 512)]\npublic partial class Pcm5102 { }"),

        // The seed README's microphone example, written with the general attribute.
        new NativeCase("ReadmeMic", "readme_mic",
            "[I2s(Mode = I2sMode.MasterRx, Bck = 14, Ws = 13, Sdin = 12, DataFormat = I2sDataFormat.B32,\n"
            + "    ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaCount = 16, DmaLength = 256)]\npublic partial class ReadmeMic { }"),

        // The seed README's speaker example.
        new NativeCase("ReadmeSpeaker", "readme_speaker",
            "[I2s(Mode = I2sMode.MasterTx, Bus = 1, Bck = 14, Ws = 13, Sdout = 12, DataFormat = I2sDataFormat.B16,\n"
            + "    ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 16000, DmaCount = 16, DmaLength = 512)]\npublic partial class ReadmeSpeaker { }"),

        // Seed example 3a on the legacy driver (what the seed itself ran on).
        new NativeCase("LegacyInmp441", "legacy_inmp441",
            "[I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,\n"
            + "    SampleRate = 22050, DmaCount = 50, DmaLength = 256)]\npublic partial class LegacyInmp441 { }",
            driver: "legacy"),

        // Legacy transmit with an exact 44.1 kHz from the APLL, MSB-justified, MCLK out on GPIO0.
        new NativeCase("LegacyApllDac", "legacy_apll_dac",
            "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, Mclk = 0, Standard = I2sStandard.Msb, DataFormat = I2sDataFormat.B16,\n"
            + "    ChannelFormat = I2sChannelFormat.AllLeft, SampleRate = 44100, DmaCount = 8, DmaLength = 512, ApllRate = 11289600)]\n"
            + "public partial class LegacyApllDac { }",
            driver: "legacy"),

        // 24-bit PCM-short capture: MCLK = 384 x fs and a DMA length that is a multiple of 3.
        new NativeCase("Pcm24Bit", "pcm24_bit",
            "[I2sMicrophone(Bck = 18, Ws = 19, Sdin = 23, Standard = I2sStandard.PcmShort, DataFormat = I2sDataFormat.B24,\n"
            + "    ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 240)]\npublic partial class Pcm24Bit { }"),

        // Std driver with the APLL on ESP32: exact 44.1 kHz stereo.
        new NativeCase("ApllSpeaker", "apll_speaker",
            "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,\n"
            + "    SampleRate = 44100, DmaCount = 8, DmaLength = 480, ApllRate = 11289600)]\npublic partial class ApllSpeaker { }"),

        // ESP32-S3: hardware-version-2 slot fields, byte-packed samples and MCLK on any GPIO.
        new NativeCase("S3Mic", "s3_mic",
            "[I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, Mclk = 7, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,\n"
            + "    SampleRate = 48000, DmaCount = 4, DmaLength = 480)]\npublic partial class S3Mic { }",
            chip: "esp32s3"),
    };

    public static TheoryData<string> Names() => NamesOf(All);

    /// <summary>The names of <paramref name="cases"/> as theory data, for tests that cover a subset.</summary>
    public static TheoryData<string> NamesOf(IEnumerable<NativeCase> cases)
    {
        var data = new TheoryData<string>();
        foreach (var name in cases.Select(static c => c.Name))
        {
            data.Add(name);
        }

        return data;
    }

    public static NativeCase Get(string name) => All.Single(c => c.Name == name);

    public override string ToString() => Name;
}
