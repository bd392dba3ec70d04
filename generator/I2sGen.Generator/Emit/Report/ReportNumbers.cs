using System;
using System.Globalization;
using I2sGen.Generator.Emit.CSharp;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// Number formats of the build report, culture-invariant so the files are byte-stable. Every report (Markdown, JSON,
/// pin map) formats through here, so the same figure is spelled the same way in all three.
/// </summary>
internal static class ReportNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Int(long value) => value.ToString(Inv);

    /// <summary>The real sample rate exactly as the generated C# constant <c>RealSampleRate</c> spells it (round-trip).</summary>
    public static string ExactRate(double hz) => CSharpLiterals.Double(hz);

    /// <summary>A derived frequency (MCLK, BCLK) to the millihertz, as the C header's clock row states it.</summary>
    public static string Hz(double hz) => hz.ToString("0.000", Inv);

    /// <summary>
    /// Deviation of the real rate from the requested one in ppm, (real − requested) / requested × 10⁶, rounded to
    /// three decimals; never "-0.000".
    /// </summary>
    public static string Ppm(double ppm)
    {
        var rounded = Math.Round(ppm, 3, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0.0 : rounded).ToString("0.000", Inv);
    }

    /// <summary><see cref="Ppm"/> with an explicit sign for prose and tables ("+12.500", "-5.544", "0.000").</summary>
    public static string SignedPpm(double ppm)
    {
        var text = Ppm(ppm);
        return text.StartsWith("-", StringComparison.Ordinal) || text == "0.000" ? text : "+" + text;
    }
}
