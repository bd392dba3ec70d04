using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parsing;

/// <summary>
/// The raw target choices of a compilation: the assembly attribute's values and the MSBuild properties' text.
/// Resolved into a <see cref="TargetConfig"/> by <see cref="TargetResolver"/>; value-equal for caching.
/// </summary>
internal sealed record TargetInputs(int? AttributeChip, int? AttributeDriver, string? ChipProperty, string? DriverProperty)
{
    /// <summary>The text of the <c>I2sGenBackend</c> property, or null when it is not set.</summary>
    public string? BackendProperty { get; init; }

    /// <summary><c>I2sTarget.IdfVersion</c> as written ("5.3"); null when the attribute does not set it.</summary>
    public string? AttributeIdfVersion { get; init; }

    /// <summary><c>I2sTarget.ChipRevision</c> as written ("3.0"); null when the attribute does not set it.</summary>
    public string? AttributeChipRevision { get; init; }

    /// <summary>The <c>I2sGenIdfVersion</c> property; null when empty.</summary>
    public string? IdfVersionProperty { get; init; }

    /// <summary>The <c>I2sGenChipRevision</c> property; null when empty.</summary>
    public string? ChipRevisionProperty { get; init; }
}
