using System;

namespace I2sGen
{
    /// <summary>
    /// Selects the chip and ESP-IDF driver for every binding in the assembly, e.g.
    /// <c>[assembly: I2sTarget(Chip = I2sChip.Esp32S3)]</c>. Without it the target is ESP32 with the IDF 5 standard driver.
    /// The MSBuild properties <c>I2sGenChip</c> and <c>I2sGenDriver</c>, when set, win over this attribute (a build
    /// selects the firmware target); analyzer I2S0003 reports when they disagree.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class I2sTargetAttribute : Attribute
    {
        /// <summary>Target chip. Default <see cref="I2sChip.Esp32"/>.</summary>
        public I2sChip Chip { get; set; }

        /// <summary>ESP-IDF driver generation. Default <see cref="I2sDriver.Std"/>.</summary>
        public I2sDriver Driver { get; set; }
    }
}
