using System.Collections.Generic;
using System.Linq;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// Shared buses (issue 11) as the wrapper tests cover them: the ESPHome-style voice assistant on an ESP32-S3 (an
/// INMP441-like 32-bit microphone and a MAX98357A-like 16-bit speaker on one controller with the same BCK and WS,
/// taking turns), a full-duplex codec pair on the ESP32, and both again on the stock firmware, where a full-duplex
/// pair has to take turns. Each configuration declares two classes; <see cref="WrapperConfiguration.ClassName"/>
/// names the first (the one whose file carries the bus's turn keeper when there is one).
/// </summary>
internal static class SharedBusConfigurations
{
    public const string VoiceMicrophone = "I2sMicrophone(Bus = 0, Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, "
        + "SampleRate = 16000, DmaCount = 8, DmaLength = 256, BusSharing = I2sBusSharing.TakeTurns)";

    public const string VoiceSpeaker = "I2sSpeaker(Bus = 0, Bck = 4, Ws = 5, Sdout = 7, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, "
        + "SampleRate = 16000, DmaCount = 8, DmaLength = 256, BusSharing = I2sBusSharing.TakeTurns)";

    public const string DuplexMicrophone = "I2sMicrophone(Bus = 0, Bck = 26, Ws = 25, Sdin = 35, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, "
        + "SampleRate = 16000, DmaCount = 6, DmaLength = 240, BusSharing = I2sBusSharing.FullDuplex)";

    public const string DuplexSpeaker = "I2sSpeaker(Bus = 0, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, "
        + "SampleRate = 16000, DmaCount = 6, DmaLength = 240, BusSharing = I2sBusSharing.FullDuplex)";

    private static readonly Dictionary<string, string> S3 = new() { ["I2sGenChip"] = "esp32s3" };

    public static IReadOnlyList<WrapperConfiguration> All { get; } = new[]
    {
        Pair("VoiceAssistantS3", "VoiceMic", VoiceMicrophone, "VoiceSpeaker", VoiceSpeaker, S3),
        Pair("FullDuplexEsp32", "CodecMic", DuplexMicrophone, "CodecSpeaker", DuplexSpeaker, new Dictionary<string, string>()),
        Pair("StockTakeTurns", "VoiceMic", VoiceMicrophone.Replace("Bck = 4, Ws = 5, Sdin = 6", "Bck = 13, Ws = 14, Sdin = 34", System.StringComparison.Ordinal),
            "VoiceSpeaker", VoiceSpeaker.Replace("Bck = 4, Ws = 5, Sdout = 7", "Bck = 13, Ws = 14, Sdout = 27", System.StringComparison.Ordinal),
            new Dictionary<string, string> { ["I2sGenBackend"] = "Stock" }),
        Pair("StockFullDuplex", "CodecMic", DuplexMicrophone, "CodecSpeaker", DuplexSpeaker, new Dictionary<string, string> { ["I2sGenBackend"] = "Stock" }),
    };

    public static IEnumerable<object[]> Names => All.Select(static c => new object[] { c.Name });

    public static WrapperConfiguration Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The full name of the second class of a configuration.</summary>
    public static string PartnerOf(WrapperConfiguration configuration) => configuration.Namespace + "." + (configuration.ClassName == "VoiceMic" ? "VoiceSpeaker" : "CodecSpeaker");

    private static WrapperConfiguration Pair(string name, string first, string firstAttribute, string second, string secondAttribute, Dictionary<string, string> properties)
    {
        var source = "using I2sGen;\n\nnamespace Demo.Shared\n{\n"
            + "    /// <summary>The first member of the shared bus.</summary>\n    [" + firstAttribute + "]\n    public sealed partial class " + first + "\n    {\n    }\n\n"
            + "    /// <summary>The second member of the shared bus.</summary>\n    [" + secondAttribute + "]\n    public sealed partial class " + second + "\n    {\n    }\n}\n";
        return new WrapperConfiguration(name, "Demo.Shared", first, source, properties);
    }
}
