using System;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// Arithmetic for derived figures whose inputs are whole <c>int</c> ranges (DmaCount × DmaLength × bytes can reach
/// 2^65): a result that does not fit is pinned at <see cref="long.MaxValue"/> instead of wrapping, and the rules,
/// which print figures only below the driver's limits, never show a pinned value.
/// </summary>
internal static class SaturatingMath
{
    /// <summary><paramref name="a"/> × <paramref name="b"/> for non-negative operands, or long.MaxValue when it does not fit.</summary>
    public static long Multiply(long a, long b)
    {
        if (a < 0 || b < 0)
        {
            throw new ArgumentOutOfRangeException(a < 0 ? nameof(a) : nameof(b), "operands must not be negative");
        }

        return a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
    }

    /// <summary>A non-negative double rounded to a long, or long.MaxValue when it does not fit.</summary>
    public static long Round(double value) =>
        value >= long.MaxValue ? long.MaxValue : (long)Math.Round(value);
}
