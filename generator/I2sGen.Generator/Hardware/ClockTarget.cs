using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// Maps the generator's target (chip, driver, ESP-IDF release, chip revision) onto <see cref="IdfClockModel"/>'s terms.
/// The overloads without a <see cref="TargetConfig"/> compute for <see cref="DefaultIdfVersion"/>.
/// </summary>
internal static class ClockTarget
{
    /// <summary>
    /// The ESP-IDF release the clock figures and rules assume when the target names none (<see cref="IdfSupport.DefaultVersion"/>): v5.5.1, the newest 5.x release the golden tables cover
    /// (tools/golden/README.md). The std driver runs its v5.5.1 arithmetic; the legacy driver runs the v5.5 deprecated
    /// legacy driver's (the same hal_utils divider search and source clock; IdfClockModel.Legacy5), not v4.4's.
    /// </summary>
    public static readonly IdfVersion DefaultIdfVersion = IdfSupport.DefaultVersion;

    public static IdfChip ToIdf(Chip chip) => chip switch
    {
        Chip.Esp32S2 => IdfChip.Esp32S2,
        Chip.Esp32S3 => IdfChip.Esp32S3,
        Chip.Esp32C3 => IdfChip.Esp32C3,
        Chip.Esp32C6 => IdfChip.Esp32C6,
        Chip.Esp32H2 => IdfChip.Esp32H2,
        Chip.Esp32P4 => IdfChip.Esp32P4,
        Chip.Esp32C5 => IdfChip.Esp32C5,
        Chip.Esp32C61 => IdfChip.Esp32C61,
        _ => IdfChip.Esp32,
    };

    public static IdfDriver ToIdf(Driver driver) => driver == Driver.Legacy ? IdfDriver.Legacy : IdfDriver.Std;

    /// <summary>ESP-IDF's clock arithmetic for one rate on the default version (slot width = data width, STD mode).</summary>
    public static IdfClockResult Compute(Chip chip, Driver driver, int sampleRate, int bits, int mclkMultiple, bool useApll) =>
        Compute(new TargetConfig(chip, driver), sampleRate, bits, mclkMultiple, useApll);

    /// <summary>
    /// ESP-IDF's clock arithmetic for one rate on the target's release and minimum chip revision (slot width = data
    /// width, STD mode), for both drivers exactly as that release computes it (golden tables per release).
    /// </summary>
    public static IdfClockResult Compute(TargetConfig target, int sampleRate, int bits, int mclkMultiple, bool useApll) =>
        IdfClockModel.Compute(ToIdf(target.Chip), target.IdfVersion, ToIdf(target.Driver), (uint)sampleRate, (uint)bits, 0, (uint)mclkMultiple, useApll, target.MinimumChipRevision);

    /// <summary>The default I2S source clock of the target in Hz (ESP32-P4's depends on release and revision).</summary>
    public static uint DefaultSourceHz(TargetConfig target) =>
        IdfClockFacts.DefaultSourceHz(ToIdf(target.Chip), target.IdfVersion, target.MinimumChipRevision);

    /// <summary>Whether the target's I2S driver can clock the chip from the APLL (SOC_I2S_SUPPORTS_APLL; ESP32-P4 from 5.4).</summary>
    public static bool HasApll(TargetConfig target) => IdfClockFacts.HasApll(ToIdf(target.Chip), target.IdfVersion);

    /// <summary>The <c>i2s_mclk_multiple_t</c> values of the target (<see cref="IdfSupport.MclkMultiples"/>).</summary>
    public static int[] MclkMultiples(TargetConfig target) => IdfSupport.MclkMultiples(target);

    /// <summary>Whether ESP-IDF programs a working clock for the rate: accepted, with dividers.</summary>
    public static bool Produces(IdfClockResult result) => result.Status == IdfClockStatus.Ok && result.RealRateMilliHz is not null;

    /// <summary>
    /// The sample rates for which <see cref="Produces"/> holds, found by bisection on the model itself (the driver's
    /// checks bound the rate from above by sclk &gt; 1.99·MCLK and from below by N &lt; 256, so the set is an interval
    /// up to single-rate edge cases such as the ESP32's 4883 Hz × 128 carry). Null when no rate works.
    /// </summary>
    public static (int Min, int Max)? FeasibleRange(Chip chip, Driver driver, int bits, int mclkMultiple, bool useApll) =>
        FeasibleRange(new TargetConfig(chip, driver), bits, mclkMultiple, useApll);

    /// <summary>As <see cref="FeasibleRange(Chip, Driver, int, int, bool)"/> on the target's release and revision.</summary>
    public static (int Min, int Max)? FeasibleRange(TargetConfig target, int bits, int mclkMultiple, bool useApll)
    {
        bool Works(int rate) => Produces(Compute(target, rate, bits, mclkMultiple, useApll));

        // A rate with N ≈ 16 on the default source sits well inside the interval on every chip.
        var source = DefaultSourceHz(target);
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
