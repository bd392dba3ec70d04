using System;

namespace I2sGen
{
    /// <summary>
    /// A transmitting binding (master TX): the ESP32 clocks an amplifier or DAC and writes samples to <see cref="Sdout"/>.
    /// The generator adds a constructor that starts the peripheral, <c>Write</c> and <c>Dispose</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class I2sSpeakerAttribute : I2sBindingAttribute
    {
        /// <summary>GPIO of the serial data output (the amplifier's DIN pin). Required; must be output-capable.</summary>
        public int Sdout { get; set; } = -1;
    }
}
