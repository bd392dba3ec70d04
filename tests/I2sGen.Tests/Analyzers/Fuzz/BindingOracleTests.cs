using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;
using Xunit;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>
/// The oracle of <see cref="RandomizedBindingTests"/> on bindings whose verdict is worked out by hand from
/// shared/reference/esp-idf.md, so that an oracle that called everything valid (or everything invalid) fails here.
/// </summary>
public sealed class BindingOracleTests
{
    // An INMP441 on ESP32 (seed pins): 32-bit OnlyLeft at 16 kHz, 16 x 64-frame buffers of 256 bytes.
    private const string Mic = "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=16000";

    [Theory]
    [InlineData("Esp32", "Std", Mic, "")]
    [InlineData("Esp32", "Std", "Bck=34 Ws=13 Sdin=35 DataFormat=32 ChannelFormat=4 SampleRate=16000", "I2S0302")] // §5.2: 34-39 input only
    [InlineData("Esp32", "Std", Mic + " Mclk=4", "I2S0306")] // §5.4: ESP32 MCLK only on GPIO0/1/3
    [InlineData("Esp32S3", "Std", "Bck=14 Ws=13 Sdin=12 Mclk=4 DataFormat=32 ChannelFormat=4 SampleRate=16000", "")] // S3: MCLK through the GPIO matrix
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=7 DataFormat=32 ChannelFormat=4 SampleRate=16000", "I2S0303")] // §5.3: GPIO6-11 flash
    [InlineData("Esp32", "Std", "Bck=14 Ws=14 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=16000", "I2S0307")]
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=24 DataFormat=32 ChannelFormat=4 SampleRate=16000", "I2S0301")] // §5.2: no GPIO24
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=314070 MclkMultiple=256 ApllRate=0", "")] // §6.6: 2,442-314,070 Hz at x256
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=314071 MclkMultiple=256 ApllRate=0", "I2S0401")]
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=314071", "")] // open: x128 works
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=2442 MclkMultiple=256 ApllRate=0", "")]
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=2441 MclkMultiple=256 ApllRate=0", "I2S0401")]
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=2441 ApllRate=0", "")] // open multiple: x512 works
    [InlineData("Esp32S3", "Std", "Bck=14 Ws=13 Sdin=12 DataFormat=32 ChannelFormat=4 SampleRate=1000000", "I2S0401")] // x128 = 128 MHz > 160 / 1.99; no APLL
    [InlineData("Esp32S3", "Std", "Bck=14 Ws=13 Sdin=12 Mclk=4 DataFormat=32 ChannelFormat=4 SampleRate=400000", "I2S0401")] // MCLK wired: x256 only
    [InlineData("Esp32P4", "Std", "Bck=14 Ws=13 Sdin=12 DataFormat=16 ChannelFormat=0 SampleRate=96000 MclkMultiple=256 ApllRate=0", "I2S0401")] // 40 MHz XTAL < 1.99 x 24.576 MHz
    [InlineData("Esp32P4", "Std", "Bck=14 Ws=13 Sdin=12 DataFormat=16 ChannelFormat=0 SampleRate=96000 ApllRate=0", "")] // x128: 12.288 MHz
    [InlineData("Esp32", "Std", Mic + " MclkMultiple=300", "I2S0408")] // not an i2s_mclk_multiple_t value
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=24 ChannelFormat=4 SampleRate=16000 DmaLength=66 MclkMultiple=256", "I2S0408")] // 24-bit: multiple of 3
    [InlineData("Esp32", "Std", Mic + " ApllRate=4096000 MclkMultiple=384", "I2S0408")] // ApllRate says x256
    [InlineData("Esp32", "Std", Mic + " MaxRateErrorPpm=10001", "I2S0408")]
    [InlineData("Esp32", "Std", Mic + " MaxRateErrorPpm=-1", "")]
    [InlineData("Esp32", "Legacy", Mic + " DmaLength=1025", "I2S0111")] // §2.6: legacy [8, 1024]
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=16 ChannelFormat=4 SampleRate=16000 DmaLength=2046", "")] // 2046 x 2 = 4092 bytes
    [InlineData("Esp32", "Std", "Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=0 SampleRate=16000 DmaLength=512", "I2S0201")] // 512 x 8 = 4096 > 4092
    [InlineData("Esp32", "Std", Mic + " DmaLength=1023 DmaCount=130", "")] // 130 x 4092 = 531,960 bytes <= 520 KB
    [InlineData("Esp32", "Std", Mic + " DmaLength=1023 DmaCount=131", "I2S0205")] // 131 x 4092 = 536,052 > 532,480
    [InlineData("Esp32S2", "Std", "Bck=14 Ws=13 Sdin=12 DataFormat=32 ChannelFormat=4 SampleRate=16000 DmaLength=1023 DmaCount=80", "")] // 327,360 <= 320 KB
    [InlineData("Esp32S2", "Std", "Bck=14 Ws=13 Sdin=12 DataFormat=32 ChannelFormat=4 SampleRate=16000 DmaLength=1023 DmaCount=81", "I2S0205")] // 331,452 > 327,680
    [InlineData("Esp32S2", "Legacy", "Bck=14 Ws=13 Sdin=12 DataFormat=32 ChannelFormat=4 SampleRate=16000 DmaLength=1023 DmaCount=128", "I2S0205")] // within the legacy count range, not the RAM
    [InlineData("Esp32", "Std", Mic + " DmaLength=1024 DmaCount=100000", "I2S0201")] // a buffer above the limit is not what would be allocated
    [InlineData("Esp32", "Legacy", Mic + " DmaCount=129", "I2S0110")]
    [InlineData("Esp32", "Std", Mic + " DmaCount=129", "")] // §3.7: no upper bound in the std driver
    [InlineData("Esp32C3", "Std", "Bck=4 Ws=5 Sdin=6 DataFormat=16 ChannelFormat=4 SampleRate=16000 ApllRate=4096000", "I2S0403")]
    [InlineData("Esp32", "Std", Mic + " ApllRate=4000000", "I2S0404")] // 4 MHz = 16 kHz x 250, not an MCLK multiple
    [InlineData("Esp32", "Std", Mic + " Bus=2", "I2S0104")]
    [InlineData("Esp32", "Std", "Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=16000", "I2S0109")]
    public void JudgesHandCheckedBindings(string chip, string driver, string arguments, string errors)
    {
        var binding = new FuzzBinding(0, "I2sMicrophone", Parse(arguments), FuzzShape.Partial);

        var verdict = BindingOracle.Judge(binding, ChipFacts.For(System.Enum.Parse<Chip>(chip)), System.Enum.Parse<Driver>(driver));

        Assert.Equal(errors.Split(' ', System.StringSplitOptions.RemoveEmptyEntries), verdict.Errors);
        Assert.Empty(verdict.EngineDecided);
    }

