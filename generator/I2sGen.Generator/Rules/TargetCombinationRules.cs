using System.Collections.Generic;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;

namespace I2sGen.Generator.Rules;

/// <summary>
/// I2S0012-I2S0018: whether the ESP-IDF release of the target offers its chip, driver and chip revision. Each
/// violation points at the <c>[assembly: I2sTarget]</c> argument that decided the value when the attribute decided it,
/// else at the project (the value came from an MSBuild property or the default).
/// </summary>
internal static partial class TargetRules
{
    /// <summary>
    /// Whether the target can be generated for at all: a release I2sGen models, a driver that release has, a chip it
    /// supports. When not, the analyzer reports only the target errors (per-binding rules would judge against
    /// hardware that release does not offer) and the generator emits nothing.
    /// </summary>
    public static bool IsUsable(TargetConfig target) =>
        IdfSupport.IsModelled(target.IdfVersion)
        && IdfSupport.HasDriver(target.IdfVersion, target.Driver)
        && IdfSupport.SupportsChip(target.IdfVersion, target.Chip);

    public static List<TargetViolation> CheckCombination(TargetInputs attribute, TargetInputs properties, TargetConfig target)
    {
        var found = new List<TargetViolation>();
        var version = target.IdfVersion;
        var versionSite = FromAttribute(attribute.AttributeIdfVersion is not null && TargetResolver.TryParseVersion(attribute.AttributeIdfVersion) is not null, properties.IdfVersionProperty, TargetResolver.TryParseVersion(properties.IdfVersionProperty) is not null, TargetArgument.IdfVersion);
        var driverSite = FromAttribute(attribute.AttributeDriver is { } d && System.Enum.IsDefined(typeof(Driver), d), properties.DriverProperty, TargetResolver.TryParseDriver(properties.DriverProperty) is not null, TargetArgument.Driver);
        var chipSite = FromAttribute(attribute.AttributeChip is { } c && System.Enum.IsDefined(typeof(Chip), c), properties.ChipProperty, TargetResolver.TryParseChip(properties.ChipProperty) is not null, TargetArgument.Chip);
        var revisionSite = FromAttribute(attribute.AttributeChipRevision is not null && TargetResolver.TryParseRevision(attribute.AttributeChipRevision) is not null, properties.ChipRevisionProperty, TargetResolver.TryParseRevision(properties.ChipRevisionProperty) is not null, TargetArgument.ChipRevision);
        var chip = ChipTable.Get(target.Chip);

        if (!IdfSupport.IsModelled(version))
        {
            found.Add(Violation(versionSite, RuleCatalog.IdfVersionNotModelled,
                $"ESP-IDF {version} is not a release I2sGen models; use a 4.4.x, 5.0.x-5.5.x or 6.0.x release (I2sGen reproduces each release's driver, components and clock arithmetic, and cannot vouch for one it has not checked)"));
            return found;
        }

        if (target.Driver == Driver.Legacy && !IdfSupport.HasLegacyDriver(version))
        {
            found.Add(Violation(Either(versionSite, driverSite), RuleCatalog.LegacyDriverRemoved,
                $"ESP-IDF {version} has no legacy I2S driver (driver/i2s.h was removed in 6.0); use the std driver (I2sGenDriver=std, I2sDriver.Std) or an ESP-IDF 5.x release"));
        }

        if (target.Driver == Driver.Std && !IdfSupport.HasStdDriver(version))
        {
            found.Add(Violation(Either(versionSite, driverSite), RuleCatalog.StdDriverTooOld,
                $"ESP-IDF {version} has no std I2S driver (driver/i2s_std.h arrived in 5.0); use the legacy driver (I2sGenDriver=legacy, I2sDriver.Legacy) or ESP-IDF 5.0 or later"));
        }

        if (!IdfSupport.SupportsChip(version, target.Chip))
        {
            var first = IdfSupport.FirstRelease(target.Chip);
            found.Add(Violation(Either(versionSite, chipSite), RuleCatalog.ChipNotInIdfVersion,
                $"ESP-IDF {version} does not support {chip.DisplayName} (a supported target from ESP-IDF {first.Major}.{first.Minor}{(first.Patch != 0 ? "." + first.Patch : string.Empty)}); use ESP-IDF {first} or later, or another chip"));
        }

        if (target.ChipRevision is { } revision)
        {
            if (!IdfSupport.RevisionMatters(target.Chip, version))
            {
                found.Add(Violation(revisionSite, RuleCatalog.ChipRevisionIgnored,
                    $"Chip revision {IdfSupport.RevisionText(revision)} changes nothing for {chip.DisplayName} on ESP-IDF {version}: only ESP32-P4 on ESP-IDF 6.0 or later picks its I2S clock by revision; remove I2sGenChipRevision / ChipRevision"));
            }
            else if (System.Array.IndexOf(IdfSupport.P4Revisions, revision) < 0)
            {
                found.Add(Violation(revisionSite, RuleCatalog.ChipRevisionUnknown,
                    $"ESP-IDF {version} cannot build for {chip.DisplayName} revision {IdfSupport.RevisionText(revision)} as the minimum revision; use one of v0.0, v0.1, v1.0 (ESP32P4_SELECTS_REV_LESS_V3), v3.0 or v3.1 (the default)"));
            }
        }

        return found;
    }

    /// <summary>The attribute argument when the attribute gave a valid value that no valid property overrides; else the project.</summary>
    private static TargetArgument FromAttribute(bool attributeGave, string? property, bool propertyValid, TargetArgument argument) =>
        attributeGave && !(property is not null && propertyValid) ? argument : TargetArgument.None;

    private static TargetArgument Either(TargetArgument first, TargetArgument second) => first != TargetArgument.None ? first : second;
}
