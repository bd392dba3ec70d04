namespace I2sGen.Generator.Hardware.Idf;

/// <summary>How the fractional MCLK divider is searched (see the search classes for each one's source).</summary>
internal enum IdfDividerSearch
{
    /// <summary>v4.4 <c>i2s_hal_mclk_div_decimal_cal</c> and v5.0-5.0.3 / v5.1 <c>i2s_ll_tx_set_mclk</c>.</summary>
    Legacy,

    /// <summary>v5.0.4-5.0.9 / v5.1.1-5.1.7 <c>i2s_hal_calc_mclk_precise_division</c> (own search).</summary>
    Precise,

    /// <summary>v5.2+ <c>i2s_hal_calc_mclk_precise_division</c> via <c>hal_utils_calc_clk_div_frac_accurate</c>.</summary>
    HalUtils,
}

/// <summary>The range check <c>i2s_std_calculate_clock</c> applies before the divider search.</summary>
internal enum IdfStdCheck
{
    /// <summary><c>mclk_div != 0</c> (uint16), "sample rate is too large": v5.0-5.0.8, v5.1-5.1.5.</summary>
    NonZero,

    /// <summary>The same with "... for the current clock source": v5.2-5.2.3, v5.3-5.3.2, v5.4.</summary>
    NonZeroForSource,

    /// <summary><c>sclk / (float)mclk &gt; 1.99</c> (double compare): v5.0.9, v5.1.6.</summary>
    RatioDouble,

    /// <summary><c>sclk / (float)mclk &gt; min_mclk_div</c> (float 1.99f): v5.2.4-5.2.5, v5.3.3, v5.4.1.</summary>
    RatioFloat,

    /// <summary><c>(float)sclk &gt; mclk * 1.99</c> (double) and <c>mclk_div &lt; 256</c>: v5.1.7.</summary>
    ProductDoubleAndMinimum,

    /// <summary><c>(float)sclk &gt; mclk * min_mclk_div</c> (float) and <c>mclk_div &lt; 256</c>: v5.2.6+, v5.3.4+, v5.4.2+, v5.5+, v6.0.</summary>
    ProductFloatAndMinimum,
}

/// <summary>
/// Per chip and ESP-IDF version: the facts the clock arithmetic depends on. Each is read from espressif/esp-idf at the
/// tags named; tools/golden/README.md lists the survey over every release tag.
/// </summary>
internal static class IdfClockFacts
{
    /// <summary>PLL_F160M / PLL_D2 (2 × APB_CLK_FREQ): hal/&lt;chip&gt;/include/hal/i2s_ll.h I2S_LL_BASE_CLK@v4.4.7, v5.0; I2S_LL_PLL_F160M_CLK_FREQ@v5.1+.</summary>
    public const uint Pll160MHz = 160_000_000;

    /// <summary>ESP32-H2's default I2S source PLL_F96M (soc/esp32h2/include/soc/clk_tree_defs.h I2S_CLK_SRC_DEFAULT@v5.1-v6.0).</summary>
    public const uint Pll96MHz = 96_000_000;

    /// <summary>ESP32-P4's default I2S source XTAL, 40 MHz (hal/esp32p4/include/hal/i2s_ll.h I2S_LL_XTAL_CLK_FREQ@v5.5.1).</summary>
    public const uint Xtal40MHz = 40_000_000;

    /// <summary>I2S_LL_CLK_FRAC_DIV_N_MAX on every chip (hal/&lt;chip&gt;/include/hal/i2s_ll.h@v5.1.7-v6.0).</summary>
    public const uint IntegerDividerLimit = 256;

    /// <summary>
    /// The first release whose std driver supports <paramref name="chip"/> (SUPPORTED_TARGETS in
    /// tools/idf_py_actions/constants.py per tag: C6/H2 @v5.1, P4 @v5.3, C5/C61 @v5.5.1).
    /// </summary>
    public static IdfVersion FirstStdRelease(IdfChip chip) => chip switch
    {
        IdfChip.Esp32C6 or IdfChip.Esp32H2 => new IdfVersion(5, 1, 0),
        IdfChip.Esp32P4 => new IdfVersion(5, 3, 0),
        IdfChip.Esp32C5 or IdfChip.Esp32C61 => new IdfVersion(5, 5, 1),
        _ => new IdfVersion(5, 0, 0),
    };

    /// <summary>Whether the v4.4 legacy driver runs on <paramref name="chip"/> (v4.4 supports ESP32, S2, S3, C3).</summary>
    public static bool HasLegacy44(IdfChip chip) => chip is IdfChip.Esp32 or IdfChip.Esp32S2 or IdfChip.Esp32S3 or IdfChip.Esp32C3;

    /// <summary>
    /// I2S from the APLL (SOC_I2S_SUPPORTS_APLL): ESP32 and ESP32-S2 in every release; ESP32-P4 from v5.4
    /// (soc/esp32p4/include/soc/soc_caps.h: commented out at v5.3, pending Espressif ticket IDF-8884, defined at v5.4, v5.5.1, v6.0).
    /// P4's rtc_clk_apll_coeff_calc (esp_hw_support/port/esp32p4/rtc_clk.c@v5.5.1) is the ESP32's arithmetic with the
    /// same 350-500 MHz multiplier and 5.303031-125 MHz output limits (hal/esp32p4/include/hal/clk_tree_ll.h) and a
    /// 40 MHz crystal; the golden tables idf5.5.1-std-esp32p4 and idf5.5.1-legacy-esp32p4 prove it.
    /// </summary>
    public static bool HasApll(IdfChip chip, IdfVersion version) =>
        chip is IdfChip.Esp32 or IdfChip.Esp32S2 || (chip == IdfChip.Esp32P4 && version.AtLeast(5, 4));

