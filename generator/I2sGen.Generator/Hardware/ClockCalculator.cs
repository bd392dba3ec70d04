using System;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// Evaluates ESP-IDF's master-mode clock chain at build time, so the real sample rate (and an infeasible one) is
/// known before the firmware runs. Mirrors <c>hal_utils_calc_clk_div_frac_accurate</c> (IDF ≥ 5.2) and the std
/// driver's range checks (shared/reference/esp-idf.md §3.7, §6.2-6.4).
/// </summary>
internal static class ClockCalculator
{
    private const int MaxIntegerDivider = 256;
    private const int MaxFraction = 64;

    /// <summary>Computes the divider chain for <paramref name="sampleRate"/> with the given MCLK multiple and slot width.</summary>
    public static ClockResult Compute(double sourceClockHz, int sampleRate, int mclkMultiple, int slotBits)
    {
        var mclk = (long)sampleRate * mclkMultiple;
        var bclk = (long)sampleRate * 2 * slotBits;
        var bclkDivider = (int)(mclk / bclk);

        if (sourceClockHz <= mclk * 1.99)
        {
            return new ClockResult(ClockFeasibility.TooLarge, sourceClockHz, mclk, 0, 0, 1, bclkDivider, 0);
        }

        // The source clock is an integer in hardware (APLL results are rounded to Hz by the clock tree).
        var sclk = (long)Math.Round(sourceClockHz);
        long integer = sclk / mclk;
        var remainder = sclk % mclk;
        if (integer >= MaxIntegerDivider)
        {
            return new ClockResult(ClockFeasibility.TooSmall, sourceClockHz, mclk, (int)integer, 0, 1, bclkDivider, 0);
        }

        int numerator = 0, denominator = 1;
        if (remainder != 0)
        {
            // hal_utils carries to N + 1 when the fraction is close to 1 (operator precedence makes it ≈ 61/63).
            if (remainder >= mclk - ((mclk / (MaxFraction - 1)) * 2))
            {
                integer++;
            }
            else
            {
                var bestError = long.MaxValue;
                for (var a = 2; a < MaxFraction; a++)
                {
                    var b = (long)Math.Round((double)a * remainder / mclk);
                    var error = Math.Abs((mclk * b) - (remainder * a));
                    if (error < bestError)
                    {
                        bestError = error;
                        numerator = (int)b;
                        denominator = a;
                    }

                    if (error == 0)
                    {
                        break;
                    }
                }
            }
        }

        var realMclk = (double)sclk * denominator / ((integer * denominator) + numerator);
        var realRate = realMclk / bclkDivider / (2.0 * slotBits);
        return new ClockResult(ClockFeasibility.Ok, sourceClockHz, mclk, (int)integer, numerator, denominator, bclkDivider, realRate);
    }

    /// <summary>The sample rates the std driver accepts for a source clock and MCLK multiple (sclk &gt; 1.99·mclk, N &lt; 256).</summary>
    public static (long Min, long Max) FeasibleRange(double sourceClockHz, int mclkMultiple)
    {
        var max = (long)Math.Floor(sourceClockHz / 1.99 / mclkMultiple);
        while (max > 0 && sourceClockHz <= max * (double)mclkMultiple * 1.99)
        {
            max--;
        }

        var min = (long)Math.Floor(sourceClockHz / 256 / mclkMultiple);
        while ((long)Math.Round(sourceClockHz) / (min * mclkMultiple) >= 256)
        {
            min++;
        }

        return (min, max);
    }
}
