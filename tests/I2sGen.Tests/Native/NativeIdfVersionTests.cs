using System.Collections.Generic;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// Issue 10: the ESP-IDF release as a target. The generated C is compiled against the stand-in headers configured
/// for that release (<c>-DESP_IDF_VERSION_MAJOR/MINOR/PATCH</c>, as esp_idf_version.h has them), the component's
/// <c>REQUIRES</c> names the component that holds the driver in that release, and a combination a release cannot
/// build yields no C at all (the analyzer reports it: TargetRuleTests).
/// </summary>
public sealed class NativeIdfVersionTests
{
    private const string Mic = "using I2sGen;\nnamespace Firmware;\n"
        + "[I2sMicrophone(Bck = 26, Ws = 25, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 4, DmaLength = 240)]\n"
        + "public partial class VersionMic { }\n";

    /// <summary>Release × driver → the component ESP-IDF needs for it (components/driver/CMakeLists.txt per tag).</summary>
    public static TheoryData<string, string, string> Releases() => new()
    {
        { "4.4.7", "legacy", "driver" },
        { "5.0", "std", "driver" },
        { "5.0", "legacy", "driver" },
        { "5.2.5", "std", "driver" },
        { "5.3", "std", "esp_driver_i2s" },
        { "5.3", "legacy", "driver" },
        { "5.5.1", "std", "esp_driver_i2s" },
        { "5.5.1", "legacy", "driver" },
        { "6.0", "std", "esp_driver_i2s" },
        { "6.0.1", "std", "esp_driver_i2s" },
    };

    private static string[] VersionFlags(string version)
    {
        var parts = version.Split('.').Select(int.Parse).Concat(new[] { 0, 0 }).ToArray();
        return new[] { "-DESP_IDF_VERSION_MAJOR=" + parts[0], "-DESP_IDF_VERSION_MINOR=" + parts[1], "-DESP_IDF_VERSION_PATCH=" + parts[2] };
    }

    private static GeneratorRun Generate(string source, Dictionary<string, string> properties)
    {
        var run = GeneratorHarness.Run(source, properties);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);
        return run;
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void GeneratedCCompilesAgainstItsRelease(string version, string driver, string component)
    {
        var run = Generate(Mic, new Dictionary<string, string> { ["I2sGenIdfVersion"] = version, ["I2sGenDriver"] = driver });
        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { "-DCONFIG_IDF_TARGET_ESP32" };
        flags.AddRange(VersionFlags(version));
        if (driver == "legacy")
        {
            flags.Add("-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1");
        }

        var result = CCompiler.CompileC(directory.Path, "version_mic_i2s.c", flags, "binding.o");
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe($"gcc version_mic_i2s.c (IDF {version}, {driver})"));

        var cmake = run.NativeFiles.Single(static f => f.FileName == "CMakeLists.txt").Content;
        Assert.Contains("REQUIRES " + component + "\n", cmake.Replace("\r\n", "\n"));
        Assert.Contains("ESP-IDF", run.NativeFiles.Single(static f => f.FileName == "version_mic_i2s.h").Content);
    }

    [Theory]
    [InlineData("6.0", "legacy")]
    [InlineData("4.4", "std")]
    [InlineData("7.0", "std")]
    public void ATargetTheReleaseCannotBuildGetsNoCode(string version, string driver)
    {
        var run = GeneratorHarness.Run(Mic, new Dictionary<string, string> { ["I2sGenIdfVersion"] = version, ["I2sGenDriver"] = driver });
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.NativeFiles, static f => f.FileName.EndsWith(".c", System.StringComparison.Ordinal));
    }

    /// <summary>The stand-in headers model the removal: legacy C built with ESP-IDF 6 stops at driver/i2s.h, as it would there.</summary>
    [Fact]
    public void LegacyCDoesNotCompileOnIdf6()
    {
        var run = Generate(Mic, new Dictionary<string, string> { ["I2sGenIdfVersion"] = "5.5.1", ["I2sGenDriver"] = "legacy" });
        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { "-DCONFIG_IDF_TARGET_ESP32", "-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1" };
        flags.AddRange(VersionFlags("6.0"));
        var result = CCompiler.CompileC(directory.Path, "version_mic_i2s.c", flags, "binding.o");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("driver/i2s.h does not exist in ESP-IDF 6", result.StandardError, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// MCLK × 768 exists from 5.3 (i2s_types.h@v5.3): an APLL rate of 768 × fs is generated for 5.3 and compiles there;
    /// the same C against 5.2's headers does not, which is why the analyzer refuses the rate on a 5.2 target (I2S0404).
    /// </summary>
    [Fact]
    public void MclkMultiplesFollowTheRelease()
    {
        const string speaker = "using I2sGen;\nnamespace Firmware;\n"
            + "[I2sSpeaker(Bck = 26, Ws = 25, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, ApllRate = 12288000)]\n"
            + "public partial class WideMclk { }\n";
        var run = Generate(speaker, new Dictionary<string, string> { ["I2sGenIdfVersion"] = "5.3" });
        Assert.Contains("I2S_MCLK_MULTIPLE_768", run.NativeFiles.Single(static f => f.FileName == "wide_mclk_i2s.c").Content);
        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { "-DCONFIG_IDF_TARGET_ESP32" };
        flags.AddRange(VersionFlags("5.3"));
        var ok = CCompiler.CompileC(directory.Path, "wide_mclk_i2s.c", flags, "binding.o");
        Assert.True(ok.ExitCode == 0 && ok.StandardError.Length == 0, ok.Describe("gcc wide_mclk_i2s.c (IDF 5.3)"));

        flags.RemoveRange(flags.Count - 3, 3);
        flags.AddRange(VersionFlags("5.2"));
        Assert.NotEqual(0, CCompiler.CompileC(directory.Path, "wide_mclk_i2s.c", flags, "old.o").ExitCode);

        var old = GeneratorHarness.Run(speaker, new Dictionary<string, string> { ["I2sGenIdfVersion"] = "5.2" });
        Assert.DoesNotContain(old.NativeFiles, static f => f.FileName == "wide_mclk_i2s.c");
    }

    /// <summary>ESP32-P4's std DMA limit: 4092 bytes before 5.3.2, 4032 from it (i2s_common.c per tag); the figure is in the C banner.</summary>
    [Theory]
    [InlineData("5.3.1", 4092)]
    [InlineData("5.3.2", 4032)]
    [InlineData("6.0", 4032)]
    public void P4DmaLimitFollowsTheRelease(string version, int limit)
    {
        const string p4 = "using I2sGen;\nnamespace Firmware;\n"
            + "[I2sMicrophone(Bus = 2, Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\n"
            + "public partial class P4Mic { }\n";
        var run = Generate(p4, new Dictionary<string, string> { ["I2sGenChip"] = "esp32p4", ["I2sGenIdfVersion"] = version });
        Assert.Contains("(driver limit " + limit + ")", run.NativeFiles.Single(static f => f.FileName == "p4_mic_i2s.h").Content);
        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { "-DCONFIG_IDF_TARGET_ESP32P4" };
        flags.AddRange(VersionFlags(version));
        var result = CCompiler.CompileC(directory.Path, "p4_mic_i2s.c", flags, "binding.o");
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe($"gcc p4_mic_i2s.c (IDF {version})"));
    }
}
