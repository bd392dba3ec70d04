using System.Collections.Generic;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native.SharedBus;

/// <summary>
/// The generated C of shared buses: pinned by baselines, warning-free under gcc's strict flags (and the legacy cases
/// against the IDF 4.4 stand-ins too), the members' headers usable from C++, the bus file in the component manifest.
/// </summary>
public sealed class SharedBusNativeTests
{
    public static string BaselineOf(SharedBusCase sharedCase, string fileName) => "Native/" + sharedCase.Name + "/" + fileName + ".txt";

    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void FilesMatchBaselines(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        var run = SharedBusGeneration.Run(sharedCase);
        foreach (var file in sharedCase.Files)
        {
            BaselineAssert.Matches(BaselineOf(sharedCase, file), run.Native(file).Content);
        }
    }

    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void SourcesCompileCleanlyWithGcc(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        using var directory = TempDirectory.WithFiles(SharedBusGeneration.Run(sharedCase).NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags) { sharedCase.TargetDefine };
        if (sharedCase.IsLegacy)
        {
            flags.Add("-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1");
        }

        foreach (var source in sharedCase.Sources)
        {
            var result = CCompiler.CompileC(directory.Path, source, flags, source + ".o");
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe("gcc " + source));
        }
    }

    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void LegacySourcesCompileAgainstIdf44(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        if (!sharedCase.IsLegacy)
        {
            return;
        }

        using var directory = TempDirectory.WithFiles(SharedBusGeneration.Run(sharedCase).NativeFiles);
        var flags = new List<string>(CCompiler.ExtraCFlags)
        {
            sharedCase.TargetDefine, "-DESP_IDF_VERSION_MAJOR=4", "-DESP_IDF_VERSION_MINOR=4", "-DESP_IDF_VERSION_PATCH=7",
        };
        foreach (var source in sharedCase.Sources)
        {
            var result = CCompiler.CompileC(directory.Path, source, flags, source + ".o");
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe("gcc (IDF 4.4) " + source));
        }
    }

    /// <summary>Each member's header and the bus header compile as C++ (a firmware's .cpp may include them).</summary>
    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void HeadersCompileAsCpp(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        using var directory = TempDirectory.WithFiles(SharedBusGeneration.Run(sharedCase).NativeFiles);
        var includes = string.Concat(sharedCase.Files.Where(static f => f.EndsWith(".h", System.StringComparison.Ordinal)).Select(static h => "#include \"" + h + "\"\n"));
        directory.Write("user.cpp", includes + "extern \"C\" esp_err_t (*const probe)(void);\nextern \"C\" esp_err_t (*const probe)(void) = &"
            + sharedCase.Members[0] + "_i2s_init;\n");
        var result = ProcessRunner.Run("g++", new[] { "-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic", sharedCase.TargetDefine, "-I", directory.Path,
            "-I", RepoPaths.NativeInclude, "-c", "user.cpp", "-o", "user.o" }, directory.Path);
        Assert.True(result.ExitCode == 0, result.Describe("g++ user.cpp"));
    }

    /// <summary>The bus file exports only what its members call, and the members only THE C CONTRACT.</summary>
    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void TheBusExportsOnlyItsMembersFunctions(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        using var directory = TempDirectory.WithFiles(SharedBusGeneration.Run(sharedCase).NativeFiles);
        var flags = new[] { sharedCase.TargetDefine, "-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1" };
        Assert.True(CCompiler.CompileC(directory.Path, "i2sgen_bus0.c", flags, "bus.o").ExitCode == 0);
        var symbols = ProcessRunner.Run("nm", new[] { "-g", "--defined-only", "bus.o" }, directory.Path);
        var exported = symbols.StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(static line => line.Split(' ').Last()).OrderBy(static s => s, System.StringComparer.Ordinal);
        var expected = !sharedCase.IsFullDuplex
            ? new[] { "i2sgen_bus0_acquire", "i2sgen_bus0_release" }
            : sharedCase.IsLegacy
                ? new[] { "i2sgen_bus0_close", "i2sgen_bus0_open" }
                : new[] { "i2sgen_bus0_close", "i2sgen_bus0_open", "i2sgen_bus0_stop" };
        Assert.Equal(expected, exported);
    }

    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void TheComponentListsTheBusSourceAfterTheMembers(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        var cmake = SharedBusGeneration.Run(sharedCase).Native("CMakeLists.txt").Content;
        var order = sharedCase.Members.Select(m => cmake.IndexOf("\"" + m + "_i2s.c\"", System.StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.True(cmake.IndexOf("\"i2sgen_bus0.c\"", System.StringComparison.Ordinal) > order.Max(), cmake);
    }

    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void FullDuplexMembersShareOneInitAndTakeTurnsMembersKeepTheirOwn(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        var run = SharedBusGeneration.Run(sharedCase);
        var bus = run.Native("i2sgen_bus0.c").Content;
        foreach (var member in sharedCase.Members)
        {
            var source = run.Native(member + "_i2s.c").Content;
            Assert.Contains("#include \"i2sgen_bus0.h\"", source, System.StringComparison.Ordinal);
            var installs = sharedCase.IsLegacy ? "i2s_driver_install(" : "i2s_new_channel(";
            Assert.Equal(!sharedCase.IsFullDuplex, source.Contains(installs, System.StringComparison.Ordinal));
        }

        if (sharedCase.IsFullDuplex && sharedCase.IsLegacy)
        {
            Assert.Contains("I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_RX", bus, System.StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(bus, @"i2s_driver_install\("));
        }
        else if (sharedCase.IsFullDuplex)
        {
            Assert.Contains("i2s_new_channel(&chan_cfg, &s_tx, &s_rx)", bus, System.StringComparison.Ordinal);
        }
        else
        {
            // Taking turns, the bus only says who holds it: each member installs its own configuration.
            Assert.DoesNotContain("i2s_new_channel", bus, System.StringComparison.Ordinal);
            Assert.DoesNotContain("i2s_driver_install", bus, System.StringComparison.Ordinal);
        }
    }
}
