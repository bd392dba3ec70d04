using System.Collections.Generic;
using System.Globalization;
using I2sGen.Generator.Emit.Native;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// A binding's <c>i2sgen_host_config_t</c> (native/host/i2sgen_host.h) for the prebuilt host glue: every value the
/// generated C writes into its driver configs, in the struct's field order, taken from the same model and the same
/// decisions (SlotLayout, StdDriverEmitter, LegacyDriverEmitter) and turned into numbers with
/// <see cref="IdfConstants"/>. The generated C# passes it as an <c>int[]</c>, which has the struct's layout.
/// </summary>
internal static class HostConfigWriter
{
    /// <summary>I2SGEN_HOST_CONFIG_VERSION of the header this writer follows.</summary>
    public const int Version = 2;

    /// <summary>I2SGEN_HOST_SHARING_* of the header.</summary>
    public const int SharingNone = 0;
    public const int SharingFullDuplex = 1;
    public const int SharingTakeTurns = 2;

    public const int DriverStd = 0;
    public const int DriverLegacy = 1;

    /// <summary>The struct's fields in order, with their values for <paramref name="spec"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Fields(BindingSpec spec) =>
        Fields(spec.Config, spec.Figures, spec.Target, spec.SharedBus);

    /// <summary>The fields of a binding given by its parts: a shared bus's partner has no spec of its own here.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Fields(BindingConfig config, BindingFigures figures, TargetConfig target, SharedBusSpec? bus)
    {
        var bits = figures.BitsPerSample;
        var fields = new List<KeyValuePair<string, int>>();
        void Add(string name, int value) => fields.Add(new KeyValuePair<string, int>(name, value));
        Add("version", Version);
        Add("size", 0); // patched below, once the count is known
        Add("driver", target.Driver == Driver.Legacy ? DriverLegacy : DriverStd);
        Add("esp32", target.Chip == Chip.Esp32 ? 1 : 0);
        Add("receive", config.IsReceive ? 1 : 0);
        Add("port", config.Bus);
        Add("sample_rate_hz", config.SampleRate);
        Add("bits_per_sample", bits);
        Add("channels", figures.ActiveSlots);
        Add("bytes_per_frame", figures.BytesPerFrame);
        Add("dma_desc_num", config.DmaCount);
        Add("dma_frame_num", config.DmaLength);
        Add("mclk_multiple", figures.MclkMultiple);
        Add("use_apll", figures.UsesApll ? 1 : 0);
        Add("fixed_mclk", figures.UsesApll ? config.ApllRate : 0);
        Add("slot_mode", IdfConstants.Value(SlotLayout.StdSlotMode(config.ChannelFormat)));
        Add("slot_mask", IdfConstants.Value(SlotLayout.StdSlotMask(config.ChannelFormat)));
        Add("ws_width", StdDriverEmitter.WsWidth(config, bits));
        Add("ws_pol", StdDriverEmitter.IsPcm(config) ? 1 : 0);
        Add("bit_shift", StdDriverEmitter.BitShift(config) ? 1 : 0);
        Add("msb_right", StdDriverEmitter.Esp32MsbRight(bits) ? 1 : 0);
        Add("channel_format", IdfConstants.Value(SlotLayout.LegacyChannelFormat(config.ChannelFormat)));
        Add("comm_format", IdfConstants.Value(LegacyDriverEmitter.CommunicationFormat(config.Standard)));
        Add("mclk_pin", config.Mclk);
        Add("bclk_pin", config.Bck);
        Add("ws_pin", config.Ws);
        Add("dout_pin", config.IsTransmit ? config.Sdout : BindingConfig.NotConnected);
        Add("din_pin", config.IsReceive ? config.Sdin : BindingConfig.NotConnected);
        Add("sharing", bus is null ? SharingNone : bus.IsFullDuplex ? SharingFullDuplex : SharingTakeTurns);
        fields[1] = new KeyValuePair<string, int>("size", fields.Count * sizeof(int));
        return fields;
    }

    /// <summary>Writes the config as a static readonly <c>int[]</c> named <paramref name="field"/>, one commented value a line.</summary>
    public static void Write(CodeWriter writer, BindingSpec spec, string field) => Write(writer, Fields(spec), field);

    /// <summary>Writes <paramref name="fields"/> as a static readonly <c>int[]</c> named <paramref name="field"/>.</summary>
    public static void Write(CodeWriter writer, IReadOnlyList<KeyValuePair<string, int>> fields, string field)
    {
        writer.Line("// i2sgen_host_config_t of native/host/i2sgen_host.h, field by field: what the generated C writes into its driver config.");
        writer.Line("private static readonly int[] " + field + " =");
        writer.Line("{");
        foreach (var pair in fields)
        {
            writer.Line("    " + pair.Value.ToString(CultureInfo.InvariantCulture) + ", // " + pair.Key);
        }

        writer.Line("};");
    }
}
