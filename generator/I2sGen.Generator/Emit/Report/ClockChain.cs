using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// One binding's clock chain as the report states it: source clock → MCLK = sclk / (N + b/a) → BCLK = MCLK / bclk_div
/// → fs = BCLK / (2 · slot bits). Every value comes from the binding's figures (<see cref="Hardware.ClockResult"/>, the
/// one ESP-IDF clock model); nothing is recomputed from the configuration.
/// </summary>
internal sealed record ClockChain(
    string SourceName,
    long SourceHz,
    bool UsesApll,
    int IntegerDivider,
    int Numerator,
    int Denominator,
    int MclkMultiple,
    long RequestedMclkHz,
    double MclkHz,
    int BclkDivider,
    double BclkHz,
    int SlotBits,
    int RequestedRate,
    double RealRate,
    double ErrorPpm,
    IdfApllCoefficients? Apll)
{
    public static ClockChain Of(BindingSpec spec)
    {
        var figures = spec.Figures;
        var clock = figures.Clock;
        var chip = ChipTable.Get(spec.Target.Chip);

        // The same products the C header's "Clock" row prints, so the report and the header agree to the digit.
        var mclk = clock.RealSampleRate * clock.BclkDivider * 2 * figures.BitsPerSample;
        var bclk = clock.BclkDivider == 0 ? 0 : mclk / clock.BclkDivider;
        return new ClockChain(
            figures.UsesApll ? "APLL" : chip.SourceClockName,
            (long)clock.SourceClockHz,
            figures.UsesApll,
            clock.IntegerDivider,
            clock.FractionNumerator,
            clock.FractionDenominator,
            figures.MclkMultiple,
            clock.MclkHz,
            mclk,
            clock.BclkDivider,
            bclk,
            clock.SlotBits,
            spec.Config.SampleRate,
            clock.RealSampleRate,
            clock.ErrorPpm(spec.Config.SampleRate),
            clock.Idf.Apll);
    }

    /// <summary>"N" or "N + b/a", the MCLK divider as ESP-IDF programs it.</summary>
    public string DividerText => Numerator == 0
        ? ReportNumbers.Int(IntegerDivider)
        : ReportNumbers.Int(IntegerDivider) + " + " + ReportNumbers.Int(Numerator) + "/" + ReportNumbers.Int(Denominator);
}
