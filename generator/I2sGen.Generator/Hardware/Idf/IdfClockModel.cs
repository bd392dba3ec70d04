using System.Globalization;

namespace I2sGen.Generator.Hardware.Idf;

/// <summary>
/// ESP-IDF's I2S master clock arithmetic, per chip and ESP-IDF version, reproduced exactly: the value checks, the
/// source clock (PLL or APLL), the fractional MCLK divider, the BCLK divider, and the real sample rate that results.
/// Proven against golden tables compiled from ESP-IDF's own C source (tools/golden, tests/I2sGen.Tests/Clock).
/// Covers the v4.4.x legacy driver, the v5.0-v5.5.x deprecated legacy driver and the v5.0-v6.0.x std driver, with two
/// slots per frame (STD mode).
/// </summary>
internal static class IdfClockModel
{
    private const string LegacyTooLarge = "sample rate is too large";
    private const string Overflow = "the sample rate overflows ESP-IDF's 32-bit clock arithmetic";
    private const string UnevenBclkWarning = "the current mclk multiple cannot perform integer division (slot_num: %u; slot_bits: %u)";

    /// <summary>Computes what ESP-IDF programs for one configuration.</summary>
    /// <param name="chip">The target.</param>
    /// <param name="idfVersion">The ESP-IDF release.</param>
    /// <param name="driver">The driver whose clock code runs.</param>
    /// <param name="sampleRate">Sample rate in Hz.</param>
    /// <param name="bits">Data bits per sample (8, 16, 24, 32).</param>
    /// <param name="slotBits">Slot width in bits; 0 (auto) or anything below <paramref name="bits"/> means <paramref name="bits"/>.</param>
    /// <param name="mclkMultiple">MCLK / sample rate; for the legacy driver 0 means 256.</param>
    /// <param name="useApll">Clock from the APLL (ESP32, ESP32-S2; ESP32-P4 from v5.4).</param>
    /// <param name="minimumChipRevision">The minimum supported chip revision the firmware is built for (×100; matters for ESP32-P4 on v6.0).</param>
    public static IdfClockResult Compute(
        IdfChip chip,
        IdfVersion idfVersion,
        IdfDriver driver,
        uint sampleRate,
        uint bits,
        uint slotBits,
        uint mclkMultiple,
        bool useApll,
        int minimumChipRevision = 0)
    {
        if (idfVersion.CompareTo(new IdfVersion(6, 0, 99)) > 0)
        {
            return IdfClockResult.Unsupported(Format("ESP-IDF {0} is newer than the clock model (checked up to v6.0.2)", idfVersion));
        }

        if (sampleRate == 0 || bits is not (8 or 16 or 24 or 32) || slotBits is not (0 or 8 or 16 or 24 or 32))
        {
            return IdfClockResult.Unsupported("the sample rate must be positive, the data and slot widths 8, 16, 24 or 32 bits");
        }

        if (useApll && !IdfClockFacts.HasApll(chip, idfVersion))
        {
            return IdfClockResult.Unsupported(Format("ESP-IDF {0} has no I2S APLL clock source on {1} (ESP32 and ESP32-S2; ESP32-P4 from 5.4)", idfVersion, chip));
        }

        if (driver == IdfDriver.Legacy)
        {
            // i2s_calculate_common_clock and i2s_config_source_clock of driver/deprecated/i2s_legacy.c do the same
            // arithmetic from v5.0 to v5.5.1; what changes is the HAL's divider search behind them.
            if (idfVersion.AtLeast(5, 0) && !idfVersion.AtLeast(6, 0))
            {
                return Legacy5(chip, idfVersion, sampleRate, bits, slotBits, mclkMultiple, useApll);
            }

            if (!idfVersion.IsBranch(4, 4) || !IdfClockFacts.HasLegacy44(chip))
            {
                return IdfClockResult.Unsupported(Format("the legacy driver's clock is modelled for ESP-IDF 4.4.x on ESP32, S2, S3 and C3 and for 5.0-5.5.x, not {0} on {1}", idfVersion, chip));
            }

            return Legacy44(chip, sampleRate, bits, slotBits, mclkMultiple, useApll);
        }

        if (!idfVersion.AtLeast(5, 0) || idfVersion.CompareTo(IdfClockFacts.FirstStdRelease(chip)) < 0)
        {
            return IdfClockResult.Unsupported(Format("the std driver does not exist for {0} in ESP-IDF {1}", chip, idfVersion));
        }

        return Std(chip, idfVersion, sampleRate, bits, slotBits, mclkMultiple, useApll, minimumChipRevision);
    }

