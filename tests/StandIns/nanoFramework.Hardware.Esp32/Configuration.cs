// Stand-in of nanoframework/nanoFramework.Hardware.Esp32 v1.6.42 (579dbaf231d7fa7ab2672d81176a4a59b7d60bfb)
// nanoFramework.Hardware.Esp32/Configuration.cs: SetPinFunction and its native, declared as there.
using System.Runtime.CompilerServices;

namespace nanoFramework.Hardware.Esp32
{
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value)
        {
            NativeSetPinFunction(pin, (int)value);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern static void NativeSetPinFunction(int pin, int function);
    }
}
