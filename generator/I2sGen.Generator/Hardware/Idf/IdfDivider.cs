namespace I2sGen.Generator.Hardware.Idf;

/// <summary>MCLK = sclk / (Integer + Numerator / Denominator), as ESP-IDF computes it.</summary>
internal readonly record struct IdfDivider(uint Integer, uint Numerator, uint Denominator, bool Succeeded);

/// <summary>
/// The three fractional-divider searches ESP-IDF has shipped. Each mirrors its C source operation for operation:
/// uint32 products wrap, <c>int</c> conversions wrap, float stays single precision where the C code uses float,
/// and <c>abs(INT_MIN)</c> stays <c>INT_MIN</c> (the golden tables are compiled with -fwrapv to pin that down).
/// </summary>
internal static class IdfDividerSearches
{
    /// <summary>
    /// v4.4 <c>i2s_hal_mclk_div_decimal_cal</c> (hal/i2s_hal.c@v4.4.7) and v5.0-5.0.3 / v5.1 <c>i2s_ll_tx_set_mclk</c>
    /// (hal/&lt;chip&gt;/include/hal/i2s_ll.h@v5.0): carry when the fraction exceeds 125/126, else try a = 2..maxA with
    /// b rounded, keeping the smallest |mclk·b − diff·a| (int arithmetic, compared as unsigned).
    /// </summary>
    /// <param name="sclk">Source clock.</param>
    /// <param name="mclk">Wanted MCLK.</param>
    /// <param name="integer">The driver's <c>mclk_div</c> (sclk / mclk, already truncated to uint16 by the driver's struct).</param>
    /// <param name="maxDenominator">I2S_LL_MCLK_DIVIDER_MAX: 63 or 511.</param>
    /// <param name="integerIs16Bit">v4.4 increments N inside a uint16 field; v5.0 in a uint32 parameter.</param>
    public static IdfDivider Legacy(uint sclk, uint mclk, uint integer, int maxDenominator, bool integerIs16Bit)
    {
        unchecked
        {
            var freqDiff = (uint)CAbs((int)(sclk - (mclk * integer)));
            if (freqDiff == 0)
            {
                return new IdfDivider(integer, 0, 1, true);
            }

            var fraction = (float)freqDiff / (float)mclk;
            if (fraction > 125.0 / 126.0)
            {
                var carried = integer + 1;
                return new IdfDivider(integerIs16Bit ? (ushort)carried : carried, 0, 1, true);
            }

            uint numerator = 0, denominator = 1, min = uint.MaxValue;
            for (var a = 2; a <= maxDenominator; a++)
            {
                var b = (int)((a * (freqDiff / (double)mclk)) + 0.5);
                var ma = (int)(freqDiff * (uint)a);
                var mb = (int)(mclk * (uint)b);
                if (ma == mb)
                {
                    return new IdfDivider(integer, (uint)b, (uint)a, true);
                }

                var error = (uint)CAbs(mb - ma);
                if (error < min)
                {
                    denominator = (uint)a;
                    numerator = (uint)b;
                    min = error;
                }
            }

            return new IdfDivider(integer, numerator, denominator, true);
        }
    }

    /// <summary>
    /// v5.0.4-5.0.9 / v5.1.1-5.1.7 <c>i2s_hal_calc_mclk_precise_division</c> (hal/i2s_hal.c@v5.1.7): like
    /// <see cref="Legacy"/> but N = sclk / mclk afresh, the carry test is <c>decimal &lt;= 1.0 - 1.0 / (float)(max * 2)</c>,
    /// <c>min</c> is a signed int starting at INT32_MAX, and the result lands in uint16 fields.
    /// </summary>
    public static IdfDivider Precise(uint sclk, uint mclk, int maxDenominator)
    {
        unchecked
        {
            uint denominator = 1, numerator = 0;
            var integer = sclk / mclk;
            var freqDiff = sclk % mclk;
            if (freqDiff != 0)
            {
                var fraction = (float)freqDiff / (float)mclk;
                if (fraction <= 1.0 - (1.0 / (float)(maxDenominator * 2)))
                {
                    var min = int.MaxValue;
                    for (var a = 2; a <= maxDenominator; a++)
                    {
                        var b = (int)((a * (freqDiff / (double)mclk)) + 0.5);
                        var ma = (int)(freqDiff * (uint)a);
                        var mb = (int)(mclk * (uint)b);
                        if (ma == mb)
                        {
                            denominator = (uint)a;
                            numerator = (uint)b;
                            break;
                        }

                        var error = CAbs(mb - ma);
                        if (error < min)
                        {
                            denominator = (uint)a;
                            numerator = (uint)b;
                            min = error;
                        }
                    }
                }
                else
                {
                    integer++;
                }
            }

            return new IdfDivider((ushort)integer, (ushort)numerator, (ushort)denominator, true);
        }
    }

    /// <summary>
    /// v5.2+ <c>hal_utils_calc_clk_div_frac_accurate</c> (hal/hal_utils.c@v5.2-v6.0, unchanged) with max_integ 256,
    /// min_integ 1 and max_fract I2S_LL_CLK_FRAC_DIV_AB_MAX (hal/i2s_hal.c <c>i2s_hal_calc_mclk_precise_division</c>).
    /// The carry threshold is <c>mclk - mclk / (max_fract - 1) * 2</c> (precedence makes it ≈ 61/63 with 64), and with
    /// max_fract 512 the uint32 products <c>a * freq_error</c> and <c>exp * b</c> can wrap (e.g. 176400 Hz ×256).
    /// On failure ESP-IDF leaves the caller's zeroed result untouched.
    /// </summary>
    public static IdfDivider HalUtils(uint sclk, uint mclk, uint maxFraction)
    {
        unchecked
        {
            uint denominator = 2, numerator = 0;
            var integer = sclk / mclk;
            var freqError = sclk % mclk;
            if (freqError != 0)
            {
                if (freqError < mclk - (mclk / (maxFraction - 1) * 2))
                {
                    uint min = uint.MaxValue;
                    for (uint a = 2; min != 0 && a < maxFraction; a++)
                    {
                        var b = ((a * freqError) + (mclk / 2)) / mclk;
                        var x = mclk * b;
                        var y = freqError * a;
                        var sub = x > y ? x - y : y - x;
                        if (sub < min)
                        {
                            denominator = a;
                            numerator = b;
                            min = sub;
                        }
                    }
                }
                else
                {
                    integer++;
                }
            }

            if (integer < 1 || integer >= IdfClockFacts.IntegerDividerLimit)
            {
                return new IdfDivider(0, 0, 0, false);
            }

            return new IdfDivider(integer, numerator, denominator, true);
        }
    }

    /// <summary>C's <c>abs(int)</c> as the ESP-IDF toolchains compile it: <c>abs(INT_MIN)</c> stays INT_MIN.</summary>
    private static int CAbs(int value) => value < 0 ? unchecked(-value) : value;
}
