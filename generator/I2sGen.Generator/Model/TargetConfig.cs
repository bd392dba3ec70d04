using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware.Idf;

namespace I2sGen.Generator.Model;

/// <summary>
/// The target every binding of a compilation is generated for: chip, driver, ESP-IDF release and (where ESP-IDF
/// cares) the minimum chip revision the firmware is built for. Resolved by <c>TargetResolver</c>.
/// </summary>
/// <param name="Chip">The chip (<c>I2sGenChip</c>, <c>I2sTarget.Chip</c>).</param>
/// <param name="Driver">The driver generation (<c>I2sGenDriver</c>, <c>I2sTarget.Driver</c>).</param>
/// <param name="IdfVersion">The ESP-IDF release (<c>I2sGenIdfVersion</c>, <c>I2sTarget.IdfVersion</c>).</param>
/// <param name="ChipRevision">
/// The minimum supported chip revision ×100 (3.1 = 301) as the user gave it (<c>I2sGenChipRevision</c>,
/// <c>I2sTarget.ChipRevision</c>); null when not given, then <see cref="MinimumChipRevision"/> is ESP-IDF's default.
/// </param>
internal sealed record TargetConfig(Chip Chip, Driver Driver, IdfVersion IdfVersion, int? ChipRevision)
{
    public TargetConfig(Chip chip, Driver driver)
        : this(chip, driver, IdfSupport.DefaultVersion, null)
    {
    }

    /// <summary>
    /// What the nanoFramework wrapper runs on. <see cref="Backend.Stock"/> implies <see cref="Driver.Legacy"/>: the stock
    /// firmware drives I2S with ESP-IDF's legacy driver, so the figures and DMA rules are the legacy driver's.
    /// </summary>
    public Backend Backend { get; init; } = Backend.Interop;

    public static TargetConfig Default { get; } = new(Chip.Esp32, Driver.Std);

    /// <summary>The minimum chip revision ESP-IDF builds for: the given one, else the Kconfig default of the release.</summary>
    public int MinimumChipRevision => ChipRevision ?? IdfSupport.DefaultMinimumRevision(Chip, IdfVersion);
}
