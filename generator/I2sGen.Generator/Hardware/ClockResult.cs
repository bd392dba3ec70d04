namespace I2sGen.Generator.Hardware;

/// <summary>Whether the clock tree can produce the requested rate, in the driver's own terms.</summary>
internal enum ClockFeasibility
{
    Ok,

    /// <summary>The driver's "sample rate is too large": sclk must exceed 1.99 × MCLK.</summary>
    TooLarge,

    /// <summary>The driver's "sample rate is too small": the integer MCLK divider must stay below 256.</summary>
    TooSmall,
}

/// <summary>
/// The divider chain the driver will program, and the sample rate it really produces.
/// MCLK = sclk·a / (N·a + b); fs_real = MCLK / bclk_div / (2·slot bits) (shared/reference/esp-idf.md §6.2-6.3).
/// </summary>
internal sealed record ClockResult(
    ClockFeasibility Feasibility,
    double SourceClockHz,
    long MclkHz,
    int IntegerDivider,
    int FractionNumerator,
    int FractionDenominator,
    int BclkDivider,
    double RealSampleRate)
{
    /// <summary>Deviation of the real rate from the requested one, in parts per million.</summary>
    public double ErrorPpm(int requestedRate) => requestedRate <= 0 ? 0 : (RealSampleRate - requestedRate) / requestedRate * 1e6;
}
