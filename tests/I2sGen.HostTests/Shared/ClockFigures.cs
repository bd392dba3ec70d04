namespace I2sGen.HostTests;

/// <summary>
/// The frame rate an ESP32 I2S master runs at, from the dividers ESP-IDF programs, written out for the hand-written
/// figures in each project's <c>Cases</c>: source clock / (N + b/a) / BCLK divider / bits per frame (the formula of
/// <c>sim_clk_frame_rate</c> in native/sim/sim_clk_div.c and of the <c>real_rate_mhz</c> column of the golden tables
/// in tests/I2sGen.Tests/Clock/Golden). The dividers come from those tables, which ESP-IDF's own clock code produced,
/// so nothing here depends on the generator.
/// </summary>
internal static class ClockFigures
{
    /// <summary>The PLL_F160M source clock of the ESP32's I2S (I2S_LL_BASE_CLK).</summary>
    public const long Pll160MHz = 160_000_000;

    /// <summary>
    /// The real frame rate, in Hz, as one division of two exact integers (both below 2^53), so the result is the
    /// double nearest the exact fraction.
    /// </summary>
    /// <param name="sclkHz">Source clock in Hz (golden column sclk).</param>
    /// <param name="n">Integer part N of the MCLK divider (golden column mclk_div).</param>
    /// <param name="b">Fraction numerator b (golden column numerator).</param>
    /// <param name="a">Fraction denominator a (golden column denominator).</param>
    /// <param name="bclkDiv">MCLK / BCLK (golden column bclk_div).</param>
    /// <param name="bitsPerFrame">BCLK cycles per frame: 2 slots x slot bits on the ESP32's STD path.</param>
    public static double RealRate(long sclkHz, long n, long b, long a, long bclkDiv, long bitsPerFrame) =>
        (double)(sclkHz * a) / (((n * a) + b) * bclkDiv * bitsPerFrame);
}
