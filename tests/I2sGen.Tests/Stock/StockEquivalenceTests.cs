using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using I2sGen.Tests.CSharp;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I2sGen.Tests.Stock;

/// <summary>
/// Runs the wrapper generated for <c>I2sGenBackend=Stock</c> (its NANOFRAMEWORK_1_0 half) on .NET, over host stand-ins
/// of SpanByte, System.Device.I2s and Hardware.Esp32 whose natives are <see cref="StockFirmwareModel"/>, and checks
/// that the bytes a user gets equal what the custom-firmware backend gives for the same microphone: ESP-IDF with the
/// declared slot width delivers each sample's top bits, little-endian, left first. Also that the firmware is set up as
/// declared (DMA buffer count, pins on the bus's DeviceFunctions), that a caller's buffer survives a 32-bit write, and
/// that a timeout throws.
/// </summary>
public sealed class StockEquivalenceTests
{
    private const int Frames = 1000;

    public StockEquivalenceTests()
    {
        StockFirmwareModel.Reset();
        StockFirmwareModel.Wire = static n => (Sample(n, 1), Sample(n, 2));
    }

    [Fact]
    public void ThirtyTwoBitStereoReadGivesTheCustomFirmwareBytes()
    {
        using var mic = Create("Inmp441Bus0", "Inmp441");
        var buffer = new byte[Frames * 8];

        var read = (int)Invoke(mic, "ReadInto", buffer, -1);

        Assert.Equal(buffer.Length, read);
        Assert.Equal(Expected(Frames, bytesPerSample: 4), buffer);
        Assert.Equal(8, StockFirmwareModel.DmaDescNum);
        Assert.Equal(13, StockFirmwareModel.MappedPin(0x60101)); // I2S1_BCK
        Assert.Equal(14, StockFirmwareModel.MappedPin(0x60102)); // I2S1_WS
        Assert.Equal(34, StockFirmwareModel.MappedPin(0x60104)); // I2S1_MDATA_IN
    }

    [Fact]
    public void SixteenBitStereoReadOnBus1GivesTheTopBitsAsTheCustomFirmwareDoes()
    {
        using var mic = Create("Mic16Bus1", "Mic16");
        var buffer = new byte[Frames * 4];

        Invoke(mic, "ReadInto", buffer, 0, buffer.Length, -1);

        Assert.Equal(Expected(Frames, bytesPerSample: 2), buffer);
        Assert.Equal(4, StockFirmwareModel.DmaDescNum);
        Assert.Equal(32, StockFirmwareModel.DmaBits);
        Assert.Equal(15, StockFirmwareModel.MappedPin(0x60201)); // I2S2_BCK
        Assert.Equal(36, StockFirmwareModel.MappedPin(0x60204)); // I2S2_MDATA_IN
    }

    [Fact]
    public void MonoReadKeepsEverySecondSampleAsI2S0506Says()
    {
        using var mic = Create("MonoMicWarned", "MonoMic");
        var buffer = new byte[100 * 4];

        Invoke(mic, "ReadInto", buffer, -1);

        var expected = Enumerable.Range(0, 100).SelectMany(static i => BitConverter.GetBytes(Sample((2 * i) + 1, 1))).ToArray();
        Assert.Equal(expected, buffer);
    }

    [Fact]
    public void TimeoutOtherThanMinusOneThrowsNotSupported()
    {
        using var mic = Create("Inmp441Bus0", "Inmp441");

        var error = Assert.Throws<TargetInvocationException>(() => Invoke(mic, "ReadInto", new byte[8], 0));

        Assert.IsType<NotSupportedException>(error.InnerException);
    }

    [Fact]
    public void ThirtyTwoBitWriteLeavesTheCallersBufferAndSendsLeftThenRight()
    {
        using var speaker = Create("Stereo32Speaker", "HifiDac");
        var samples = Expected(Frames, bytesPerSample: 4);
        var buffer = (byte[])samples.Clone();

        Invoke(speaker, "Write", buffer, -1);

        Assert.Equal(samples, buffer);

        // The DMA holds [right][left] words, the order the firmware's read map undoes: on the wire that is left, right.
        var written = StockFirmwareModel.Written.ToArray();
        var wire = new byte[written.Length];
        for (var i = 0; i < written.Length; i += 8)
        {
            Array.Copy(written, i + 4, wire, i, 4);
            Array.Copy(written, i, wire, i + 4, 4);
        }

        Assert.Equal(samples, wire);
    }

    /// <summary>A 24-bit MEMS microphone's 32-bit slot value: data in the top 24 bits.</summary>
    private static uint Sample(long frame, int channel) => (uint)((((frame * 2654435761L) + (channel * 40503L)) & 0xFFFFFF) << 8);

    /// <summary>What the custom firmware gives: per frame the left then the right sample's top bytes, little-endian.</summary>
    private static byte[] Expected(int frames, int bytesPerSample)
    {
        var bytes = new List<byte>();
        for (var n = 0; n < frames; n++)
        {
            foreach (var channel in new[] { 1, 2 })
            {
                bytes.AddRange(BitConverter.GetBytes(Sample(n, channel)).Skip(4 - bytesPerSample));
            }
        }

        return bytes.ToArray();
    }

    private static object Invoke(object target, string method, params object[] arguments) =>
        target.GetType().GetMethod(method, arguments.Select(static a => a.GetType()).ToArray())!.Invoke(target, arguments)!;

    private static IDisposable Create(string configuration, string className)
    {
        var assembly = Compile(StockConfigurations.Get(configuration));
        return (IDisposable)Activator.CreateInstance(assembly.GetType("Demo.Stock." + className)!)!;
    }

    /// <summary>The user source and its generated wrapper, compiled for .NET with NANOFRAMEWORK_1_0 against the host stand-ins.</summary>
    private static Assembly Compile(WrapperConfiguration configuration)
    {
        var (sources, _) = WrapperCompilation.SourcesOf(configuration);
        var parse = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { NanoCompiler.Symbol });
        var trees = sources.Append(GeneratedCodeAttributeSource).Select(text => CSharpSyntaxTree.ParseText(text, parse));
        var compilation = CSharpCompilation.Create(
            "StockHost" + configuration.Name,
            trees,
            NetReferences.WithRuntime.Add(MetadataReference.CreateFromFile(typeof(StockFirmwareModel).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }

    // On the device I2sGen.Runtime supplies it (nanoFramework's mscorlib has none); the .NET runtime build leaves it out.
    private const string GeneratedCodeAttributeSource = """
        namespace I2sGen
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class GeneratedCodeAttribute : System.Attribute
            {
                public GeneratedCodeAttribute(string tool, string version) { }
            }
        }
        """;
}
