using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The real-rate error budget: above it I2S0407 warns. The <c>I2sGenRatePpmBudget</c> MSBuild property sets it for
/// the build (build/I2sGen.props), a binding's <c>MaxRateErrorPpm</c> for itself.
/// </summary>
internal static class RateBudget
{
    /// <summary>The MSBuild property name.</summary>
    public const string PropertyName = "I2sGenRatePpmBudget";

    /// <summary>The key under which the compiler passes the property to analyzers and generators.</summary>
    public const string BuildProperty = "build_property." + PropertyName;

    /// <summary>
    /// 1000 ppm (0.1 %) without the property: a pitch shift of 1.7 cents, below what listeners notice (about 5 cents),
    /// and within what audio receivers lock to; every chip reaches it at the standard rates once the clock is chosen.
    /// Streams that are resampled against another clock (network, USB) want a tighter budget such as 100.
    /// </summary>
    public const int DefaultPpm = 1000;

    /// <summary>The largest budget: above 1 % I2S0405 (far off) warns whatever the budget.</summary>
    public const int MaxPpm = (int)ClockRules.FarOffRatePpm;

    public static bool IsValid(int ppm) => ppm is >= 0 and <= MaxPpm;

    /// <summary>
    /// Reads the property: <see cref="DefaultPpm"/> when it is absent or blank. An invalid value (not an integer in
    /// 0-<see cref="MaxPpm"/>) also gives the default and comes back in <paramref name="invalidValue"/> (I2S0006).
    /// </summary>
    public static int Read(AnalyzerConfigOptions options, out string? invalidValue)
    {
        invalidValue = null;
        if (!options.TryGetValue(BuildProperty, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return DefaultPpm;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ppm) && IsValid(ppm))
        {
            return ppm;
        }

        invalidValue = text;
        return DefaultPpm;
    }
}
