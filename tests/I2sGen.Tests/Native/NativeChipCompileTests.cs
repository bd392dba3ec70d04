using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// One microphone binding per chip, generated for both drivers (ESP-IDF v5.5 builds the legacy driver on every chip
/// with I2S) and compiled with gcc against native/include configured for that chip. This is where the per-chip
/// differences the emitter must get right are checked: the slot fields of I2S hardware version 1 and 2, the pads
/// that exist (GPIO_NUM_n), the number of controllers and the legacy config of TDM chips.
/// </summary>
public sealed class NativeChipCompileTests
{
    /// <summary>Bck, Ws, Sdin per chip: ordinary pads (no strapping, flash, PSRAM or USB pins), some above GPIO39.</summary>
    private static readonly Dictionary<string, (int Bck, int Ws, int Sdin)> Pins = new()
    {
        ["esp32"] = (26, 25, 34),
        ["esp32s2"] = (4, 5, 40),
        ["esp32s3"] = (4, 5, 47),
        ["esp32c3"] = (4, 5, 6),
        ["esp32c6"] = (18, 19, 20),
        ["esp32h2"] = (10, 11, 12),
        ["esp32p4"] = (4, 5, 53),
        ["esp32c5"] = (23, 24, 26),
        ["esp32c61"] = (4, 5, 29),
    };

    public static TheoryData<string, string> ChipsAndDrivers()
    {
        var data = new TheoryData<string, string>();
        foreach (var chip in ChipTable.All)
        {
            data.Add(chip.IdfTarget, "std");
            data.Add(chip.IdfTarget, "legacy");
        }

        return data;
    }

    [Fact]
    public void EveryChipHasPins()
    {
        Assert.Equal(ChipTable.All.Select(static c => c.IdfTarget).OrderBy(static t => t), Pins.Keys.OrderBy(static t => t));
    }

    [Theory]
    [MemberData(nameof(ChipsAndDrivers))]
    public void BindingCompilesForItsChip(string chip, string driver)
    {
        var (bck, ws, sdin) = Pins[chip];
        // The last controller: I2S_NUM_1 or I2S_NUM_2 exist only on chips with that many controllers.
        var bus = ChipTable.All.Single(c => c.IdfTarget == chip).ControllerCount - 1;
        var source = "using I2sGen;\nnamespace Firmware;\n"
            + $"[I2sMicrophone(Bus = {bus}, Bck = {bck}, Ws = {ws}, Sdin = {sdin}, DataFormat = I2sDataFormat.B32, "
            + "ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 4, DmaLength = 240)]\n"
            + "public partial class ChipMic { }\n";
        var run = GeneratorHarness.Run(source, new Dictionary<string, string> { ["I2sGenChip"] = chip, ["I2sGenDriver"] = driver });
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);

        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { "-DCONFIG_IDF_TARGET_" + chip.ToUpperInvariant() };
        if (driver == "legacy")
        {
            flags.Add("-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1");
        }

        var result = CCompiler.CompileC(directory.Path, "chip_mic_i2s.c", flags, "binding.o");
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe($"gcc chip_mic_i2s.c ({chip}, {driver})"));

        // The same file in a build for another chip stops at the target guard instead of compiling against the wrong pads.
        var other = chip == "esp32" ? "ESP32S3" : "ESP32";
        flags[flags.Count - (driver == "legacy" ? 2 : 1)] = "-DCONFIG_IDF_TARGET_" + other;
        var wrong = CCompiler.CompileC(directory.Path, "chip_mic_i2s.c", flags, "wrong.o");
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Contains("I2sGen generated this file for " + ChipTable.All.Single(c => c.IdfTarget == chip).DisplayName + ":", wrong.StandardError);
    }
}
