using I2sGen.Tests.Stock;

// Host stand-ins of the stock API the generated wrapper calls (same names and signatures as tests/StandIns), whose
// natives are the firmware model (StockFirmwareModel) instead of the nanoCLR's InternalCalls.
namespace System.Device.I2s
{
    [Flags]
    public enum I2sMode
    {
        Master = 1 << 0,
        Slave = 1 << 1,
        Tx = 1 << 2,
        Rx = 1 << 3,
        DacBuiltIn = 1 << 4,
        AdcBuiltIn = 1 << 5,
        Pdm = 1 << 6,
    }

    public enum I2sBitsPerSample
    {
        Bit8 = 8,
        Bit16 = 16,
        Bit24 = 24,
        Bit32 = 32,
    }

    public enum I2sChannelFormat
    {
        RightLeft = 0x00,
        AllRight,
        AllLeft,
        OnlyRight,
        OnlyLeft,
    }

    public enum I2sCommunicationFormat
    {
        I2S = 0x01,
        Msb = 0x03,
        PcmShort = 0x04,
        PcmLong = 0x0C,
        Max,
    }

    public sealed class I2sConnectionSettings
    {
        public I2sConnectionSettings(int busId) => BusId = busId;

        public int BusId { get; set; }

        public I2sMode Mode { get; set; } = I2sMode.Pdm;

        public I2sBitsPerSample BitsPerSample { get; set; } = I2sBitsPerSample.Bit16;

        public I2sChannelFormat ChannelFormat { get; set; } = I2sChannelFormat.RightLeft;

        public I2sCommunicationFormat CommunicationFormat { get; set; } = I2sCommunicationFormat.I2S;

        public int SampleRate { get; set; } = 44_100;

        public int BufferSize { get; set; } = 10000;
    }

    public class I2sDevice : IDisposable
    {
        private readonly I2sConnectionSettings _settings;
        private bool _disposed;

        public I2sDevice(I2sConnectionSettings settings)
        {
            _settings = settings;
            StockFirmwareModel.NativeInit(settings);
        }

        public void Read(SpanByte buffer) => StockFirmwareModel.Read(_settings, buffer);

        public void Write(SpanByte buffer) => StockFirmwareModel.Write(_settings, buffer);

        public void Dispose()
        {
            if (!_disposed)
            {
                StockFirmwareModel.NativeDispose(_settings);
                _disposed = true;
            }

            GC.SuppressFinalize(this);
        }
    }
}

namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction
    {
        I2S1_MCK = 0x60100,
        I2S1_BCK = 0x60101,
        I2S1_WS = 0x60102,
        I2S1_DATA_OUT = 0x60103,
        I2S1_MDATA_IN = 0x60104,
        I2S2_MCK = 0x60200,
        I2S2_BCK = 0x60201,
        I2S2_WS = 0x60202,
        I2S2_DATA_OUT = 0x60203,
        I2S2_MDATA_IN = 0x60204,
    }

    public static class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value) => StockFirmwareModel.SetPinFunction(pin, (int)value);
    }
}
