using System;
using System.IO;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.NanoClr;

/// <summary>
/// Writes the generated native files of <see cref="NanoClrGlueCase"/> to a folder and runs native/nanoclr's CTest
/// on them (plain and ASan+UBSan): the generated C++ stubs, through the host shim of the nanoCLR interop API, into
/// the generated C on the simulator. The script's output is in the failure message.
/// </summary>
public sealed class NanoClrCTestTests
{
    [Fact]
    public void GeneratedGluePassesTheNativeTests()
    {
        using var generated = new TempDirectory("i2sgen-nanoclr-");
        foreach (var file in NanoClrGlueCase.Files)
        {
            generated.Write(file.FileName, file.Content);
        }

        var script = Path.Combine(RepoPaths.Native, "nanoclr", "run-tests.sh");
        var build = Path.Combine(generated.Path, "build");
        var result = ProcessRunner.Run("bash", new[] { script, generated.Path, build }, RepoPaths.Native, timeout: TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, result.Describe("native/nanoclr/run-tests.sh"));
        Assert.Contains("nanoCLR glue tests: all passed", result.StandardOutput, StringComparison.Ordinal);
    }
}
