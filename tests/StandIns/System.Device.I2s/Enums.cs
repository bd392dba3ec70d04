// Stand-in of the four enums of nanoframework/System.Device.I2s@d0510b039be8163a8f6ac751ad55da894e7a436d
// (I2sMode.cs, I2sBitsPerSample.cs, I2sChannelFormat.cs, I2sCommunicationFormat.cs), every member with its value.
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
        Pdm = 1 << 6
    }

    public enum I2sBitsPerSample
    {
        Bit8 = 8,
        Bit16 = 16,
        Bit24 = 24,
        Bit32 = 32
    }

    public enum I2sChannelFormat
    {
        RightLeft = 0x00,
        AllRight,
        AllLeft,
        OnlyRight,
        OnlyLeft
    }

    public enum I2sCommunicationFormat
    {
        I2S = 0x01,
        Msb = 0x03,
        PcmShort = 0x04,
        PcmLong = 0x0C,
        Max
    }
}
