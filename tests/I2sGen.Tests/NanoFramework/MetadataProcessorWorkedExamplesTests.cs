using System;
using System.IO;
using System.Linq;
using I2sGen.Generator.NanoFramework;
using I2sGen.Tests.CSharp;
using I2sGen.Tests.Infrastructure;
using I2sGen.Tests.NanoFramework.MetadataProcessor;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.NanoFramework;

/// <summary>
/// The metadata-processor oracle (NanoFramework/MetadataProcessor) reproduces every published value it is checked
/// against, from real compiled assemblies, before any test trusts what it says about I2sGen.Interop
/// (shared/reference/nanoframework.md §4.4-4.6).
/// </summary>
public sealed class MetadataProcessorWorkedExamplesTests
{
    private static readonly Lazy<MdpAssembly> I2sMain = new(static () => MdpAssembly.Read(
        NanoCompiler.CompileLibrary("System.Device.I2s", new[] { SystemDeviceI2sShape() })));

    private static readonly Lazy<MdpAssembly> I2sDevelop = new(static () =>
    {
        var corlib = MetadataReference.CreateFromImage(NanoCompiler.CompileLibrary("mscorlib", new[] { Source("GenericSpanCorlib.cs") }, Array.Empty<MetadataReference>()));
        return MdpAssembly.Read(NanoCompiler.CompileLibrary("System.Device.I2s", new[] { SystemDeviceI2sShape() }, new[] { corlib }, "DEVELOP_SPANS"));
    });

    private static readonly Lazy<MdpAssembly> SmokeTest = new(static () => MdpAssembly.Read(
        NanoCompiler.CompileLibrary("SmokeTest", new[] { Source("SmokeTestShape.cs") })));

    [Fact]
    public void CrcPrimitiveIsCrc32Mpeg2WithAnAllOnesSeed()
    {
        // metadata-processor MetadataProcessor.Tests/Core/Utility/Crc32Tests.cs@4541b46.
        Assert.Equal(0x0376E6E7u, MdpCrc32.Compute("123456789", 0xFFFFFFFF));
    }

    [Fact]
    public void MdpUnitTestValuesV3()
    {
        // NativeMethodsCrcTests.CrcWithMethodDefinitionTest@4541b46: non-extern, extern, extern, non-extern.
        var assembly = MdpAssembly.Read(NanoCompiler.CompileLibrary("TestNFApp", new[] { Source("TestNFAppShape.cs") }));
        var type = assembly.Types.Single(static t => t.Name == "OneClassOverAll");
        var plain = type.Methods.Single(static m => m.Name == "DummyMethod");
        var extern_ = type.Methods.Single(static m => m.Name == "DummyExternMethod");
        var className = MdpNames.ClassName(type, ChecksumRule.V3);
        var checksum = new MdpNativeChecksum(assembly.Name, ChecksumRule.V3);

        Assert.Equal("TestNFApp_OneClassOverAll", className);
        Assert.Equal("DummyMethod___VOID", MdpNames.MethodName(plain, ChecksumRule.V3));
        Assert.False(type.IsNative(plain));
        Assert.True(type.IsNative(extern_));

        var steps = new[] { plain, extern_, extern_, plain }.Select(m =>
        {
            checksum.Update(className, MdpNames.MethodName(m, ChecksumRule.V3), type.IsNative(m));
            return checksum.Current;
        });

        Assert.Equal(new uint[] { 0, 519713657, 1574868855, 2748897355 }, steps.ToArray());
    }

