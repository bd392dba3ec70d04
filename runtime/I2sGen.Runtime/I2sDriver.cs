namespace I2sGen
{
    /// <summary>Which ESP-IDF I2S driver the generated C uses.</summary>
    public enum I2sDriver
    {
        /// <summary>The channel driver of ESP-IDF 5 and later (<c>driver/i2s_std.h</c>). The default.</summary>
        Std = 0,

        /// <summary>The legacy driver of ESP-IDF 4.4 (<c>driver/i2s.h</c>; deprecated in IDF 5, removed in IDF 6).</summary>
        Legacy = 1,
    }
}