    /// <summary>
    /// What both legacy drivers compute before their divider search (i2s_calculate_common_clock and
    /// i2s_config_source_clock in driver/i2s.c@v4.4.7 and driver/deprecated/i2s_legacy.c@v5.5.1): the slot width is
    /// at least the data width, a multiple of 0 means 256, BCLK and MCLK in uint32, the BCLK divider, the source clock
    /// (the APLL at mclk·max(2, 5303031/mclk + 1) without the std driver's 125 MHz check, or the chip's default), and
    /// the only range check, <c>mclk &lt;= sclk</c>, which is logged and ignored (both drivers drop its result).
    /// </summary>
    /// <param name="Slot">Slot bits.</param>
    /// <param name="Mclk">rate × multiple.</param>
    /// <param name="Sclk">The source clock (0 when the APLL failed).</param>
    /// <param name="BclkDivider">(uint16) MCLK / BCLK.</param>
    /// <param name="Status">Ok, or Ignored when the range check failed.</param>
    /// <param name="Error">The first message logged, or empty.</param>
    /// <param name="Apll">The APLL coefficients when the APLL was configured.</param>
    private sealed record LegacyClockInputs(uint Slot, uint Mclk, uint Sclk, ushort BclkDivider, IdfClockStatus Status, string Error, IdfApllCoefficients? Apll)
    {
        /// <summary>Null when the rate overflows the uint32 products (ESP-IDF would divide by zero).</summary>
        /// <param name="apllTooBig">v4.4 reports both APLL failures as "too small"; v5 says "too big" for the second.</param>
        /// <param name="defaultSourceHz">The source without the APLL: I2S_LL_BASE_CLK (v4.4) or I2S_LL_DEFAULT_CLK_FREQ (v5).</param>
        public static LegacyClockInputs? Compute(uint rate, uint bits, uint slotBits, uint multiple, bool useApll, string apllTooBig, uint defaultSourceHz)
        {
            unchecked
            {
                var slot = slotBits > bits ? slotBits : bits;
                var multi = multiple != 0 ? multiple : 256u;
                var bclk = rate * 2 * slot;
                var mclk = rate * multi;
                if (bclk == 0 || mclk == 0)
                {
                    return null;
                }

                var error = string.Empty;
                IdfApllCoefficients? coefficients = null;
                var sclk = useApll ? IdfApll.Coefficients(IdfApll.Target(mclk), apllTooBig, out error, out coefficients) : defaultSourceHz;
                var status = IdfClockStatus.Ok;
                if (!(mclk <= sclk))
                {
                    status = IdfClockStatus.Ignored;
                    error = error.Length != 0 ? error : LegacyTooLarge;
                }

                return new LegacyClockInputs(slot, mclk, sclk, (ushort)(mclk / bclk), status, error, coefficients);
            }
        }
    }

    /// <summary>
    /// v4.4.x legacy driver, master mode (driver/i2s.c@v4.4.7: i2s_set_clk → i2s_calculate_common_clock →
    /// i2s_config_source_clock; hal/i2s_hal.c i2s_hal_mclk_div_decimal_cal). Identical in v4.4 to v4.4.8. Only the
    /// search's largest a depends on the chip; proven by the golden tables idf4.4.7-legacy-esp32, -esp32s2 (PLL + APLL)
    /// and -esp32s3, -esp32c3.
    /// </summary>
    private static IdfClockResult Legacy44(IdfChip chip, uint rate, uint bits, uint slotBits, uint multiple, bool useApll)
    {
        if (LegacyClockInputs.Compute(rate, bits, slotBits, multiple, useApll, "Expected frequency is too small", IdfClockFacts.Pll160MHz) is not { } inputs)
        {
            return IdfClockResult.Unsupported(Overflow);
        }

        var integer = unchecked((ushort)(inputs.Sclk / inputs.Mclk));
        var divider = IdfDividerSearches.Legacy(inputs.Sclk, inputs.Mclk, integer, IdfClockFacts.OldMaxDenominator(chip), integerIs16Bit: true);
        return Finish(inputs.Status, inputs.Error, inputs.Sclk, divider, inputs.BclkDivider, inputs.Slot, inputs.Apll);
    }

