using I2sGen.Generator.Hardware.Idf;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// The divider chain ESP-IDF programs and the sample rate it really produces, in the shape the emitters read;
/// every value comes from <see cref="IdfClockModel"/> (<see cref="Idf"/>), including ESP-IDF's own 32-bit overflow.
/// MCLK = sclk·a / (N·a + b); fs_real = MCLK / bclk_div / (2·slot bits) (shared/reference/esp-idf.md §6.2-6.3).
/// </summary>
/// <param name="Idf">The model's result for the binding.</param>
/// <param name="MclkHz">The MCLK the driver asks for: sample rate × MCLK multiple.</param>
/// <param name="SlotBits">Bits per slot (the data width).</param>
internal sealed record ClockResult(IdfClockResult Idf, long MclkHz, int SlotBits)
{
    /// <summary>Whether the driver accepts the rate and programs working dividers.</summary>
    public bool IsProduced => ClockTarget.Produces(Idf);

    public double SourceClockHz => Idf.SourceClockHz;

    public int IntegerDivider => (int)Idf.MclkDivider;

    public int FractionNumerator => (int)Idf.Numerator;

    public int FractionDenominator => Idf.Numerator == 0 ? 1 : (int)Idf.Denominator;

    public int BclkDivider => (int)Idf.BclkDivider;

    /// <summary>
    /// The real sample rate in Hz, sclk·a / (N·a + b) / bclk_div / (2·slot bits) from the model's dividers at full
    /// double precision (the model's <see cref="IdfClockResult.RealRateMilliHz"/> is the same value rounded to mHz);
    /// 0 when the driver produces none.
    /// </summary>
    public double RealSampleRate => Idf.RealRateMilliHz is null
        ? 0
        : (double)Idf.SourceClockHz * FractionDenominator
            / (((double)Idf.MclkDivider * FractionDenominator) + Idf.Numerator) / Idf.BclkDivider / (2.0 * SlotBits);

    /// <summary>Deviation of the real rate from the requested one, in parts per million.</summary>
    public double ErrorPpm(int requestedRate) => requestedRate <= 0 ? 0 : (RealSampleRate - requestedRate) / requestedRate * 1e6;
}
