// Stand-in of nanoframework/System.Device.I2s@d0510b039be8163a8f6ac751ad55da894e7a436d
// System.Device.I2s/I2sConnectionSettings.cs. The field order is the real one: the firmware reads the fields by index
// (FIELD___busId = 1 ... FIELD___bufferSize = 7 in nf-interpreter src/System.Device.I2s/sys_dev_i2s_native.h).
namespace System.Device.I2s
{
    public sealed class I2sConnectionSettings
    {
        private int _busId = 1;

        private int _sampleRate = 44_100;

        private I2sMode _i2sMode = I2sMode.Pdm;

        private I2sBitsPerSample _i2sBitsPerSample = I2sBitsPerSample.Bit16;

        private I2sChannelFormat _i2sChannelFormat = I2sChannelFormat.RightLeft;

        private I2sCommunicationFormat _i2sConnectionFormat = I2sCommunicationFormat.I2S;

        private int _bufferSize = 10000;

        public I2sConnectionSettings(int busId)
        {
            BusId = busId;
        }

        public int BusId
        {
            get => _busId;
            set => _busId = value;
        }

        public I2sMode Mode
        {
            get => _i2sMode;
            set => _i2sMode = value;
        }

        public I2sBitsPerSample BitsPerSample
        {
            get => _i2sBitsPerSample;
            set => _i2sBitsPerSample = value;
        }

        public I2sChannelFormat ChannelFormat
        {
            get => _i2sChannelFormat;
            set => _i2sChannelFormat = value;
        }

        public I2sCommunicationFormat CommunicationFormat
        {
            get => _i2sConnectionFormat;
            set => _i2sConnectionFormat = value;
        }

        public int SampleRate
        {
            get => _sampleRate;
            set => _sampleRate = value;
        }

        public int BufferSize
        {
            get => _bufferSize;
            set => _bufferSize = value;
        }
    }
}
