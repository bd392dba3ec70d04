using I2sGen.Generator.Model;

namespace I2sGen.Generator.NanoFramework;

/// <summary>
/// A binding's configuration as the stock firmware's <c>System.Device.I2s</c> must be given it, derived the way
/// nf-interpreter's ESP32 native code reads <c>I2sConnectionSettings</c> (targets/ESP32/_nanoCLR/System.Device.I2s/
/// sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp@a3e8139, <c>SetI2sConfig</c>): the bus index is
/// <c>BusId - 1</c>; the DMA holds <c>dma_desc_num = BufferSize / (256 × frame bytes)</c> buffers of 256 frames, where a
/// frame has <c>get_dma_bits/8</c> bytes per slot (the user's bits only for exactly Master|Tx, 32 otherwise) and two slots
/// for RightLeft, one for the rest. Pins go through <c>DeviceFunction.I2S{BusId}_*</c> (nanoFramework.Hardware.Esp32
/// v1.6.42 DeviceTypePins.cs; nf-interpreter's Esp32_DecodeAlternateFunction subtracts 1 from the bus byte).
/// </summary>
internal sealed record StockSettings(
    int BusId,
    string FunctionPrefix,
    string Mode,
    string BitsPerSample,
    string ChannelFormat,
    string CommunicationFormat,
    int DmaBits,
    int DmaFrameBytes,
    int DmaBufferCount,
    int BufferSize)
{
    /// <summary>The frames per DMA buffer the firmware always uses (<c>DMA_BUF_LEN_IN_I2S_FRAMES</c>).</summary>
    public const int DmaFrames = 256;

    /// <summary>The MCLK multiple the firmware always programs (<c>I2S_MCLK_MULTIPLE_256</c>).</summary>
    public const int MclkMultiple = 256;

    /// <summary>The DMA buffer counts the legacy driver accepts (<c>i2s_driver_install</c>: [2, 128]).</summary>
    public const int MinDmaCount = 2;

    public const int MaxDmaCount = 128;

    public static StockSettings Of(BindingSpec spec) => Of(spec.Config);

    public static StockSettings Of(BindingConfig config)
    {
        var dmaBits = DmaBitsOf(config);
        var frameBytes = dmaBits / 8 * (config.ChannelFormat == (int)Model.ChannelFormat.RightLeft ? 2 : 1);
        var count = config.DmaCount;
        var busId = config.Bus + 1;
        return new StockSettings(
            busId,
            "I2S" + busId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_",
            config.IsReceive
                ? "global::System.Device.I2s.I2sMode.Master | global::System.Device.I2s.I2sMode.Rx"
                : "global::System.Device.I2s.I2sMode.Master | global::System.Device.I2s.I2sMode.Tx",
            "Bit" + config.DataFormat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ((Model.ChannelFormat)config.ChannelFormat).ToString(),
            CommunicationFormatOf(config.Standard),
            dmaBits,
            frameBytes,
            count,
            (int)System.Math.Min(int.MaxValue, (long)count * DmaFrames * frameBytes));
    }

    /// <summary>The slot width the firmware programs: <c>get_dma_bits</c> keeps the user's bits only for Master|Tx.</summary>
    public static int DmaBitsOf(BindingConfig config) => config.IsTransmit ? config.DataFormat : 32;

    /// <summary>
    /// The <c>I2sCommunicationFormat</c> member for an I2sGen standard. The firmware's <c>get_i2s_commformat</c> maps
    /// Msb (0x03) to ESP-IDF's <c>I2S_COMM_FORMAT_STAND_MSB</c> (0x02), so Msb is right despite the enum values
    /// differing; Lsb is generated as MSB-justified by both backends (I2S0204).
    /// </summary>
    public static string CommunicationFormatOf(int standard) => standard switch
    {
        (int)Standard.Philips => "I2S",
        (int)Standard.PcmShort => "PcmShort",
        _ => "Msb",
    };
}
