using System;

namespace I2sGen
{
    /// <summary>
    /// Selects the chip, ESP-IDF driver, ESP-IDF release and (where it matters) chip revision for every binding in the
    /// assembly, e.g. <c>[assembly: I2sTarget(Chip = I2sChip.Esp32S3, IdfVersion = "5.3")]</c>. Without it the target is
    /// ESP32 with the IDF 5 standard driver on ESP-IDF 5.5.1. The MSBuild properties <c>I2sGenChip</c>,
    /// <c>I2sGenDriver</c>, <c>I2sGenIdfVersion</c> and <c>I2sGenChipRevision</c>, when set, win over this attribute
    /// (a build selects the firmware target); analyzer I2S0003 reports when they disagree.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class I2sTargetAttribute : Attribute
    {
        /// <summary>Target chip. Default <see cref="I2sChip.Esp32"/>.</summary>
        public I2sChip Chip { get; set; }

        /// <summary>ESP-IDF driver generation. Default <see cref="I2sDriver.Std"/>.</summary>
        public I2sDriver Driver { get; set; }

        /// <summary>
        /// ESP-IDF release the firmware is built with: "5.5.1", "v5.3", "4.4" (4.4.x, 5.0.x-5.5.x and 6.0.x are
        /// modelled). It selects the clock arithmetic, the DMA limit, the MCLK multiples and the component the
        /// generated C requires. Default "5.5.1".
        /// </summary>
        public string? IdfVersion { get; set; }

        /// <summary>
        /// The minimum chip revision the firmware supports, as menuconfig shows it ("3.0", "v3.1"). It matters only for
        /// ESP32-P4 on ESP-IDF 6.0, whose default I2S clock is the 160 MHz PLL from revision 3.0 and the 40 MHz crystal
        /// before. Default: ESP-IDF's default (v3.1 for ESP32-P4 on 6.0).
        /// </summary>
        public string? ChipRevision { get; set; }
    }
}
