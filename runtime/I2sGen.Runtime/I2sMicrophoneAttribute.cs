using System;

namespace I2sGen
{
    /// <summary>
    /// A receiving binding (master RX): the ESP32 clocks a microphone or ADC and reads samples from <see cref="Sdin"/>.
    /// The generator adds a constructor that starts the peripheral, <c>ReadInto</c> and <c>Dispose</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class I2sMicrophoneAttribute : I2sBindingAttribute
    {
        /// <summary>GPIO of the serial data input (the microphone's SD pin). Required; input-only pins are fine.</summary>
        public int Sdin { get; set; } = -1;
    }
}
