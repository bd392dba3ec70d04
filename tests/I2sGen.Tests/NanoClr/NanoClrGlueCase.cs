using System;
using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Emit;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.NanoClr;

/// <summary>
/// The compilation whose nanoCLR glue the baselines pin and the native test runs: a microphone on bus 0 and a
/// speaker on bus 1, so the dispatch table has both directions (Mic is index 0, Speaker index 1: ordered by C name).
/// </summary>
internal static class NanoClrGlueCase
{
    public const string Source = """
        using I2sGen;

        namespace Firmware.Audio;

        [I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
            SampleRate = 16000, DmaCount = 4, DmaLength = 256)]
        public partial class Mic { }

        [I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
            SampleRate = 16000, DmaCount = 4, DmaLength = 256)]
        public partial class Speaker { }
        """;

    /// <summary>The name prefix of the glue's C++ files (the skeleton project name).</summary>
    public const string GluePrefix = "I2sGen_Interop";

    /// <summary>The glue files, in the order the payload carries them.</summary>
    public static readonly string[] GlueFiles =
    {
        "I2sGen_Interop.h", "I2sGen_Interop.cpp", "I2sGen_Interop_I2sGen_Interop_I2sNative.cpp",
        "I2sGen_Interop_Bindings.h", "I2sGen_Interop_Bindings.cpp", "FindINTEROP-I2sGen.Interop.cmake",
    };

    private static readonly Lazy<GeneratorRun> DefaultRun = new(static () => Run(null));

    /// <summary>The generator run with the default checksum rule.</summary>
    public static GeneratorRun Default => DefaultRun.Value;

    /// <summary>Runs the generator, with <c>I2sGenNativeChecksumRule</c> set when <paramref name="rule"/> is not null.</summary>
    public static GeneratorRun Run(string? rule)
    {
        var properties = new Dictionary<string, string>();
        if (rule is not null)
        {
            properties["I2sGenNativeChecksumRule"] = rule;
        }

        return GeneratorHarness.Run(Source.Replace("\r\n", "\n"), properties).AssertClean("nanoCLR glue case");
    }

    public static IReadOnlyList<NativeFile> Files => Default.NativeFiles;

    public static NativeFile File(string name) => Files.Single(file => file.FileName == name);
}
