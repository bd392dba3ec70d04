using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>Pins the generated .h and .c of every <see cref="NativeCase"/> to a reviewed baseline.</summary>
public sealed class NativeBaselineTests
{
    public static string BaselineOf(NativeCase nativeCase, string fileName) => "Native/" + nativeCase.Name + "/" + fileName + ".txt";

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void HeaderMatchesBaseline(string name)
    {
        var nativeCase = NativeCase.Get(name);
        var run = NativeGeneration.Run(nativeCase);
        BaselineAssert.Matches(BaselineOf(nativeCase, nativeCase.HeaderFile), run.Native(nativeCase.HeaderFile).Content);
    }

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void SourceMatchesBaseline(string name)
    {
        var nativeCase = NativeCase.Get(name);
        var run = NativeGeneration.Run(nativeCase);
        BaselineAssert.Matches(BaselineOf(nativeCase, nativeCase.SourceFile), run.Native(nativeCase.SourceFile).Content);
    }

    [Fact]
    public void EveryCaseHasExactlyItsTwoFilesAComponentTheNanoClrGlueAndTheReport()
    {
        Assert.NotEmpty(NativeCase.All);
        foreach (var nativeCase in NativeCase.All)
        {
            var run = NativeGeneration.Run(nativeCase);
            var report = new[] { "i2sgen-report.md", "i2sgen-report.json", "i2sgen-pinmap-" + nativeCase.Chip + ".svg" };
            Assert.Equal(
                new[] { "CMakeLists.txt", nativeCase.HeaderFile, nativeCase.SourceFile }.Concat(NanoClr.NanoClrGlueCase.GlueFiles).Concat(report)
                    .OrderBy(static f => f, System.StringComparer.Ordinal),
                run.NativeFiles.Select(static f => f.FileName).OrderBy(static f => f, System.StringComparer.Ordinal));
        }
    }

    /// <summary>Baselines/Native holds exactly the header and source of every case and the files of every shared-bus case.</summary>
    [Fact]
    public void FolderHoldsNoStaleBaselines() =>
        BaselineAssert.HoldsOnly("Native", NativeCase.All.SelectMany(static c => new[] { BaselineOf(c, c.HeaderFile), BaselineOf(c, c.SourceFile) })
            .Concat(SharedBus.SharedBusCase.All.SelectMany(static c => c.Files.Select(f => SharedBus.SharedBusNativeTests.BaselineOf(c, f)))));
}
