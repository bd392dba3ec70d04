using System;
using System.IO;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.NativeSuite;

/// <summary>
/// Runs the native CTest suites (simulator, argument checks, data integrity; plain, ASan+UBSan and valgrind) as
/// part of <c>dotnet test</c>, so the README's one test command covers the C side too. The script's output is in
/// the failure message.
/// </summary>
public sealed class NativeCTestSuiteTests
{
    [Fact]
    public void NativeSuitesPass()
    {
        var script = Path.Combine(RepoPaths.Native, "run-tests.sh");
        Assert.True(File.Exists(script), "native/run-tests.sh is missing");
        var result = ProcessRunner.Run("bash", new[] { script }, RepoPaths.Native, timeout: TimeSpan.FromMinutes(15));
        Assert.True(result.ExitCode == 0, result.Describe("native test suites (native/run-tests.sh)"));
    }
}
