using System;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// The audio PLL of ESP32/S2/P4: f = xtal·(4 + sdm2 + sdm1/256 + sdm0/65536) / (2·(o_div + 2)), with the numerator
/// in 350-500 MHz and an output range of 5,303,031 Hz to 125 MHz (shared/reference/esp-idf.md §6.7).
/// </summary>
internal static class ApllCalculator
{
    public const long MinHz = 5_303_031;
    public const long MaxHz = 125_000_000;
    private const double XtalHz = 40_000_000;
    private const double MinNumeratorHz = 350_000_000;
    private const double MaxNumeratorHz = 500_000_000;

    /// <summary>The APLL target frequency the driver asks for when MCLK is <paramref name="mclkHz"/>.</summary>
    public static long TargetFor(long mclkHz) => mclkHz * Math.Max(2, (MinHz / mclkHz) + 1);

    /// <summary>The frequency the APLL really settles at for <paramref name="targetHz"/>, or null when it cannot reach it.</summary>
    public static double? Achieved(long targetHz)
    {
        if (targetHz < MinHz || targetHz > MaxHz)
        {
            return null;
        }

        for (var outputDivider = 0; outputDivider <= 31; outputDivider++)
        {
            var numerator = targetHz * 2.0 * (outputDivider + 2);
            if (numerator < MinNumeratorHz || numerator > MaxNumeratorHz)
            {
                continue;
            }

            var sdm = Math.Round(((numerator / XtalHz) - 4) * 65536);
            if (sdm < 0 || sdm > (63 * 65536) + 65535)
            {
                continue;
            }

            return XtalHz * (4 + (sdm / 65536)) / (2.0 * (outputDivider + 2));
        }

        return null;
    }
}
