using System;
using System.Linq;
using I2sGen.Generator.NanoFramework;
using I2sGen.Tests.CSharp;
using I2sGen.Tests.NanoFramework.MetadataProcessor;
using Xunit;

namespace I2sGen.Tests.NanoFramework;

/// <summary>
/// Every fact in generator/I2sGen.Generator/NanoFramework/InteropAssembly.cs, recomputed with the metadata
/// processor's algorithm (checked against published values in <see cref="MetadataProcessorWorkedExamplesTests"/>)
/// from the I2sGen.Interop.dll that runtime/I2sGen.Interop builds against the real mscorlib.
/// </summary>
public sealed class InteropAssemblyTests
{
    private static readonly Lazy<MdpAssembly> Interop = new(static () => MdpAssembly.Read(NanoCompiler.InteropPath));

    [Fact]
    public void AssemblyNameAndNativeVersion()
    {
        Assert.Equal(InteropAssembly.Name, Interop.Value.Name);
        Assert.Equal(InteropAssembly.SkeletonProjectName, InteropAssembly.Name.Replace('.', '_'));
        Assert.Equal("g_CLR_AssemblyNative_" + InteropAssembly.SkeletonProjectName, InteropAssembly.NativeDataSymbol);
        Assert.Equal(string.Join(".", InteropAssembly.NativeVersion), Interop.Value.NativeVersion);
        Assert.DoesNotContain('0', InteropAssembly.Name);
    }

    [Theory]
    [InlineData(nameof(ChecksumRule.V3))]
    [InlineData(nameof(ChecksumRule.LaterRevision))]
    public void OneTypeWhoseMethodsAreAllNativeInTheFixedOrder(string ruleName)
    {
        var rule = Enum.Parse<ChecksumRule>(ruleName);
        var type = Assert.Single(Interop.Value.Types);

        Assert.Equal(InteropAssembly.TypeFullName, type.FullName);
        Assert.Equal(InteropAssembly.ClassName, MdpNames.ClassName(type, rule));
        Assert.Equal(
            InteropAssembly.MethodLookup.Select(static m => InteropAssembly.HandlerStruct + "::" + m),
            MdpLookupTable.Of(Interop.Value, InteropAssembly.SkeletonProjectName, rule));
    }

    [Fact]
    public void ChecksumV3()
    {
        Assert.Equal(Hex(InteropAssembly.ChecksumV3), Hex(MdpNativeChecksum.Of(Interop.Value, ChecksumRule.V3)));
        Assert.Equal(InteropAssembly.ChecksumV3, InteropAssembly.Checksum(ChecksumRule.V3));
    }

    [Fact]
    public void ChecksumLaterRevision()
    {
        Assert.Equal(Hex(InteropAssembly.ChecksumLaterRevision), Hex(MdpNativeChecksum.Of(Interop.Value, ChecksumRule.LaterRevision)));
        Assert.Equal(InteropAssembly.ChecksumLaterRevision, InteropAssembly.Checksum(ChecksumRule.LaterRevision));
        Assert.NotEqual(InteropAssembly.ChecksumV3, InteropAssembly.ChecksumLaterRevision);
    }

    [Fact]
    public void RuntimeHasNoNativeMethods()
    {
        // Stock firmware must accept I2sGen.Runtime: Visual Studio refuses to deploy a library whose .pe carries a
        // non-zero native checksum the device does not list (reference §4.6, load-time check).
        var runtime = MdpAssembly.Read(NanoCompiler.RuntimePath);

        Assert.Equal("I2sGen.Runtime", runtime.Name);
        Assert.NotEmpty(runtime.Methods);
        Assert.DoesNotContain(runtime.Methods, static m => m.Method.Rva == 0 && !m.Method.IsAbstract);
        Assert.Equal(0u, MdpNativeChecksum.Of(runtime, ChecksumRule.V3));
        Assert.Equal(0u, MdpNativeChecksum.Of(runtime, ChecksumRule.LaterRevision));
        Assert.Null(runtime.NativeVersion);
    }

    private static string Hex(uint value) => "0x" + value.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
}
