using System.Collections.Generic;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>A target finding: the rule, the [assembly: I2sTarget] argument it points at (null: no location) and the message.</summary>
internal sealed record TargetFinding(string RuleId, string? AttributeArgument, string Message);

/// <summary>
/// Checks the chip/driver choice of a compilation (I2S0003, I2S0006). The MSBuild property wins over the assembly
/// attribute (<see cref="TargetResolver"/>); a disagreement is worth a warning because the source then says one
/// chip while the build generates for another.
/// </summary>
internal static class TargetChecks
{
    public static List<TargetFinding> Check(TargetInputs attribute, TargetInputs properties)
    {
        var found = new List<TargetFinding>();
        var chip = TargetResolver.TryParseChip(properties.ChipProperty);
        if (properties.ChipProperty is not null && chip is null)
        {
            found.Add(new(RuleCatalog.InvalidBuildProperty.Id, null,
                $"I2sGenChip = '{properties.ChipProperty}' is not a known chip; use one of {ChipNames()} (the property is ignored)"));
        }

        var driver = TargetResolver.TryParseDriver(properties.DriverProperty);
        if (properties.DriverProperty is not null && driver is null)
        {
            found.Add(new(RuleCatalog.InvalidBuildProperty.Id, null,
                $"I2sGenDriver = '{properties.DriverProperty}' is not a known driver; use std (ESP-IDF 5 i2s_std) or legacy (ESP-IDF 4.4 driver/i2s.h) (the property is ignored)"));
        }

        if (chip is { } propertyChip && attribute.AttributeChip is { } attributeChip && (int)propertyChip != attributeChip)
        {
            found.Add(new(RuleCatalog.TargetOverridden.Id, "Chip",
                $"The build property I2sGenChip = '{properties.ChipProperty}' selects {ChipTable.Get(propertyChip).DisplayName}, overriding [assembly: I2sTarget(Chip = {ChipName(attributeChip)})]; make the two agree or remove one"));
        }

        if (driver is { } propertyDriver && attribute.AttributeDriver is { } attributeDriver && (int)propertyDriver != attributeDriver)
        {
            found.Add(new(RuleCatalog.TargetOverridden.Id, "Driver",
                $"The build property I2sGenDriver = '{properties.DriverProperty}' selects the {propertyDriver} driver, overriding [assembly: I2sTarget(Driver = {DriverName(attributeDriver)})]; make the two agree or remove one"));
        }

        return found;
    }

    private static string ChipNames()
    {
        var names = new List<string>();
        foreach (var info in ChipTable.All)
        {
            names.Add(info.IdfTarget);
        }

        return string.Join(", ", names);
    }

    private static string ChipName(int value) =>
        System.Enum.IsDefined(typeof(Chip), value) ? "I2sChip." + (Chip)value : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string DriverName(int value) =>
        System.Enum.IsDefined(typeof(Driver), value) ? "I2sDriver." + (Driver)value : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
