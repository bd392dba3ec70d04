namespace I2sGen.Generator.Hardware.Idf;

/// <summary>What ESP-IDF does with one clock configuration.</summary>
internal enum IdfClockStatus
{
    /// <summary>The driver accepts the configuration and programs the dividers.</summary>
    Ok,

    /// <summary>The driver returns an error (<see cref="IdfClockResult.Message"/> is its message); nothing is programmed.</summary>
    Error,

    /// <summary>
    /// v4.4 legacy only: the clock calculation reports an error, but <c>i2s_set_clk</c> ignores its return value and
    /// programs the dividers anyway (components/driver/i2s.c@v4.4.7, <c>i2s_set_clk</c>).
    /// </summary>
    Ignored,

    /// <summary>
    /// v5.2+: the driver's checks pass but <c>hal_utils_calc_clk_div_frac_accurate</c> fails (N leaves [1, 256) after
    /// its carry); <c>i2s_hal_calc_mclk_precise_division</c> ignores that and zero dividers are written.
    /// </summary>
    DividerFailed,

    /// <summary>The request is outside what the model covers (chip, driver or version); not an ESP-IDF behaviour.</summary>
    Unsupported,
}

/// <summary>APLL coefficients: f = xtal·(4 + sdm2 + sdm1/256 + sdm0/65536) / (2·(o_div + 2)).</summary>
internal sealed record IdfApllCoefficients(int ODiv, int Sdm2, int Sdm1, int Sdm0);

/// <summary>
/// The outcome of ESP-IDF's clock arithmetic for one configuration: the divider values it programs (as ESP-IDF
/// computes them, before the register field widths), the source clock it believes in, and the real sample rate.
/// </summary>
/// <param name="Status">Accepted, refused, or programmed despite an error.</param>
/// <param name="Message">ESP-IDF's first error (returned or logged), or else its first warning; empty when neither.</param>
/// <param name="SourceClockHz">sclk as ESP-IDF computes it (the APLL's frequency truncated to Hz; 0 when it failed).</param>
/// <param name="MclkDivider">The integer divider N.</param>
/// <param name="Numerator">The fraction numerator b (MCLK = sclk / (N + b/a)).</param>
/// <param name="Denominator">The fraction denominator a.</param>
/// <param name="BclkDivider">MCLK / BCLK.</param>
/// <param name="RealRateMilliHz">sclk / (N + b/a) / bclk_div / (2·slot bits) in mHz, rounded half up; null when no rate results.</param>
/// <param name="Apll">The APLL coefficients, when the APLL was configured.</param>
internal sealed record IdfClockResult(
    IdfClockStatus Status,
    string Message,
    uint SourceClockHz,
    uint MclkDivider,
    uint Numerator,
    uint Denominator,
    uint BclkDivider,
    ulong? RealRateMilliHz,
    IdfApllCoefficients? Apll)
{
    /// <summary>The real sample rate in Hz, or null.</summary>
    public double? RealRateHz => RealRateMilliHz is { } milli ? milli / 1000.0 : null;

    internal static IdfClockResult Unsupported(string message) =>
        new(IdfClockStatus.Unsupported, message, 0, 0, 0, 0, 0, null, null);
}
