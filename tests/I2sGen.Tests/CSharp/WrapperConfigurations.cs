using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.CSharp;

/// <summary>A user declaration to generate a wrapper for, with the MSBuild properties of its build.</summary>
internal sealed record WrapperConfiguration(string Name, string Namespace, string ClassName, string Source, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The binding class's full name, as the wrapper's hint name spells it.</summary>
    public string FullName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    /// <summary>The generated C# of this configuration (hint name → text); the run must be clean.</summary>
    public ImmutableSortedDictionary<string, string> Generate() => WrapperConfigurations.Generate(Source, Properties);

    public override string ToString() => Name;
}

/// <summary>
/// The configurations the wrapper tests cover: the seed's examples and its test-fixture pin table
/// (shared/reference/seed-api.md §2.7-2.8), plus the target variations (chip, legacy driver, APLL, global
/// namespace, internal class, the general [I2s] attribute) that change what is generated.
/// </summary>
internal static class WrapperConfigurations
{
    /// <summary>The user assembly of every configuration; it names the host library (Demo.App.I2sHost).</summary>
    public const string AssemblyName = "Demo.App";

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public static IReadOnlyList<WrapperConfiguration> All { get; } = new[]
    {
        // Seed example 3a: INMP441 on the test fixture pins, 32-bit mono, 22.05 kHz, 50 × 256 DMA.
        new WrapperConfiguration("Inmp441Esp32", "Demo.Audio", "Inmp441", Declare("Demo.Audio", "public", "Inmp441",
            "I2sMicrophone(Bus = 0, Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 22050, DmaCount = 50, DmaLength = 256)"),
            NoProperties),

        // Fixture MSM261 on bus 1: 8 kHz, default DMA sizes.
        new WrapperConfiguration("Msm261Bus1", "Demo.Audio", "Msm261", Declare("Demo.Audio", "public", "Msm261",
            "I2sMicrophone(Bus = 1, Bck = 15, Ws = 26, Sdin = 36, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 8000)"),
            NoProperties),

        // Named parts (issue 14): the wrapper gets the part's conversion helpers.
        new WrapperConfiguration("Inmp441Part", "Demo.Audio", "Inmp441Part", Declare("Demo.Audio", "public", "Inmp441Part",
            "I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)"),
            NoProperties),
        new WrapperConfiguration("Sph0645Part", "Demo.Audio", "Sph0645Part", Declare("Demo.Audio", "public", "Sph0645Part",
            "I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, Part = I2sPart.Sph0645lm4h, LrPin = I2sPinLevel.High, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 32000)"),
            NoProperties),
        new WrapperConfiguration("Max98357Part", "Demo.Audio", "Max98357Part", Declare("Demo.Audio", "public", "Max98357Part",
            "I2sSpeaker(Bck = 21, Ws = 22, Sdout = 27, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000)"),
            NoProperties),

        // 24-bit data in 4-byte DMA containers (ESP32): the PCM5102A's encoder puts the sample in the high 3 bytes.
        new WrapperConfiguration("Pcm5102aB24Part", "Demo.Audio", "Pcm5102aB24Part", Declare("Demo.Audio", "public", "Pcm5102aB24Part",
            "I2sSpeaker(Bck = 26, Ws = 25, Sdout = 22, Part = I2sPart.Pcm5102a, FormatPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaLength = 240)"),
            NoProperties),

        // Seed example 2: MAX98357A, 16-bit mono, 16 kHz, 10 × 512 DMA.
        new WrapperConfiguration("Max98357Speaker", "Demo.Audio", "Max98357", Declare("Demo.Audio", "public", "Max98357",
            "I2sSpeaker(Bus = 0, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 10, DmaLength = 512)"),
            NoProperties),

        // Seed example 1: PCM5102 stereo on bus 1, 8 kHz, through the general attribute, in the global namespace.
        new WrapperConfiguration("Pcm5102GeneralGlobal", string.Empty, "Pcm5102", Declare(string.Empty, "internal", "Pcm5102",
            "I2s(Bus = 1, Mode = I2sMode.MasterTx, Bck = 33, Ws = 25, Sdout = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 8000, DmaCount = 10, DmaLength = 512)"),
            NoProperties),

        // ESP32-S3 (chosen by MSBuild property), 24-bit stereo microphone array with an MCLK output.
        new WrapperConfiguration("MicArrayEsp32S3", "Demo.Boards", "MicArray", Declare("Demo.Boards", "public", "MicArray",
            "I2sMicrophone(Bus = 1, Bck = 5, Ws = 6, Sdin = 7, Mclk = 4, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 8, DmaLength = 240)"),
            new Dictionary<string, string> { ["I2sGenChip"] = "esp32s3" }),

        // Legacy driver chosen by the assembly attribute, 44.1 kHz from the APLL.
        new WrapperConfiguration("LegacyApllSpeaker", "Demo.Audio", "HifiDac", Declare("Demo.Audio", "internal", "HifiDac",
            "I2sSpeaker(Bus = 0, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 44100, ApllRate = 11289600, DmaCount = 8, DmaLength = 256)",
            "[assembly: I2sTarget(Driver = I2sDriver.Legacy)]"),
            NoProperties),

        // A single-controller RISC-V chip.
        new WrapperConfiguration("Esp32C3Microphone", "Demo.Audio", "VoiceMic", Declare("Demo.Audio", "public", "VoiceMic",
            "I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 16000, DmaCount = 4, DmaLength = 160)"),
            new Dictionary<string, string> { ["I2sGenChip"] = "esp32c3" }),
    };

    public static IEnumerable<object[]> Names => All.Select(static c => new object[] { c.Name });

    public static WrapperConfiguration Get(string name) => All.Single(c => c.Name == name);

    /// <summary>Runs the generator over <paramref name="userSource"/> in <see cref="AssemblyName"/> and returns the generated C#.</summary>
    public static ImmutableSortedDictionary<string, string> Generate(string userSource, IReadOnlyDictionary<string, string>? msbuildProperties = null) =>
        GeneratorHarness.Run(userSource, msbuildProperties, AssemblyName).AssertClean("The wrapper source").CSharpSources;

    private static string Declare(string ns, string accessibility, string className, string attribute, string? assemblyAttribute = null)
    {
        var body = "/// <summary>A binding declared by the test.</summary>\n[" + attribute + "]\n" + accessibility + " partial class " + className + "\n{\n}\n";
        return "using I2sGen;\n\n" + (assemblyAttribute is null ? string.Empty : assemblyAttribute + "\n\n") + (ns.Length == 0 ? body : "namespace " + ns + "\n{\n" + Indent(body) + "}\n");
    }

    private static string Indent(string text) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(static line => line.Length == 0 ? line : "    " + line)) + "\n";
}
