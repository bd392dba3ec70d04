using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// Maps the generator's target (chip, driver) onto <see cref="IdfClockModel"/>'s terms. The ESP-IDF version is not a
/// target property yet (issue 10), so every binding's clock is computed for <see cref="DefaultIdfVersion"/>.
/// </summary>
internal static class ClockTarget
{
    /// <summary>
    /// The ESP-IDF release the clock figures and rules assume: v5.5.1, the newest 5.x release the golden tables cover
    /// (tools/golden/README.md). The std driver runs its v5.5.1 arithmetic; the legacy driver runs the v5.5 deprecated
    /// legacy driver's (the same hal_utils divider search and source clock; IdfClockModel.Legacy55), not v4.4's.
    /// </summary>
    public static readonly IdfVersion DefaultIdfVersion = new(5, 5, 1);

    public static IdfChip ToIdf(Chip chip) => chip switch
    {
        Chip.Esp32S2 => IdfChip.Esp32S2,
        Chip.Esp32S3 => IdfChip.Esp32S3,
        Chip.Esp32C3 => IdfChip.Esp32C3,
        Chip.Esp32C6 => IdfChip.Esp32C6,
        Chip.Esp32H2 => IdfChip.Esp32H2,
        Chip.Esp32P4 => IdfChip.Esp32P4,
        _ => IdfChip.Esp32,
    };

    public static IdfDriver ToIdf(Driver driver) => driver == Driver.Legacy ? IdfDriver.Legacy : IdfDriver.Std;

    /// <summary>ESP-IDF's clock arithmetic for one rate (slot width = data width, STD mode); the default version when none is given.</summary>
    public static IdfClockResult Compute(Chip chip, Driver driver, int sampleRate, int bits, int mclkMultiple, bool useApll, IdfVersion? version = null) =>
        IdfClockModel.Compute(ToIdf(chip), version ?? DefaultIdfVersion, ToIdf(driver), (uint)sampleRate, (uint)bits, 0, (uint)mclkMultiple, useApll);

    /// <summary>Whether the I2S driver of <paramref name="version"/> can clock <paramref name="chip"/> from the APLL (SOC_I2S_SUPPORTS_APLL).</summary>
    public static bool HasApll(Chip chip, IdfVersion? version = null) => IdfClockFacts.HasApll(ToIdf(chip), version ?? DefaultIdfVersion);

    /// <summary>
    /// The values of <c>i2s_mclk_multiple_t</c> in <paramref name="version"/> (hal/i2s_types.h; driver/i2s_types.h at
    /// v5.0-5.1): 128, 256, 384 in v4.4; 512 too from v5.0; 192, 576, 768, 1024 and 1152 too from v5.3 (read at v4.4.7,
    /// v5.0, v5.1.7, v5.2.6, v5.3, v5.5.1, v6.0). The legacy driver of v5.x takes the same type.
    /// </summary>
    public static int[] MclkMultiples(IdfVersion? version = null)
    {
        var idf = version ?? DefaultIdfVersion;
        return !idf.AtLeast(5, 0) ? new[] { 128, 256, 384 }
            : !idf.AtLeast(5, 3) ? new[] { 128, 256, 384, 512 }
            : new[] { 128, 192, 256, 384, 512, 576, 768, 1024, 1152 };
    }

    /// <summary>Whether ESP-IDF programs a working clock for the rate: accepted, with dividers.</summary>
    public static bool Produces(IdfClockResult result) => result.Status == IdfClockStatus.Ok && result.RealRateMilliHz is not null;

    /// <summary>
    /// The sample rates for which <see cref="Produces"/> holds, found by bisection on the model itself (the driver's
    /// checks bound the rate from above by sclk &gt; 1.99·MCLK and from below by N &lt; 256, so the set is an interval
    /// up to single-rate edge cases such as the ESP32's 4883 Hz × 128 carry). Null when no rate works.
    /// </summary>
    public static (int Min, int Max)? FeasibleRange(Chip chip, Driver driver, int bits, int mclkMultiple, bool useApll, IdfVersion? version = null)
    {
        bool Works(int rate) => Produces(Compute(chip, driver, rate, bits, mclkMultiple, useApll, version));

        // A rate with N ≈ 16 on the default source sits well inside the interval on every chip.
        var source = IdfClockFacts.DefaultSourceHz(ToIdf(chip), version ?? DefaultIdfVersion, 0);
        var inside = (int)(source / 16 / (uint)mclkMultiple);
        if (inside < 1 || !Works(inside))
        {
            return null;
        }

        int low = 1, high = inside;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Works(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var min = low;
        low = inside;
        high = (int)(source / (uint)mclkMultiple) + 1;
        if (useApll)
        {
            high = (int)(IdfApll.MaxHz / (uint)mclkMultiple) + 1;
        }

        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (Works(middle))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (min, low);
    }
}
