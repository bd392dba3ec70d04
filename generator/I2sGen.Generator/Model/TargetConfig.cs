namespace I2sGen.Generator.Model;

/// <summary>The chip and driver every binding of a compilation is generated for, and where that choice came from.</summary>
internal sealed record TargetConfig(Chip Chip, Driver Driver)
{
    /// <summary>
    /// What the nanoFramework wrapper runs on. <see cref="Backend.Stock"/> implies <see cref="Driver.Legacy"/>: the stock
    /// firmware drives I2S with ESP-IDF's legacy driver, so the figures and DMA rules are the legacy driver's.
    /// </summary>
    public Backend Backend { get; init; } = Backend.Interop;

    public static TargetConfig Default { get; } = new(Chip.Esp32, Driver.Std);
}
