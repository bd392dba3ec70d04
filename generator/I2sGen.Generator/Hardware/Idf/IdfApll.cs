namespace I2sGen.Generator.Hardware.Idf;

/// <summary>The APLL as the I2S drivers of ESP32 and ESP32-S2 configure it.</summary>
internal static class IdfApll
{
    /// <summary>SOC_APLL_MIN_HZ (soc/esp32/include/soc/soc_caps.h@v4.4.7, v5.0) = CLK_LL_APLL_MIN_HZ (hal/esp32/include/hal/clk_tree_ll.h@v5.2+).</summary>
    public const uint MinHz = 5_303_031;

    /// <summary>SOC_APLL_MAX_HZ = CLK_LL_APLL_MAX_HZ, likewise.</summary>
    public const uint MaxHz = 125_000_000;

    /// <summary>SOC_APLL_MULTIPLIER_OUT_MIN_HZ = CLK_LL_APLL_MULTIPLIER_MIN_HZ (350 MHz).</summary>
    private const int MultiplierMinHz = 350_000_000;

    /// <summary>SOC_APLL_MULTIPLIER_OUT_MAX_HZ = CLK_LL_APLL_MULTIPLIER_MAX_HZ (500 MHz).</summary>
    private const int MultiplierMaxHz = 500_000_000;

    /// <summary>The crystal the tables assume (40 MHz; ESP32 boards with 26 MHz crystals get other coefficients).</summary>
    public const uint XtalMHz = 40;

    /// <summary>
    /// The frequency the driver asks of the APLL: <c>mclk · max(2, SOC_APLL_MIN_HZ / mclk + 1)</c> in uint32
    /// (i2s_config_source_clock in driver/i2s.c@v4.4.7; i2s_set_get_apll_freq in i2s_common.c@v5.0-v6.0).
    /// </summary>
    public static uint Target(uint mclk)
    {
        unchecked
        {
            var multiple = (int)((MinHz / mclk) + 1);
            multiple = multiple < 2 ? 2 : multiple;
            return mclk * (uint)multiple;
        }
    }

    /// <summary>
    /// <c>rtc_clk_apll_coeff_calc</c> (esp_hw_support/port/esp32/rtc_clk.c@v5.0-v6.0; the same arithmetic is inline in
    /// <c>i2s_set_apll_freq</c>, driver/i2s.c@v4.4.7, and in port/esp32s2/rtc_clk.c): o_div from a float division
    /// truncated, sdm2 by integer division, the remainder in float, sdm1/sdm0 rounded in double, and the real
    /// frequency from a double expression truncated to Hz. Returns null (with ESP-IDF's message) when o_div leaves
    /// 0..31. Note the accepted range: targets up to 175 MHz pass the first branch, so with the v4.4 driver (no
    /// 125 MHz check) 83.3-87.5 MHz targets get o_div = 1 and a 500-525 MHz multiplier, above the 500 MHz spec.
    /// </summary>
    /// <param name="freq">The target in Hz.</param>
    /// <param name="tooBigMessage">v4.4 reports both failures as "Expected frequency is too small"; v5 says "too big" for the second.</param>
    /// <param name="error">ESP-IDF's message when it fails.</param>
    /// <param name="coefficients">The coefficients.</param>
    /// <returns>The real frequency ESP-IDF computes (uint32), or 0 on failure.</returns>
    public static uint Coefficients(uint freq, string tooBigMessage, out string error, out IdfApllCoefficients? coefficients)
    {
        unchecked
        {
            error = string.Empty;
            coefficients = null;
            int sdm0 = 0, sdm1 = 0;
            var oDiv = (int)((MultiplierMinHz / (float)(freq * 2)) + 1) - 2;
            if (oDiv > 31)
            {
                error = "Expected frequency is too small";
                return 0;
            }

            if (oDiv < 0)
            {
                oDiv = (int)(MultiplierMaxHz / (float)(freq * 2)) - 2;
                if (oDiv < 0)
                {
                    error = tooBigMessage;
                    return 0;
                }
            }

            var scaled = (uint)((oDiv + 2) * 2) * freq;
            var sdm2 = (int)(scaled / (XtalMHz * 1_000_000u)) - 4;
            var quotient = scaled / ((float)XtalMHz * 1_000_000);
            var minusFour = quotient - 4;
            var numerator = minusFour - sdm2;
            if (numerator > 1.0 - (1.0 / 65536.0 / 2.0))
            {
                sdm2++;
            }
            else if (numerator > 1.0 / 65536.0 / 2.0)
            {
                sdm1 = (int)((numerator * 65536.0) + 0.5) / 256;
                sdm0 = (int)((numerator * 65536.0) + 0.5) % 256;
            }

            var multiplier = (4 + sdm2) + ((float)sdm1 / 256.0) + ((float)sdm0 / 65536.0);
            var divider = ((float)oDiv + 2) * 2;
            var real = (uint)(XtalMHz * 1_000_000u * multiplier / divider);
            coefficients = new IdfApllCoefficients(oDiv, sdm2, sdm1, sdm0);
            return real;
        }
    }
}
