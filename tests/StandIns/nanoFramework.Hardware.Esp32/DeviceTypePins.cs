// Stand-in of nanoframework/nanoFramework.Hardware.Esp32 v1.6.42 (579dbaf231d7fa7ab2672d81176a4a59b7d60bfb)
// nanoFramework.Hardware.Esp32/DeviceTypePins.cs: the I2S members of DeviceTypes and DeviceFunction, with the real
// encoding (device type × 0x10000 + bus × 0x100 + index; the firmware maps bus byte n to I2S_NUM_(n-1)).
namespace nanoFramework.Hardware.Esp32
{
    internal enum ValueTypes
    {
        Index = 0,
        DeviceIndex = 0x00000100,
        DeviceType = 0x00010000,
    }

    public enum DeviceTypes
    {
        I2S = 6 * ValueTypes.DeviceType,
    }

    public enum DeviceFunction
    {
        I2S1_MCK = DeviceTypes.I2S + (1 * ValueTypes.DeviceIndex) + 0,
        I2S1_BCK = DeviceTypes.I2S + (1 * ValueTypes.DeviceIndex) + 1,
        I2S1_WS = DeviceTypes.I2S + (1 * ValueTypes.DeviceIndex) + 2,
        I2S1_DATA_OUT = DeviceTypes.I2S + (1 * ValueTypes.DeviceIndex) + 3,
        I2S1_MDATA_IN = DeviceTypes.I2S + (1 * ValueTypes.DeviceIndex) + 4,
        I2S2_MCK = DeviceTypes.I2S + (2 * ValueTypes.DeviceIndex) + 0,
        I2S2_BCK = DeviceTypes.I2S + (2 * ValueTypes.DeviceIndex) + 1,
        I2S2_WS = DeviceTypes.I2S + (2 * ValueTypes.DeviceIndex) + 2,
        I2S2_DATA_OUT = DeviceTypes.I2S + (2 * ValueTypes.DeviceIndex) + 3,
        I2S2_MDATA_IN = DeviceTypes.I2S + (2 * ValueTypes.DeviceIndex) + 4,
    }
}
