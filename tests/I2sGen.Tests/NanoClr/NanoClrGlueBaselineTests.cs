using System.Globalization;
using System.Linq;
using I2sGen.Generator.Model;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.NanoClr;

/// <summary>Pins every generated nanoCLR glue file to a reviewed baseline, and checks what the build selects in it.</summary>
public sealed class NanoClrGlueBaselineTests
{
    public static TheoryData<string> GlueFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in NanoClrGlueCase.GlueFiles)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GlueFiles))]
    public void GlueFileMatchesBaseline(string file)
    {
        BaselineAssert.Matches("NanoClr/" + file + ".txt", NanoClrGlueCase.File(file).Content);
    }

    [Fact]
    public void TheLaterChecksumRuleChangesOnlyTheAssemblyRecord()
    {
        var later = NanoClrGlueCase.Run("later");
        BaselineAssert.Matches("NanoClr/Later/I2sGen_Interop.cpp.txt", later.Native("I2sGen_Interop.cpp").Content);
        foreach (var file in NanoClrGlueCase.GlueFiles.Where(static f => f != "I2sGen_Interop.cpp"))
        {
            Assert.Equal(NanoClrGlueCase.File(file).Content, later.Native(file).Content);
        }
    }

    [Fact]
    public void DefaultRuleIsV3AndAnUnknownValueFallsBackToIt()
    {
        Assert.Contains("0xFAEC3520,", NanoClrGlueCase.File("I2sGen_Interop.cpp").Content);
        Assert.Contains("0xFAEC3520,", NanoClrGlueCase.Run("v3").Native("I2sGen_Interop.cpp").Content);
        Assert.Contains("0x5ADFB953,", NanoClrGlueCase.Run("LATER").Native("I2sGen_Interop.cpp").Content);
    }

    [Fact]
    public void GlueIsWrittenOncePerCompilationWithTheBindingFiles()
    {
        var names = NanoClrGlueCase.Files.Select(static f => f.FileName).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var glue in NanoClrGlueCase.GlueFiles)
        {
            Assert.Contains(glue, names);
        }

        Assert.Contains("mic_i2s.c", names);
        Assert.Contains("speaker_i2s.c", names);
    }

    [Fact]
    public void NoBindingsNoGlue()
    {
        var run = GeneratorHarness.Run("namespace Empty; public class Nothing { }").AssertClean("no bindings");
        Assert.Empty(run.NativeFiles);
    }

    [Fact]
    public void EachWrapperPassesTheIndexAndFingerprintTheDispatchTableHolds()
    {
        var table = NanoClrGlueCase.File("I2sGen_Interop_Bindings.cpp").Content;
        var wrappers = NanoClrGlueCase.Default.CSharpSources;
        var index = 0;
        foreach (var name in new[] { "Mic", "Speaker" })
        {
            var wrapper = wrappers.Single(pair => pair.Key.EndsWith("Firmware.Audio." + name + ".I2s.g.cs", System.StringComparison.Ordinal)).Value;
            var fingerprint = Between(wrapper, "I2sBindingFingerprint = unchecked((int)0x", ")");
            Assert.Contains("private const int I2sBindingIndex = " + index.ToString(CultureInfo.InvariantCulture) + ";", wrapper, System.StringComparison.Ordinal);
            Assert.Contains("// " + index.ToString(CultureInfo.InvariantCulture) + ": Firmware.Audio." + name + " (", table, System.StringComparison.Ordinal);
            Assert.Contains(", 0x" + fingerprint + "u, " + name.ToLowerInvariant() + "_i2s_init,", table, System.StringComparison.Ordinal);
            index++;
        }
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, System.StringComparison.Ordinal) + start.Length;
        Assert.True(from >= start.Length, start + " not found");
        return text.Substring(from, text.IndexOf(end, from, System.StringComparison.Ordinal) - from);
    }
}
