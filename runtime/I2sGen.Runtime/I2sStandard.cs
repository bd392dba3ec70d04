namespace I2sGen
{
    /// <summary>Serial data standard (frame alignment). Values are the legacy ESP-IDF communication-format bits.</summary>
    public enum I2sStandard
    {
        /// <summary>Philips I2S: data starts one BCK after the WS edge (I2S_COMM_FORMAT_STAND_I2S, I2S_STD_PHILIPS_SLOT).</summary>
        Philips = 1,

        /// <summary>MSB (left) justified: data starts on the WS edge (I2S_COMM_FORMAT_STAND_MSB, I2S_STD_MSB_SLOT).</summary>
        Msb = 2,

        /// <summary>PCM short frame sync: a one-BCK WS pulse (I2S_COMM_FORMAT_STAND_PCM_SHORT, I2S_STD_PCM_SLOT).</summary>
        PcmShort = 4,

        /// <summary>
        /// The seed's <c>I2S.LSB</c> (Philips | LSB). ESP-IDF maps its LSB alias to MSB-justified framing, so this is
        /// generated exactly like <see cref="Msb"/>; analyzer I2S0204 suggests naming it <see cref="Msb"/>.
        /// </summary>
        Lsb = 5,
    }
}
