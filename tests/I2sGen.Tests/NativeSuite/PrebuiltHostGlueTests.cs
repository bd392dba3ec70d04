using System;
using System.IO;
using I2sGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace I2sGen.Tests.NativeSuite;

/// <summary>
/// The prebuilt host glue the package ships, on each of its platforms (native/host/tests/test-prebuilt.sh): built
/// with the cross compilers, a C harness linked against it runs natively (linux-x64), under qemu-aarch64
/// (linux-arm64) and under wine (the win-x64 DLL), and the three traces must be identical. A platform whose tools are
/// missing is reported as SKIP in the output below; .ci/run installs them and sets I2SGEN_REQUIRE_CROSS=1, which turns
/// a missing tool into a failure.
/// </summary>
public sealed class PrebuiltHostGlueTests
{
    private readonly ITestOutputHelper _output;

    public PrebuiltHostGlueTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void EveryPrebuiltLibraryRunsTheHarnessAndAgreesWithTheNativeOne()
    {
        var script = Path.Combine(RepoPaths.Native, "host", "tests", "test-prebuilt.sh");
        var result = ProcessRunner.Run("bash", new[] { script }, RepoPaths.Root, timeout: TimeSpan.FromMinutes(5));
        _output.WriteLine(result.StandardOutput);
        Assert.True(result.ExitCode == 0, result.Describe("native/host/tests/test-prebuilt.sh"));
        Assert.Contains("ok   linux-x64", result.StandardOutput, StringComparison.Ordinal);
    }
}
