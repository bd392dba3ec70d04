using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Chips;

/// <summary>
/// What each ESP-IDF release offers an I2S binding: which chips and drivers exist, the DMA buffer limit, the MCLK
/// multiples, the component that holds the driver, and where the chip revision matters. Every fact was read from
/// espressif/esp-idf at the tags named (the git tags of the release branches 4.4 and 5.0-6.0).
/// </summary>
internal static class IdfSupport
{
    /// <summary>
    /// The release assumed when the target names none: v5.5.1. It is the newest 5.x release the clock golden tables
    /// cover for every chip (tools/golden/README.md), it still has the legacy driver (removed in 6.0), so both driver
    /// choices work without naming a version, and it supports every chip in the table (ESP32-C5 and ESP32-C61 became
    /// supported targets in v5.5.1: tools/idf_py_actions/constants.py SUPPORTED_TARGETS@v5.5.1). nanoFramework's
    /// ESP32 firmware builds with v5.5.4 (nf-interpreter .devcontainer, azure-pipelines IDF_TAG); the clock model's
    /// arithmetic is the same on every 5.5.x release (IdfClockFacts.StdCheck), so its figures match.
    /// </summary>
    public static readonly IdfVersion DefaultVersion = new(5, 5, 1);

    /// <summary>The oldest release I2sGen models: v4.4, the last one whose only I2S driver is the legacy driver/i2s.h.</summary>
    public static readonly IdfVersion Oldest = new(4, 4, 0);

    /// <summary>Whether <paramref name="version"/> is on a release branch I2sGen models: 4.4.x, 5.0.x-5.5.x, 6.0.x.</summary>
    public static bool IsModelled(IdfVersion version) =>
        version.IsBranch(4, 4) || (version.Major == 5 && version.Minor <= 5) || version.IsBranch(6, 0);

    /// <summary>
    /// The first release that supports <paramref name="chip"/> as a target (SUPPORTED_TARGETS in
    /// tools/idf_py_actions/constants.py): ESP32, S2, S3, C3 @v4.4; C6, H2 @v5.1 (preview before); P4 @v5.3 (preview
    /// in 5.2); C5, C61 @v5.5.1 (preview in 5.3-5.5).
    /// </summary>
    public static IdfVersion FirstRelease(Chip chip) => chip switch
    {
        Chip.Esp32C6 or Chip.Esp32H2 => new IdfVersion(5, 1, 0),
        Chip.Esp32P4 => new IdfVersion(5, 3, 0),
        Chip.Esp32C5 or Chip.Esp32C61 => new IdfVersion(5, 5, 1),
        _ => Oldest,
    };

    public static bool SupportsChip(IdfVersion version, Chip chip) => version.CompareTo(FirstRelease(chip)) >= 0;

    /// <summary>The std driver (driver/i2s_std.h) arrives in v5.0 (components/driver/i2s/i2s_std.c@v5.0).</summary>
    public static bool HasStdDriver(IdfVersion version) => version.AtLeast(5, 0);

    /// <summary>
    /// The legacy driver/i2s.h is the only driver of v4.4, deprecated in 5.x (components/driver/deprecated/i2s_legacy.c,
    /// a #warning unless CONFIG_I2S_SUPPRESS_DEPRECATE_WARN), and gone in v6.0 (no i2s file left in components/driver@v6.0).
    /// </summary>
    public static bool HasLegacyDriver(IdfVersion version) => !version.AtLeast(6, 0);

    public static bool HasDriver(IdfVersion version, Driver driver) => driver == Driver.Legacy ? HasLegacyDriver(version) : HasStdDriver(version);

    /// <summary>
    /// The largest DMA buffer in bytes. The legacy driver's I2S_DMA_BUFFER_MAX_SIZE is 4092 in every release
    /// (driver/deprecated/i2s_legacy.c@v5.5.1 L93). The std driver's is DMA_DESCRIPTOR_BUFFER_MAX_SIZE_4B_ALIGNED = 4092,
    /// and ..._64B_ALIGNED = 4032 on chips with SOC_CACHE_INTERNAL_MEM_VIA_L1CACHE (of these only ESP32-P4) from
    /// v5.3.2 (esp_driver_i2s/i2s_common.c@v5.3.2, v5.4, v5.5.1, v6.0; a fixed 4092 @v5.3, v5.3.1).
    /// </summary>
    public static int DmaBufferLimit(TargetConfig target)
    {
        if (target.Driver == Driver.Legacy)
        {
            return 4092;
        }

        return target.Chip == Chip.Esp32P4 && !target.IdfVersion.AtLeast(5, 3, 2) ? 4092 : ChipTable.Get(target.Chip).MaxDmaBufferBytes;
    }