    /// <summary>
    /// v5.0-5.5.x deprecated legacy driver, master mode (driver/deprecated/i2s_legacy.c: i2s_set_clock_legacy →
    /// i2s_calculate_common_clock → i2s_config_source_clock, then hal/i2s_hal.c i2s_hal_set_tx_clock). The two driver
    /// functions compute the same at every tag v5.0-v5.5.1 (v5.1 only renamed I2S_LL_BASE_CLK to
    /// I2S_LL_DEFAULT_PLL_CLK_FREQ, both 160 MHz); the source is the chip's default (XTAL on ESP32-P4), the APLL goes
    /// through periph_rtc_apll_freq_set, there is no 24-bit multiple check. The divider is the HAL's of the tag, the
    /// same one the std driver uses (<see cref="StdDivider"/>): i2s_ll_tx_set_mclk (v5.0-5.0.3, v5.1), the precise
    /// search (v5.0.4+, v5.1.1+), hal_utils (v5.2+). Proven by the golden tables idf5.0-legacy-esp32 (PLL + APLL) and
    /// -esp32s3, idf5.0.9-, idf5.1-, idf5.1.7-legacy-esp32 (+ idf5.1.7-legacy-esp32s3) and idf5.5.1-legacy-esp32,
    /// -esp32s3, -esp32p4 (XTAL + APLL).
    /// </summary>
    private static IdfClockResult Legacy5(IdfChip chip, IdfVersion version, uint rate, uint bits, uint slotBits, uint multiple, bool useApll)
    {
        var source = IdfClockFacts.DefaultSourceHz(chip, version, 0);
        if (LegacyClockInputs.Compute(rate, bits, slotBits, multiple, useApll, "Expected frequency is too big", source) is not { } inputs)
        {
            return IdfClockResult.Unsupported(Overflow);
        }

        var divider = StdDivider(chip, version, inputs.Sclk, inputs.Mclk);
        var status = inputs.Status == IdfClockStatus.Ok && !divider.Succeeded ? IdfClockStatus.DividerFailed : inputs.Status;
        return Finish(status, inputs.Error, inputs.Sclk, divider, inputs.BclkDivider, inputs.Slot, inputs.Apll);
    }

    /// <summary>
    /// v5.0-v6.0.x std driver, master mode (i2s_std.c i2s_std_calculate_clock; i2s_common.c i2s_get_source_clk_freq /
    /// i2s_set_get_apll_freq; hal/i2s_hal.c; at each tag).
    /// </summary>
    private static IdfClockResult Std(IdfChip chip, IdfVersion version, uint rate, uint bits, uint slotBits, uint multiple, bool useApll, int minimumChipRevision)
    {
        unchecked
        {
            var slot = slotBits == 0 || (int)slotBits < (int)bits ? bits : slotBits;

            // i2s_std_set_clock refuses a 24-bit width with a multiple that is not divisible by 3 before any clock
            // arithmetic; v5.0-5.0.2 test the data width, v5.0.3+ the slot width (i2s_std.c@v5.0, v5.0.3, v5.5.1).
            var checkedWidth = version.IsBranch(5, 0) && version.Patch < 3 ? bits : slot;
            if (checkedWidth == 24 && multiple % 3 != 0)
            {
                return new IdfClockResult(IdfClockStatus.Error, "The 'mclk_multiple' should be the multiple of 3 while using 24-bit data width", 0, 0, 0, 0, 0, null, null);
            }

            var bclk = rate * 2 * slot;
            var mclk = rate * multiple;
            if (bclk == 0 || mclk == 0)
            {
                return IdfClockResult.Unsupported(Overflow);
            }

            var bclkDivider = (ushort)(mclk / bclk);
            var warning = IdfClockFacts.WarnsOnUnevenBclk(version) && mclk % bclk != 0 ? UnevenBclkWarning : string.Empty;

            var error = string.Empty;
            IdfApllCoefficients? coefficients = null;
            uint sclk;
            if (useApll)
            {
                sclk = StdApll(version, mclk, out error, out coefficients);
            }
            else
            {
                sclk = version.IsBranch(5, 0) ? IdfClockFacts.Pll160MHz : IdfClockFacts.DefaultSourceHz(chip, version, minimumChipRevision);
            }

            var integer = (ushort)(sclk / mclk);
            var check = StdCheckFailure(IdfClockFacts.StdCheck(version), sclk, mclk, integer);
            if (check is not null)
            {
                return new IdfClockResult(IdfClockStatus.Error, error.Length != 0 ? error : check, sclk, 0, 0, 0, 0, null, coefficients);
            }

            var divider = StdDivider(chip, version, sclk, mclk);
            var status = divider.Succeeded ? IdfClockStatus.Ok : IdfClockStatus.DividerFailed;
            return Finish(status, error.Length != 0 ? error : warning, sclk, divider, bclkDivider, slot, coefficients);
        }
    }

    /// <summary>
    /// The divider search of hal/i2s_hal.c i2s_hal_set_tx_clock at <paramref name="version"/> (both v5 drivers call
    /// it), with N's first guess sclk / mclk as the drivers' uint16 mclk_div.
    /// </summary>
    private static IdfDivider StdDivider(IdfChip chip, IdfVersion version, uint sclk, uint mclk) =>
        IdfClockFacts.StdDividerSearch(version) switch
        {
            IdfDividerSearch.Legacy => LlSetMclk(chip, sclk, mclk, unchecked((ushort)(sclk / mclk))),
            IdfDividerSearch.Precise => IdfDividerSearches.Precise(sclk, mclk, IdfClockFacts.OldMaxDenominator(chip)),
            _ => IdfDividerSearches.HalUtils(sclk, mclk, IdfClockFacts.FractionLimit(chip)),
        };

