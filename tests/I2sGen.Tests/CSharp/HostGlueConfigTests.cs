using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using I2sGen.Generator.Emit.CSharp;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// The prebuilt host glue's configuration (issue 12): the int[] the generated C# passes must have the layout of
/// native/host/i2sgen_host.h's i2sgen_host_config_t, and the numbers it holds for ESP-IDF constants must be the values
/// of those constants in the headers the generated C compiles against.
/// </summary>
public sealed class HostGlueConfigTests
{
    private static readonly BindingConfig Config = new(BindingKind.Microphone, 0, 13, 14, 34, -1, -1, 1, 9, 32, 4, 16000, 4, 256, 0);

    private static readonly BindingSpec Spec = new("Demo", "Mic", "public", "mic", "Demo.App", Config, TargetConfig.Default,
        FiguresCalculator.TryCompute(Config, TargetConfig.Default)!);

    [Fact]
    public void TheConfigHasTheFieldsOfTheCStructInItsOrder()
    {
        var header = File.ReadAllText(Path.Combine(RepoPaths.Native, "host", "i2sgen_host.h"));
        var body = Regex.Match(header, @"typedef struct \{(?<body>.*?)\} i2sgen_host_config_t;", RegexOptions.Singleline).Groups["body"].Value;
        var cFields = Regex.Matches(body, @"^\s*int32_t (\w+);", RegexOptions.Multiline).Select(static m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(cFields);

        var fields = HostConfigWriter.Fields(Spec);
        Assert.Equal(cFields, fields.Select(static f => f.Key).ToArray());
        Assert.Equal(fields.Count * sizeof(int), fields.Single(static f => f.Key == "size").Value);
        var version = Regex.Match(header, @"#define I2SGEN_HOST_CONFIG_VERSION (\d+)").Groups[1].Value;
        Assert.Equal(version, HostConfigWriter.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryIdfConstantHasTheValueOfTheHeaders()
    {
        var source = new StringBuilder("""
            #define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
            #include "driver/i2s.h"
            #include "driver/i2s_std.h"

            """);
        foreach (var (symbol, value) in IdfConstants.All)
        {
            source.Append("_Static_assert(").Append(symbol).Append(" == ").Append(value).Append(", \"").Append(symbol).Append(" is not ").Append(value).Append("\");\n");
        }

        using var directory = new TempDirectory("i2sgen-idfconstants-");
        var file = Path.Combine(directory.Path, "constants.c");
        File.WriteAllText(file, source.ToString());
        var result = ProcessRunner.Run("gcc", new[] { "-std=c11", "-fsyntax-only", "-Wall", "-Werror", "-I", RepoPaths.NativeInclude, file }, directory.Path);
        Assert.True(result.ExitCode == 0, result.Describe("gcc on the IdfConstants assertions"));
    }

    [Fact]
    public void TheWrapperPassesTheConfigAndTagToThePrebuiltGlueOnlyWhenAskedTo()
    {
        var prebuilt = WrapperEmitter.Emit(Spec with { PrebuiltHostGlue = true });
        Assert.Contains("internal const string I2sHostLibrary = \"I2sGen.Host\";", prebuilt, StringComparison.Ordinal);
        Assert.Contains("EntryPoint = \"i2sgen_host_read\"", prebuilt, StringComparison.Ordinal);
        Assert.Contains("GetBytes(\"mic_i2s\\u0000\")", prebuilt, StringComparison.Ordinal);
        Assert.Contains("16000, // sample_rate_hz", prebuilt, StringComparison.Ordinal);
        Assert.DoesNotContain("EntryPoint = \"mic_i2s_read\"", prebuilt, StringComparison.Ordinal);

        var compiled = WrapperEmitter.Emit(Spec);
        Assert.Contains("EntryPoint = \"mic_i2s_read\"", compiled, StringComparison.Ordinal);
        Assert.DoesNotContain("i2sgen_host_", compiled, StringComparison.Ordinal);
    }
}
