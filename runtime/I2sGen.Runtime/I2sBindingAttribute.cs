using System;

namespace I2sGen
{
    /// <summary>
    /// Settings shared by <see cref="I2sAttribute"/>, <see cref="I2sMicrophoneAttribute"/> and <see cref="I2sSpeakerAttribute"/>.
    /// Every value must be a compile-time constant: the generator reads it at build time and the analyzers check it
    /// against the target chip. Pins are GPIO numbers; <c>-1</c> means "not connected".
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public abstract class I2sBindingAttribute : Attribute
    {
        /// <summary>I2S controller (the seed's <c>id</c>): 0 or 1 on ESP32/S3, 0 on single-controller chips. Default 0.</summary>
        public int Bus { get; set; }

        /// <summary>GPIO of the bit clock (BCK/SCK). Required.</summary>
        public int Bck { get; set; } = -1;

        /// <summary>GPIO of the word select (WS/LRCLK). Required.</summary>
        public int Ws { get; set; } = -1;

        /// <summary>Optional GPIO for the master clock output (MCLK); on the original ESP32 only GPIO0, 1 or 3. Default -1 (off).</summary>
        public int Mclk { get; set; } = -1;

        /// <summary>Frame standard. Default <see cref="I2sStandard.Philips"/>.</summary>
        public I2sStandard Standard { get; set; } = I2sStandard.Philips;

        /// <summary>Bits per sample. Required.</summary>
        public I2sDataFormat DataFormat { get; set; }

        /// <summary>Which slots are transferred. Required, because a wrong guess gives a silent microphone.</summary>
        public I2sChannelFormat ChannelFormat { get; set; }

        /// <summary>Sample (frame) rate in Hz. Required.</summary>
        public int SampleRate { get; set; }

        /// <summary>Number of DMA buffers (the seed's <c>dmacount</c>). Default 16.</summary>
        public int DmaCount { get; set; } = 16;

        /// <summary>Frames per DMA buffer (the seed's <c>dmalen</c>, counted in samples per channel, not bytes). Default 64.</summary>
        public int DmaLength { get; set; } = 64;

        /// <summary>
        /// MCLK frequency in Hz produced by the audio PLL (the seed's <c>apllrate</c>). Not written: I2sGen uses the APLL
        /// only where it gives a closer real rate (see MclkMultiple); written as 0: never the APLL, the chip's default
        /// source. Only on chips with an APLL (ESP32, ESP32-S2, ESP32-P4 from ESP-IDF 5.4); must be SampleRate × an MCLK
        /// multiple of the target's ESP-IDF release.
        /// </summary>
        public int ApllRate { get; set; }

        /// <summary>
        /// MCLK / SampleRate (i2s_mclk_multiple_t: 128, 256, 384, 512 and, from ESP-IDF 5.3, 192, 576, 768, 1024, 1152;
        /// a multiple of 3 for 24-bit data). 0 (default): I2sGen picks the multiple, and the audio PLL when ApllRate is
        /// not written, that give the real sample rate closest to SampleRate (see "Clock choice and rate budget" in the
        /// user guide). Write it when a codec on the MCLK pin needs a fixed ratio.
        /// </summary>
        public int MclkMultiple { get; set; }

        /// <summary>
        /// The largest deviation of the real sample rate from SampleRate, in ppm, before warning I2S0407 is reported
        /// (0-10000). -1 (default): the build's I2sGenRatePpmBudget property, or 1000 ppm.
        /// </summary>
        public int MaxRateErrorPpm { get; set; } = -1;

        /// <summary>
        /// The part wired to this bus (optional). With a part the analyzers check the declaration against its datasheet
        /// and the generated class gets the part's sample conversion. Default <see cref="I2sPart.None"/>.
        /// </summary>
        public I2sPart Part { get; set; }

        /// <summary>
        /// How a microphone's L/R (SELECT) pin is wired: <see cref="I2sPinLevel.Low"/> puts its data in the left slot,
        /// <see cref="I2sPinLevel.High"/> in the right slot. Only for microphone parts.
        /// </summary>
        public I2sPinLevel LrPin { get; set; }

        /// <summary>Which slot a mono amplifier plays (MAX98357A SD_MODE, NS4168 CTRL). Only for amplifier parts.</summary>
        public I2sAmpChannel ChannelSelect { get; set; }

        /// <summary>How the PCM5102A's FMT pin is wired: low selects I2S (Philips), high left-justified (Msb). Only for the PCM5102A.</summary>
        public I2sPinLevel FormatPin { get; set; }

        /// <summary>
        /// How this binding shares its bus with the other bindings that name the same bus and the same BCK and WS pins:
        /// <see cref="I2sBusSharing.FullDuplex"/> (both run at once) or <see cref="I2sBusSharing.TakeTurns"/> (one at a
        /// time). Default <see cref="I2sBusSharing.Auto"/>: full duplex where the two configurations allow it.
        /// </summary>
        public I2sBusSharing BusSharing { get; set; }
    }
}