    /// <summary>No multiple works from PLL_F160M, but the source is open on a chip with an APLL: the engine decides.</summary>
    [Fact]
    public void LeavesAnOpenApllToTheEngine()
    {
        var binding = new FuzzBinding(0, "I2sMicrophone", Parse("Bck=14 Ws=13 Sdin=34 DataFormat=32 ChannelFormat=4 SampleRate=1000000"), FuzzShape.Partial);

        var verdict = BindingOracle.Judge(binding, ChipFacts.For(Chip.Esp32), Driver.Std);

        Assert.True(verdict.IsValid);
        Assert.Equal(new[] { "I2S0401" }, verdict.EngineDecided);
    }

    [Fact]
    public void LeavesOnlyTheApllClockToTheEngine()
    {
        var binding = new FuzzBinding(0, "I2sMicrophone", Parse(Mic + " ApllRate=4096000"), FuzzShape.Partial);

        var verdict = BindingOracle.Judge(binding, ChipFacts.For(Chip.Esp32), Driver.Std);

        Assert.True(verdict.IsValid);
        Assert.Equal(new[] { "I2S0401" }, verdict.EngineDecided);
        Assert.Equal(BindingOracle.EngineOnly.Keys, verdict.EngineDecided);
    }

    private static List<KeyValuePair<string, int>> Parse(string arguments) => arguments
        .Split(' ', System.StringSplitOptions.RemoveEmptyEntries)
        .Select(static pair => pair.Split('='))
        .Select(static parts => new KeyValuePair<string, int>(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();
}
