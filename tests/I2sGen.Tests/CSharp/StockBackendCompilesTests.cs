using System.Collections.Generic;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// With <c>I2sGenBackend=Stock</c> the generated wrapper compiles for nanoFramework (C# 9, real mscorlib 1.17.11, all
/// warnings) against the stand-ins of System.Device.I2s and nanoFramework.Hardware.Esp32 (tests/StandIns), and for .NET
/// with the host backend unchanged; and it maps every setting the way the stock firmware reads it.
/// </summary>
public sealed class StockBackendCompilesTests
{
    /// <summary>Every wrapper configuration that the stock rules accept, plus stock-specific ones.</summary>
    public static IEnumerable<object[]> Names => StockConfigurations.All.Select(static c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public void CompilesForNanoframeworkAgainstTheStandIns(string name)
    {
        var (sources, _) = WrapperCompilation.SourcesOf(StockConfigurations.Get(name));

        var diagnostics = NanoCompiler.CompileStockUserCode(sources);

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void HostBackendIsUnchangedByTheStockBackend(string name)
    {
        var (sources, generated) = WrapperCompilation.SourcesOf(StockConfigurations.Get(name));

        var diagnostics = WrapperCompilation.CompileForNet(sources);

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
        Assert.Contains(generated, static text => text.Contains("DllImport", System.StringComparison.Ordinal));
    }

    [Fact]
    public void StockWrapperDoesNotCompileWithoutSystemDeviceI2s()
    {
        // The stand-ins matter: the interop-only references lack System.Device.I2s.
        var (sources, _) = WrapperCompilation.SourcesOf(StockConfigurations.Get("Inmp441Bus0"));

        var diagnostics = NanoCompiler.CompileUserCode(sources);

        Assert.Contains(diagnostics, static d => d.Id == "CS0234");
    }

    [Fact]
    public void MapsEverySettingAsTheFirmwareReadsIt()
    {
        var text = Wrapper("Inmp441Bus0");

        // Bus 0 is BusId 1 and DeviceFunction I2S1_*; receive always runs 32-bit slots: 8 buffers x 256 frames x 8 bytes (stereo) = 16384.
        Assert.Contains("new global::System.Device.I2s.I2sConnectionSettings(1)", text, System.StringComparison.Ordinal);
        Assert.Contains("SetPinFunction(BckPin, global::nanoFramework.Hardware.Esp32.DeviceFunction.I2S1_BCK)", text, System.StringComparison.Ordinal);
        Assert.Contains("SetPinFunction(WsPin, global::nanoFramework.Hardware.Esp32.DeviceFunction.I2S1_WS)", text, System.StringComparison.Ordinal);
        Assert.Contains("SetPinFunction(SdinPin, global::nanoFramework.Hardware.Esp32.DeviceFunction.I2S1_MDATA_IN)", text, System.StringComparison.Ordinal);
        Assert.Contains("settings.Mode = global::System.Device.I2s.I2sMode.Master | global::System.Device.I2s.I2sMode.Rx;", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sBitsPerSample.Bit32;", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sChannelFormat.RightLeft;", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sCommunicationFormat.I2S;", text, System.StringComparison.Ordinal);
        Assert.Contains("settings.BufferSize = 16384;", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SpeakerOnBus1UsesI2s2FunctionsAndItsOwnBitsForTheBufferSize()
    {
        var text = Wrapper("Pcm5102Bus1Mclk");

        // Transmit keeps the user's 16 bits: 4 buffers x 256 frames x 2 bytes x 2 channels = 4096.
        Assert.Contains("new global::System.Device.I2s.I2sConnectionSettings(2)", text, System.StringComparison.Ordinal);
        Assert.Contains("DeviceFunction.I2S2_DATA_OUT", text, System.StringComparison.Ordinal);
        Assert.Contains("SetPinFunction(MclkPin, global::nanoFramework.Hardware.Esp32.DeviceFunction.I2S2_MCK)", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sMode.Master | global::System.Device.I2s.I2sMode.Tx;", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sCommunicationFormat.Msb;", text, System.StringComparison.Ordinal);
        Assert.Contains("settings.BufferSize = 4096;", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("s_scratch", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ThirtyTwoBitWritesGoThroughACopyAndTimeoutsThrow()
    {
        var text = Wrapper("Stereo32Speaker");

        Assert.Contains("buffer.CopyTo(copy);", text, System.StringComparison.Ordinal);
        Assert.Contains("throw new global::System.NotSupportedException(", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void StockImpliesTheLegacyDriverAndKeepsPcmShort()
    {
        // The stock firmware runs ESP-IDF's legacy driver, so the figures are the legacy driver's even when I2sGenDriver says std.
        var configuration = StockConfigurations.Get("Max98357Mono16");
        var properties = new System.Collections.Generic.Dictionary<string, string>(configuration.Properties) { ["I2sGenDriver"] = "std" };
        var text = (configuration with { Properties = properties }).Generate().Single(static pair => pair.Key.EndsWith(".I2s.g.cs", System.StringComparison.Ordinal)).Value;

        Assert.Contains("legacy driver (driver/i2s.h)", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sCommunicationFormat.PcmShort;", text, System.StringComparison.Ordinal);
        Assert.Contains("I2sGenBackend=Stock", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void InteropRemainsTheDefault()
    {
        var text = WrapperConfigurations.Get("Inmp441Esp32").Generate().Single(static pair => pair.Key.EndsWith(".I2s.g.cs", System.StringComparison.Ordinal)).Value;

        Assert.Contains("global::I2sGen.Interop.I2sNative", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("System.Device.I2s", text, System.StringComparison.Ordinal);
    }

    private static string Wrapper(string name) =>
        StockConfigurations.Get(name).Generate().Single(static pair => pair.Key.EndsWith(".I2s.g.cs", System.StringComparison.Ordinal)).Value;
}
