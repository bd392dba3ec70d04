using System.Collections.Generic;
using System.Linq;

namespace I2sGen.Tests.CSharp;

/// <summary>Bindings built with <c>I2sGenBackend=Stock</c>: both directions, both buses, every data and channel format the stock rules let through, MCLK, each standard, several chips.</summary>
internal static class StockConfigurations
{
    public static IReadOnlyList<WrapperConfiguration> All { get; } = new[]
    {
        Stock("Inmp441Bus0", "Inmp441", "I2sMicrophone(Bus = 0, Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaCount = 8, DmaLength = 256)"),
        Stock("Mic16Bus1", "Mic16", "I2sMicrophone(Bus = 1, Bck = 15, Ws = 26, Sdin = 36, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 8000, DmaCount = 4, DmaLength = 256)"),
        Stock("MonoMicWarned", "MonoMic", "I2sMicrophone(Bus = 0, Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 22050, DmaCount = 50)"),
        Stock("Pcm5102Bus1Mclk", "Pcm5102", "I2sSpeaker(Bus = 1, Bck = 33, Ws = 25, Sdout = 32, Mclk = 0, Standard = I2sStandard.Msb, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 44100, DmaCount = 4, DmaLength = 256)"),
        Stock("Max98357Mono16", "Max98357", "I2sSpeaker(Bus = 0, Bck = 21, Ws = 22, Sdout = 27, Standard = I2sStandard.PcmShort, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 10, DmaLength = 512)"),
        Stock("Stereo32Speaker", "HifiDac", "I2s(Bus = 0, Mode = I2sMode.MasterTx, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, ApllRate = 12288000, DmaCount = 8, DmaLength = 256)"),
        Stock("Speaker24Warned", "Dac24", "I2sSpeaker(Bus = 0, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.AllLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 255)"),
        Stock("Esp32S3Mic", "S3Mic", "I2sMicrophone(Bus = 1, Bck = 5, Ws = 6, Sdin = 7, Mclk = 4, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 8, DmaLength = 256)", "esp32s3"),
        Stock("Esp32C3Mic", "C3Mic", "I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaCount = 4, DmaLength = 256)", "esp32c3"),
    };

    public static WrapperConfiguration Get(string name) => All.Single(c => c.Name == name);

    private static WrapperConfiguration Stock(string name, string className, string attribute, string? chip = null)
    {
        var properties = new Dictionary<string, string> { ["I2sGenBackend"] = "Stock" };
        if (chip is not null)
        {
            properties["I2sGenChip"] = chip;
        }

        var source = "using I2sGen;\n\nnamespace Demo.Stock\n{\n    /// <summary>A binding declared by the test.</summary>\n    [" + attribute + "]\n    public partial class " + className + "\n    {\n    }\n}\n";
        return new WrapperConfiguration(name, "Demo.Stock", className, source, properties);
    }
}