    /// <summary>
    /// The v2 I2S clock registers (SOC_I2S_HW_VERSION_2: every chip but ESP32 and S2). At v5.0 their
    /// <c>i2s_ll_tx_set_mclk</c> writes b/a as x/y/z and writes nothing when b or a is 0.
    /// </summary>
    public static bool HasHwVersion2(IdfChip chip) => chip is not (IdfChip.Esp32 or IdfChip.Esp32S2);

    /// <summary>
    /// I2S_LL_MCLK_DIVIDER_MAX = (1 &lt;&lt; I2S_LL_MCLK_DIVIDER_BIT_WIDTH) - 1, the old searches' largest a: 6 bits on ESP32/S2,
    /// 9 bits on the others (hal/&lt;chip&gt;/include/hal/i2s_ll.h@v4.4.7, v5.0, v5.1.7).
    /// </summary>
    public static int OldMaxDenominator(IdfChip chip) => chip is IdfChip.Esp32 or IdfChip.Esp32S2 ? 63 : 511;

    /// <summary>
    /// I2S_LL_CLK_FRAC_DIV_AB_MAX, hal_utils' max_fract: 64 on ESP32/S2 (6-bit a/b), 512 on the others (9-bit)
    /// (hal/&lt;chip&gt;/include/hal/i2s_ll.h@v5.2, v5.5.1, v6.0; ESP32-C5 and ESP32-C61 512 @v5.5.1).
    /// </summary>
    public static uint FractionLimit(IdfChip chip) => chip is IdfChip.Esp32 or IdfChip.Esp32S2 ? 64u : 512u;

    /// <summary>
    /// The default source clock of the std driver. v5.0 uses I2S_LL_BASE_CLK (160 MHz) on every chip it supports;
    /// from v5.1, I2S_CLK_SRC_DEFAULT is PLL_F160M (ESP32-C5 and ESP32-C61 too: soc/&lt;chip&gt;/include/soc/clk_tree_defs.h
    /// and I2S_LL_DEFAULT_CLK_FREQ in hal/&lt;chip&gt;/include/hal/i2s_ll.h@v5.5.1) except ESP32-H2 (PLL_F96M) and ESP32-P4 (XTAL; on v6.0 the
    /// i2s_ll.h picks PLL_160M when the minimum supported chip revision is 3.0 or later:
    /// hal/esp32p4/include/hal/i2s_ll.h I2S_LL_DEFAULT_CLK_SRC@v6.0).
    /// </summary>
    public static uint DefaultSourceHz(IdfChip chip, IdfVersion version, int minimumChipRevision) => chip switch
    {
        IdfChip.Esp32H2 => Pll96MHz,
        IdfChip.Esp32P4 => version.AtLeast(6, 0) && minimumChipRevision >= 300 ? Pll160MHz : Xtal40MHz,
        _ => Pll160MHz,
    };

    /// <summary>The divider search of the std driver at <paramref name="version"/> (survey in tools/golden/README.md).</summary>
    public static IdfDividerSearch StdDividerSearch(IdfVersion version)
    {
        if (version.AtLeast(5, 2))
        {
            return IdfDividerSearch.HalUtils;
        }

        // i2s_hal_calc_mclk_precise_division appears in hal/i2s_hal.c at v5.0.4 and v5.1.1.
        return version.IsBranch(5, 0) && version.Patch >= 4 || version.IsBranch(5, 1) && version.Patch >= 1
            ? IdfDividerSearch.Precise
            : IdfDividerSearch.Legacy;
    }

    /// <summary>The range check of <c>i2s_std_calculate_clock</c> at <paramref name="version"/> (i2s_std.c per tag).</summary>
    public static IdfStdCheck StdCheck(IdfVersion version)
    {
        var patch = version.Patch;
        if (version.IsBranch(5, 0))
        {
            return patch >= 9 ? IdfStdCheck.RatioDouble : IdfStdCheck.NonZero;
        }

        if (version.IsBranch(5, 1))
        {
            return patch >= 7 ? IdfStdCheck.ProductDoubleAndMinimum : patch == 6 ? IdfStdCheck.RatioDouble : IdfStdCheck.NonZero;
        }

        // The same fix reached 5.2, 5.3 and 5.4 in two steps: the ratio check, then the product check with the minimum.
        var (ratioFrom, productFrom) = version switch
        {
            { Major: 5, Minor: 2 } => (4, 6),
            { Major: 5, Minor: 3 } => (3, 4),
            { Major: 5, Minor: 4 } => (1, 2),
            _ => (0, 0),
        };
        return patch >= productFrom ? IdfStdCheck.ProductFloatAndMinimum
            : patch >= ratioFrom ? IdfStdCheck.RatioFloat
            : IdfStdCheck.NonZeroForSource;
    }

    /// <summary>
    /// From v5.3.2 the std driver warns when MCLK is not a whole multiple of BCLK (i2s_std.c@v5.3.2, v5.5.1, v6.0).
    /// </summary>
    public static bool WarnsOnUnevenBclk(IdfVersion version) => version.AtLeast(5, 3, 2);

    /// <summary>v5.0 and v5.0.1 misspell the APLL limit message (driver/i2s/i2s_common.c@v5.0: "frequecy").</summary>
    public static bool MisspellsApllLimit(IdfVersion version) => version.IsBranch(5, 0) && version.Patch <= 1;
}
