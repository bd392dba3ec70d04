using System.Linq;
using I2sGen.Generator.Emit.Native;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>The generated C is plain, stable text: clang-format-clean, '\n' only, ASCII, and byte-for-byte repeatable.</summary>
public sealed class NativeFormatTests
{
    private const string LongName =
        "using I2sGen;\nnamespace Firmware.Audio.Capture.Devices;\n"
        + "[I2sMicrophone(Bus = 1, Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft,\n"
        + "    SampleRate = 44100, DmaCount = 4, DmaLength = 240)]\npublic partial class BoardRevisionThreeLeftAndRightBeamformingMicrophonePair { }\n";

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void FilesAreClangFormatClean(string name)
    {
        // The binding files follow ESP-IDF's style; the nanoCLR glue (I2sGen_Interop*) follows nf-interpreter's, which
        // this style does not describe.
        var files = NativeGeneration.Run(NativeCase.Get(name)).NativeFiles.Where(static f => (f.FileName.EndsWith(".c") || f.FileName.EndsWith(".h"))
            && !f.FileName.StartsWith(NanoClr.NanoClrGlueCase.GluePrefix, System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertClangFormatClean(file.FileName, file.Content);
        }
    }

    /// <summary>The shared-bus cases: both members' files and the bus's own, in the same style, ASCII with '\n' only.</summary>
    [Theory]
    [MemberData(nameof(SharedBus.SharedBusCase.Names), MemberType = typeof(SharedBus.SharedBusCase))]
    public void SharedBusFilesAreClangFormatCleanAscii(string name)
    {
        var sharedCase = SharedBus.SharedBusCase.Get(name);
        var run = SharedBus.SharedBusGeneration.Run(sharedCase);
        foreach (var fileName in sharedCase.Files)
        {
            var content = run.Native(fileName).Content;
            Assert.True(content.All(static c => c < 128 && c != '\r' && c != '\t'), fileName + " is not plain ASCII with '\\n' line ends");
            AssertClangFormatClean(fileName, content);
        }
    }

    [Fact]
    public void LongNamesAreWrappedTheWayClangFormatWrapsThem()
    {
        var run = GeneratorHarness.Run(LongName);
        var files = run.NativeFiles.Where(static f => (f.FileName.EndsWith(".c") || f.FileName.EndsWith(".h"))
            && !f.FileName.StartsWith(NanoClr.NanoClrGlueCase.GluePrefix, System.StringComparison.Ordinal)).ToList();
        Assert.Equal(2, files.Count);
        Assert.Contains(files, static f => f.Content.Contains("board_revision_three_left_and_right_beamforming_microphone_pair_i2s_read(void *buffer, size_t length,\n"));
        foreach (var file in files)
        {
            AssertClangFormatClean(file.FileName, file.Content);
        }
    }

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void TextIsAsciiWithUnixLineEndingsAndNoTrailingSpace(string name)
    {
        var files = NativeGeneration.Run(NativeCase.Get(name)).NativeFiles;
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.DoesNotContain('\r', file.Content);
            Assert.DoesNotContain('\t', file.Content);
            // The C, CMake and glue are ASCII; the build report is UTF-8 for people (µs, class names in any script).
            if (!file.FileName.StartsWith("i2sgen-", System.StringComparison.Ordinal))
            {
                Assert.True(file.Content.All(static c => c < 128), file.FileName + " contains non-ASCII characters");
            }

            Assert.EndsWith("\n", file.Content);
            Assert.False(file.Content.EndsWith("\n\n"), file.FileName + " ends with a blank line");
            var lines = file.Content.Split('\n');
            Assert.DoesNotContain(lines, static line => line.EndsWith(" "));
        }
    }

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void OutputIsIdenticalAcrossRuns(string name)
    {
        var nativeCase = NativeCase.Get(name);
        var first = GeneratorHarness.Run(nativeCase.Source, nativeCase.Properties).NativeFiles;
        var second = GeneratorHarness.Run(nativeCase.Source, nativeCase.Properties).NativeFiles;
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private static void AssertClangFormatClean(string fileName, string content)
    {
        var result = ProcessRunner.Run("clang-format", new[] { "--style=" + CLayout.ClangFormatStyle, "--assume-filename=" + fileName },
            System.IO.Path.GetTempPath(), content);
        Assert.True(result.ExitCode == 0, result.Describe("clang-format"));
        if (result.StandardOutput != content)
        {
            Assert.Fail(fileName + " is not clang-format-clean:\n" + BaselineAssert.Diff(content, result.StandardOutput));
        }
    }
}
