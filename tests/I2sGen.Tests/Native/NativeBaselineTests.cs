using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>Pins the generated .h and .c of every <see cref="NativeCase"/> to a reviewed baseline.</summary>
public sealed class NativeBaselineTests
{
    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void Header_matches_baseline(string name)
    {
        var nativeCase = NativeCase.Get(name);
        var run = NativeGeneration.Run(nativeCase);
        BaselineAssert.Matches("Native/" + name + "/" + nativeCase.HeaderFile + ".txt", run.Native(nativeCase.HeaderFile).Content);
    }

    [Theory]
    [MemberData(nameof(NativeCase.Names), MemberType = typeof(NativeCase))]
    public void Source_matches_baseline(string name)
    {
        var nativeCase = NativeCase.Get(name);
        var run = NativeGeneration.Run(nativeCase);
        BaselineAssert.Matches("Native/" + name + "/" + nativeCase.SourceFile + ".txt", run.Native(nativeCase.SourceFile).Content);
    }

    [Fact]
    public void Every_case_has_exactly_its_two_files_a_component_and_the_nanoclr_glue()
    {
        foreach (var nativeCase in NativeCase.All)
        {
            var run = NativeGeneration.Run(nativeCase);
            Assert.Equal(
                new[] { "CMakeLists.txt", nativeCase.HeaderFile, nativeCase.SourceFile }.Concat(NanoClr.NanoClrGlueCase.GlueFiles)
                    .OrderBy(static f => f, System.StringComparer.Ordinal),
                run.NativeFiles.Select(static f => f.FileName).OrderBy(static f => f, System.StringComparer.Ordinal));
        }
    }
}
