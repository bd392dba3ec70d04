namespace I2sGen.Tests.Analyzers;

/// <summary>Known-good bindings the rule tests vary one argument of.</summary>
internal static class Snippets
{
    /// <summary>A clean INMP441 microphone on ESP32 (no diagnostic at all).</summary>
    public const string MicArgs = "Bck = 14, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    /// <summary>A clean MAX98357A speaker on ESP32.</summary>
    public const string SpeakerArgs = "Bus = 1, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000";

    public static string Mic(string extra = "", string name = "Mic") =>
        $"[I2sMicrophone({MicArgs}{(extra.Length > 0 ? ", " + extra : string.Empty)})]\npublic partial class {name} {{ }}\n";
}