    private static readonly int[] Idf44Multiples = { 128, 256, 384 };
    private static readonly int[] Idf50Multiples = { 128, 256, 384, 512 };
    private static readonly int[] Idf53Multiples = { 128, 192, 256, 384, 512, 576, 768, 1024, 1152 };

    /// <summary>
    /// The MCLK multiples <c>i2s_mclk_multiple_t</c> offers: 128, 256, 384 @v4.4 (driver/i2s_types.h@v4.4.7); 512 too
    /// @v5.0-v5.2; 192, 576, 768, 1024 and 1152 too @v5.3 (esp_driver_i2s/include/driver/i2s_types.h@v5.3, v6.0). The
    /// deprecated legacy driver of v5.x takes the same type (driver/deprecated/driver/i2s_types_legacy.h) and computes
    /// MCLK = rate × multiple for any of them (tests/I2sGen.Tests/Clock/Golden/idf5.5.1-legacy-*.csv).
    /// </summary>
    public static int[] MclkMultiples(TargetConfig target) =>
        !target.IdfVersion.AtLeast(5, 0) ? Idf44Multiples : target.IdfVersion.AtLeast(5, 3) ? Idf53Multiples : Idf50Multiples;

    /// <summary>
    /// The component the generated C needs in <c>REQUIRES</c>: the I2S driver moved to <c>esp_driver_i2s</c> in v5.3;
    /// <c>driver</c> requires it for compatibility on 5.3-5.5 (components/driver/CMakeLists.txt@v5.3, v5.5.1) but no
    /// longer on v6.0 (components/driver/CMakeLists.txt@v6.0). The legacy driver stays in <c>driver</c>.
    /// </summary>
    public static string ComponentRequires(TargetConfig target) =>
        target.Driver == Driver.Std && target.IdfVersion.AtLeast(5, 3) ? "esp_driver_i2s" : "driver";

    /// <summary>
    /// Whether the chip revision changes what I2sGen generates: only ESP32-P4 from v6.0, whose default I2S clock is
    /// PLL_F160M when the minimum supported revision is 3.0 or later and XTAL before
    /// (esp_hal_i2s/esp32p4/include/hal/i2s_ll.h I2S_LL_DEFAULT_CLK_SRC@v6.0).
    /// </summary>
    public static bool RevisionMatters(Chip chip, IdfVersion version) => chip == Chip.Esp32P4 && version.AtLeast(6, 0);

    /// <summary>
    /// The revisions ESP-IDF lets a firmware require where the revision matters (×100): ESP32-P4 on v6.0 offers
    /// v0.0, v0.1, v1.0 (with ESP32P4_SELECTS_REV_LESS_V3), v3.0 and v3.1 (esp_hw_support/port/esp32p4/Kconfig.hw_support
    /// ESP32P4_REV_MIN@v6.0).
    /// </summary>
    public static readonly int[] P4Revisions = { 0, 1, 100, 300, 301 };

    /// <summary>The name of the target's default I2S source clock: ESP32-P4's is PLL_F160M on v6.0 from revision 3.0 (see <see cref="RevisionMatters"/>).</summary>
    public static string SourceClockName(TargetConfig target) =>
        RevisionMatters(target.Chip, target.IdfVersion) && target.MinimumChipRevision >= 300 ? "PLL_F160M" : ChipTable.Get(target.Chip).SourceClockName;

    /// <summary>ESP-IDF's default minimum revision: ESP32P4_REV_MIN_301 on v6.0 (Kconfig.hw_support@v6.0); 0 elsewhere.</summary>
    public static int DefaultMinimumRevision(Chip chip, IdfVersion version) => RevisionMatters(chip, version) ? 301 : 0;

    /// <summary>Writes a revision ×100 as ESP-IDF's menuconfig does: 301 → "v3.1".</summary>
    public static string RevisionText(int revision) =>
        "v" + (revision / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (revision % 100).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses "3.0", "v3.1" or "1" (= 1.0) into a revision ×100; the minor part is 0-99.</summary>
    public static bool TryParseRevision(string? text, out int revision)
    {
        revision = 0;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("v", System.StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(1);
        }

        var parts = trimmed.Split('.');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            || major > 99)
        {
            return false;
        }

        var minor = 0;
        if (parts.Length == 2 && (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minor) || minor > 99))
        {
            return false;
        }

        revision = (major * 100) + minor;
        return true;
    }
}
