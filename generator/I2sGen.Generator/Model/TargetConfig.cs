namespace I2sGen.Generator.Model;

/// <summary>The chip and driver every binding of a compilation is generated for, and where that choice came from.</summary>
internal sealed record TargetConfig(Chip Chip, Driver Driver)
{
    public static TargetConfig Default { get; } = new(Chip.Esp32, Driver.Std);
}