    [Fact]
    public void SystemDeviceI2sMainV3()
    {
        var assembly = I2sMain.Value;

        Assert.Equal(0x478490FEu, MdpNativeChecksum.Of(assembly, ChecksumRule.V3));
        Assert.Equal(27, assembly.Methods.Count());
        Assert.Equal(
            new[] { 21, 22, 24, 25 }.Select(static i => (int?)i),
            MdpLookupTable.Of(assembly, "sys_dev_i2s_native", ChecksumRule.V3).Select(static (entry, i) => entry is null ? null : (int?)i).Where(static i => i is not null));
        Assert.Equal(
            new[] { "Read___VOID__SystemSpanByte", "Write___VOID__SystemSpanByte", "NativeInit___VOID", "NativeDispose___VOID" }
                .Select(static m => "Library_sys_dev_i2s_native_System_Device_I2s_I2sDevice::" + m),
            MdpLookupTable.Of(assembly, "sys_dev_i2s_native", ChecksumRule.V3).OfType<string>());
    }

    [Fact]
    public void SystemDeviceI2sDevelopLaterRevision()
    {
        var assembly = I2sDevelop.Value;

        Assert.Equal(0xA4BE3501u, MdpNativeChecksum.Of(assembly, ChecksumRule.LaterRevision));
        Assert.Equal(
            new[] { "Read___VOID__SystemSpan_1", "Write___VOID__SystemReadOnlySpan_1", "NativeInit___VOID", "NativeDispose___VOID" },
            assembly.Methods.Where(static m => m.Type.IsNative(m.Method)).Select(static m => MdpNames.MethodName(m.Method, ChecksumRule.LaterRevision)));
    }

    [Fact]
    public void SystemDeviceI2sDevelopIsNotReproducedByTheV3Chaining()
    {
        // The reference: the v3 chaining over the same (generic-cleaned) names gives 0x9D065C04, not the firmware's
        // 0xA4BE3501; only the later rule does. With v3's own names (backtick kept) it differs as well.
        var assembly = I2sDevelop.Value;
        var checksum = new MdpNativeChecksum(assembly.Name, ChecksumRule.V3);
        foreach (var (type, method) in assembly.Methods.Where(static m => m.Type.IsHashed))
        {
            checksum.Update(MdpNames.ClassName(type, ChecksumRule.LaterRevision), MdpNames.MethodName(method, ChecksumRule.LaterRevision), type.IsNative(method));
        }

        Assert.Equal(0x9D065C04u, checksum.Current);
        Assert.NotEqual(0xA4BE3501u, MdpNativeChecksum.Of(assembly, ChecksumRule.V3));
        Assert.Contains(assembly.Methods, static m => MdpNames.MethodName(m.Method, ChecksumRule.V3) == "Read___VOID__SystemSpan`1<SystemByte>");
    }

    [Fact]
    public void SdkSmokeTestLaterRevision()
    {
        var assembly = SmokeTest.Value;

        Assert.Equal(0x1DA81E42u, MdpNativeChecksum.Of(assembly, ChecksumRule.LaterRevision));
        Assert.Equal(
            new[]
            {
                "_ctor___VOID", "Add___STATIC__I4__I4__I4",
                "Method___VOID", "NativeMethod___VOID", "NativeMethodWithReferenceParameters___VOID__BYREF_U1__BYREF_U2",
                "MethodWithPointerParm___VOID__VOIDptr__I4", "_ctor___VOID", "NativeStaticMethod___STATIC__VOID",
                "NativeStaticMethodReturningByte___STATIC__U1__CHAR",
            },
            assembly.Methods.Select(static m => MdpNames.MethodName(m.Method, ChecksumRule.LaterRevision)));
    }

    [Fact]
    public void PointerNamesDifferBetweenRules()
    {
        var method = SmokeTest.Value.Methods.Single(static m => m.Method.Name == "MethodWithPointerParm").Method;

        Assert.Equal("MethodWithPointerParm___VOID__SystemVoid*__I4", MdpNames.MethodName(method, ChecksumRule.V3));
    }

    /// <summary>The declarations of System.Device.I2s, shared with the stock backend's compile tests (tests/StandIns).</summary>
    private static string SystemDeviceI2sShape() => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "StandIns", "System.Device.I2s", "I2sDeviceShape.cs"));

    private static string Source(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "I2sGen.Tests", "NanoFramework", "Sources", name));
}
