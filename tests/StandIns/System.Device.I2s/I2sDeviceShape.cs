// The declarations of nanoframework/System.Device.I2s (folder System.Device.I2s/), main@d0510b0 and, with
// DEVELOP_SPANS, develop@702b1f2 (Read/Write take Span<byte>/ReadOnlySpan<byte>): the same types, members, kinds,
// modifiers and signatures in the same declaration order, which is all the metadata processor's method table and
// native checksum depend on. Bodies are minimal; only the calls between members are kept.
using System.Runtime.CompilerServices;

[assembly: System.Reflection.AssemblyNativeVersion("100.0.0.1")]

namespace System.Device.I2s
{
    public enum I2sBitsPerSample { Bit8 = 8, Bit16 = 16, Bit24 = 24, Bit32 = 32 }

    public enum I2sChannelFormat { RightLeft, AllRight, AllLeft, OnlyRight, OnlyLeft }

    public enum I2sCommunicationFormat { I2S, Msb, PcmShort, PcmLong }

    public enum I2sMode { Master = 0x01, Slave = 0x02, Tx = 0x04, Rx = 0x08, DacBuiltIn = 0x10, AdcBuiltIn = 0x20, Pdm = 0x40 }

    public sealed class I2sConnectionSettings
    {
        private int _busId = 1;
        private int _sampleRate = 44_100;
        private I2sMode _i2sMode = I2sMode.Pdm;
        private I2sBitsPerSample _i2sBitsPerSample = I2sBitsPerSample.Bit16;
        private I2sChannelFormat _i2sChannelFormat = I2sChannelFormat.RightLeft;
        private I2sCommunicationFormat _i2sConnectionFormat = I2sCommunicationFormat.I2S;
        private int _bufferSize = 10000;

        private I2sConnectionSettings()
        {
        }

        public I2sConnectionSettings(int busId)
        {
            _busId = busId;
        }

        internal I2sConnectionSettings(I2sConnectionSettings other)
        {
            _busId = other.BusId;
        }

        public int BusId { get => _busId; set => _busId = value; }

        public I2sMode Mode { get => _i2sMode; set => _i2sMode = value; }

        public I2sBitsPerSample BitsPerSample { get => _i2sBitsPerSample; set => _i2sBitsPerSample = value; }

        public I2sChannelFormat ChannelFormat { get => _i2sChannelFormat; set => _i2sChannelFormat = value; }

        public I2sCommunicationFormat CommunicationFormat { get => _i2sConnectionFormat; set => _i2sConnectionFormat = value; }

        public int SampleRate { get => _sampleRate; set => _sampleRate = value; }

        public int BufferSize { get => _bufferSize; set => _bufferSize = value; }
    }

    public class I2sDevice : IDisposable
    {
        private bool _disposed;

        private readonly I2sConnectionSettings _connectionSettings;

        public I2sDevice(I2sConnectionSettings settings)
        {
            _connectionSettings = settings;
            NativeInit();
        }

        public I2sConnectionSettings ConnectionSettings => _connectionSettings;

#if DEVELOP_SPANS
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Read(Span<byte> buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Write(ReadOnlySpan<byte> buffer);
#else
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Read(SpanByte buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Write(SpanByte buffer);
#endif

        public static I2sDevice Create(I2sConnectionSettings settings)
        {
            return new I2sDevice(settings);
        }

        private void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                NativeDispose();
                _disposed = true;
            }
        }

        ~I2sDevice()
        {
            Dispose(false);
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                Dispose(true);
                GC.SuppressFinalize(this);
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeInit();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeDispose();
    }
}
