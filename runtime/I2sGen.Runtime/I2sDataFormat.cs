namespace I2sGen
{
    /// <summary>Bits per sample on the wire. The value is the bit count.</summary>
    public enum I2sDataFormat
    {
        /// <summary>16-bit samples.</summary>
        B16 = 16,

        /// <summary>24-bit samples (the IDF 5 standard driver needs an MCLK multiple of 3 and a DMA frame count that is a multiple of 3).</summary>
        B24 = 24,

        /// <summary>32-bit samples; what most MEMS microphones (INMP441, SPH0645) need to deliver their 24 bits.</summary>
        B32 = 32,
    }
}
