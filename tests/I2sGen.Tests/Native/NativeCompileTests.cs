using System.Collections.Generic;
using System.IO;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// Compiles the generated C with gcc against the ESP-IDF v5.5 stand-in headers (native/include), configured for each
/// case's chip with its <see cref="NativeCase.TargetDefine"/>; built for another chip, the target guard must stop it.
/// </summary>
public sealed class NativeCompileTests
{
    /// <summary>The cases on the default chip, the only one the simulator models (used by the simulator tests).</summary>
    public static TheoryData<string> Esp32Cases() => NativeCase.NamesOf(NativeCase.All.Where(static c => c.IsDefaultChip));

    public static TheoryData<string> OtherChipCases() => NativeCase.NamesOf(NativeCase.All.Where(static c => !c.IsDefaultChip));

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void SourceCompilesCleanlyWithGcc(string name)
    {
        var nativeCase = NativeCase.Get(name);
        RequireStandInHeaders(nativeCase);
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { nativeCase.TargetDefine };
        if (nativeCase.IsLegacy)
        {
            // ESP-IDF 5.x's legacy header warns (an error under -Werror) unless this Kconfig option is set.
            flags.Add("-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1");
        }

        var result = CCompiler.CompileC(directory.Path, nativeCase.SourceFile, flags, "binding.o");
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe("gcc " + nativeCase.SourceFile));
    }

    /// <summary>The legacy-driver cases: the legacy driver is also the ESP-IDF 4.4 option.</summary>
    public static TheoryData<string> LegacyCases() => NativeCase.NamesOf(NativeCase.All.Where(static c => c.IsLegacy));

    /// <summary>
    /// The same legacy C against the stand-ins in IDF 4.4 mode (old DMA field names, no deprecation warning, no
    /// MCLK multiple above 384), so the generated <c>#if ESP_IDF_VERSION_MAJOR &lt; 5</c> branch is compiled too.
    /// </summary>
    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void LegacySourceCompilesAgainstIdf44(string name)
    {
        var nativeCase = NativeCase.Get(name);
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags)
        {
            nativeCase.TargetDefine, "-DESP_IDF_VERSION_MAJOR=4", "-DESP_IDF_VERSION_MINOR=4", "-DESP_IDF_VERSION_PATCH=7",
        };
        var result = CCompiler.CompileC(directory.Path, nativeCase.SourceFile, flags, "binding.o");
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe("gcc (IDF 4.4) " + nativeCase.SourceFile));
    }

    [Fact]
    public void StdDriverSourceIsRefusedByIdf44()
    {
        var nativeCase = NativeCase.All.First(static c => !c.IsLegacy && c.IsDefaultChip);
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        var result = CCompiler.CompileC(directory.Path, nativeCase.SourceFile, new[] { "-DESP_IDF_VERSION_MAJOR=4", "-DESP_IDF_VERSION_MINOR=4" }, "binding.o");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("driver/i2s_std.h is the ESP-IDF 5 I2S driver", result.StandardError, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void OnlyTheContractFunctionsAreExported(string name)
    {
        var nativeCase = NativeCase.Get(name);
        RequireStandInHeaders(nativeCase);
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        var compiled = CCompiler.CompileC(directory.Path, nativeCase.SourceFile,
            nativeCase.IsLegacy ? new[] { nativeCase.TargetDefine, "-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1" } : new[] { nativeCase.TargetDefine }, "binding.o");
        Assert.True(compiled.ExitCode == 0, compiled.Describe("gcc"));

        var symbols = ProcessRunner.Run("nm", new[] { "-g", "--defined-only", "binding.o" }, directory.Path);
        Assert.True(symbols.ExitCode == 0, symbols.Describe("nm"));
        var exported = symbols.StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(static line => line.Split(' ').Last()).OrderBy(static s => s, System.StringComparer.Ordinal);
        var transfer = NativeGeneration.Run(nativeCase).Native(nativeCase.HeaderFile).Content.Contains("_i2s_read(") ? "_i2s_read" : "_i2s_write";
        Assert.Equal(new[] { nativeCase.CName + "_i2s_deinit", nativeCase.CName + "_i2s_init", nativeCase.CName + transfer }, exported);
    }

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void HeaderCompilesAsCppWithCLinkage(string name)
    {
        var nativeCase = NativeCase.Get(name);
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        directory.Write("user.cpp",
            "#include \"" + nativeCase.HeaderFile + "\"\n#include \"" + nativeCase.HeaderFile + "\"\n"
            + "extern \"C\" esp_err_t (*const probe)(void);\nextern \"C\" esp_err_t (*const probe)(void) = &" + nativeCase.CName + "_i2s_init;\n");
        var result = ProcessRunner.Run("g++", new[] { "-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic", nativeCase.TargetDefine, "-I", directory.Path,
            "-I", RepoPaths.NativeInclude, "-c", "user.cpp", "-o", "user.o" }, directory.Path);
        Assert.True(result.ExitCode == 0, result.Describe("g++ user.cpp"));

        var symbols = ProcessRunner.Run("nm", new[] { "-u", "user.o" }, directory.Path);
        Assert.Contains(nativeCase.CName + "_i2s_init", symbols.StandardOutput.Split('\n').Select(static l => l.Trim().Split(' ').Last()));
    }

    [Theory]
    [MemberData(nameof(OtherChipCases))]
    public void TargetGuardStopsABuildForAnotherChip(string name)
    {
        // Without a target define the stand-ins configure an ESP32 build, where a file generated for another chip must refuse to compile.
        var nativeCase = NativeCase.Get(name);
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        var result = CCompiler.CompileC(directory.Path, nativeCase.SourceFile, new string[0], "binding.o");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("#error \"I2sGen generated this file for ESP32-", result.StandardError);
    }

    [Fact]
    public void TargetGuardStopsAnEsp32FileInAnotherChipsBuild()
    {
        var nativeCase = NativeCase.Get("Inmp441");
        using var directory = TempDirectory.WithFiles(NativeGeneration.Run(nativeCase).NativeFiles);
        var result = CCompiler.CompileC(directory.Path, nativeCase.SourceFile,
            new[] { "-DCONFIG_IDF_TARGET_ESP32=0", "-DCONFIG_IDF_TARGET_ESP32S3=1" }, "binding.o");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("I2sGen generated this file for ESP32: set I2sGenChip", result.StandardError);
    }

    [Fact]
    public void TheCaseListCoversBothDriversOnTheDefaultChipAndAnotherChip()
    {
        var esp32 = NativeCase.All.Where(static c => c.IsDefaultChip).ToList();
        Assert.Contains(esp32, static c => c.IsLegacy);
        Assert.Contains(esp32, static c => !c.IsLegacy);
        Assert.Contains(NativeCase.All, static c => !c.IsDefaultChip);
    }

    private static void RequireStandInHeaders(NativeCase nativeCase)
    {
        var needed = nativeCase.IsLegacy ? new[] { "driver/i2s.h", "esp_idf_version.h" } : new[] { "driver/i2s_std.h" };
        foreach (var header in needed)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.NativeInclude, header)),
                $"native/include/{header} is missing: the ESP-IDF stand-in headers (sim branch) must provide it "
                + "(ESP-IDF: components/esp_common/include/esp_idf_version.h for the version macros).");
        }
    }
}