    /// <summary>
    /// v5.0-5.0.3 / v5.1 <c>i2s_ll_tx_set_mclk</c>: the v4.4 search on a uint32 N. On the v2 registers a fraction with
    /// b or a of 0 is not written at all (x = y = z = 0), which reads back as no fraction.
    /// </summary>
    private static IdfDivider LlSetMclk(IdfChip chip, uint sclk, uint mclk, uint integer)
    {
        var divider = IdfDividerSearches.Legacy(sclk, mclk, integer, IdfClockFacts.OldMaxDenominator(chip), integerIs16Bit: false);
        return IdfClockFacts.HasHwVersion2(chip) && (divider.Numerator == 0 || divider.Denominator == 0)
            ? divider with { Numerator = 0, Denominator = 1 }
            : divider;
    }

    /// <summary>i2s_set_get_apll_freq (i2s_common.c@v5.0-v6.0) with periph_rtc_apll_freq_set for a sole APLL user.</summary>
    private static uint StdApll(IdfVersion version, uint mclk, out string error, out IdfApllCoefficients? coefficients)
    {
        coefficients = null;
        var target = IdfApll.Target(mclk);
        if (target > IdfApll.MaxHz)
        {
            error = IdfClockFacts.MisspellsApllLimit(version)
                ? "The required APLL frequecy exceed its maximum value"
                : "The required APLL frequency exceed its maximum value";
            return 0;
        }

        return IdfApll.Coefficients(target, "Expected frequency is too big", out error, out coefficients);
    }

    /// <summary>The message of the failing range check, or null (the float/double types are ESP-IDF's).</summary>
    private static string? StdCheckFailure(IdfStdCheck check, uint sclk, uint mclk, ushort integer)
    {
        const double Minimum = 1.99;
        const float MinimumFloat = 1.99f;
        const string TooLarge = "sample rate is too large";
        const string TooSmall = "sample rate is too small";
        const string RatioTooLarge = "sample rate or mclk_multiple is too large for the current clock source";
        switch (check)
        {
            case IdfStdCheck.NonZero:
                return integer == 0 ? TooLarge : null;
            case IdfStdCheck.NonZeroForSource:
                return integer == 0 ? "sample rate is too large for the current clock source" : null;
            case IdfStdCheck.RatioDouble:
            {
                var ratio = (float)sclk / (float)mclk;
                return ratio > Minimum ? null : RatioTooLarge;
            }

            case IdfStdCheck.RatioFloat:
            {
                var ratio = (float)sclk / (float)mclk;
                return ratio > MinimumFloat ? null : RatioTooLarge;
            }

            case IdfStdCheck.ProductDoubleAndMinimum:
                if (!((float)sclk > mclk * Minimum))
                {
                    return TooLarge;
                }

                return integer < IdfClockFacts.IntegerDividerLimit ? null : TooSmall;
            default:
            {
                var product = (float)mclk * MinimumFloat;
                if (!((float)sclk > product))
                {
                    return TooLarge;
                }

                return integer < IdfClockFacts.IntegerDividerLimit ? null : TooSmall;
            }
        }
    }

    private static IdfClockResult Finish(
        IdfClockStatus status,
        string message,
        uint sclk,
        IdfDivider divider,
        uint bclkDivider,
        uint slotBits,
        IdfApllCoefficients? coefficients) =>
        new(status, message, sclk, divider.Integer, divider.Numerator, divider.Denominator, bclkDivider,
            RealRateMilliHz(sclk, divider, bclkDivider, slotBits), coefficients);

    /// <summary>sclk / (N + b/a) / bclk_div / (2 slots · slot bits) in mHz, rounded half up, in exact integer arithmetic.</summary>
    private static ulong? RealRateMilliHz(uint sclk, IdfDivider divider, uint bclkDivider, uint slotBits)
    {
        ulong denominator = divider.Numerator == 0 ? 1 : divider.Denominator;
        var divisor = ((divider.Integer * denominator) + divider.Numerator) * bclkDivider * 2 * slotBits;
        if (divisor == 0 || sclk == 0)
        {
            return null;
        }

        var numerator = (ulong)sclk * denominator * 1000;
        return ((numerator * 2) + divisor) / (2 * divisor);
    }

    private static string Format(string format, object first, object? second = null) =>
        string.Format(CultureInfo.InvariantCulture, format, first, second);
}
