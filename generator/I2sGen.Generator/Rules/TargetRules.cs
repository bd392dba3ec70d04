using System;
using System.Collections.Generic;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;

namespace I2sGen.Generator.Rules;

/// <summary>
/// Checks the chip/driver choice of a compilation (I2S0003, I2S0006, I2S0009). The MSBuild property wins over the assembly
/// attribute (<see cref="TargetResolver"/>); a disagreement is worth a warning because the source then says one
/// chip while the build generates for another.
/// </summary>
internal static class TargetRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static List<TargetViolation> Check(TargetInputs attribute, TargetInputs properties)
    {
        var found = new List<TargetViolation>();
        var chip = TargetResolver.TryParseChip(properties.ChipProperty);
        if (properties.ChipProperty is not null && chip is null)
        {
            found.Add(Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
                $"I2sGenChip = '{properties.ChipProperty}' is not a known chip; use one of {ChipNames()} (the property is ignored)"));
        }

        var driver = TargetResolver.TryParseDriver(properties.DriverProperty);
        if (properties.DriverProperty is not null && driver is null)
        {
            found.Add(Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
                $"I2sGenDriver = '{properties.DriverProperty}' is not a known driver; use std (ESP-IDF 5 i2s_std) or legacy (ESP-IDF 4.4 driver/i2s.h) (the property is ignored)"));
        }

        // A value outside the enum (a cast such as (I2sChip)42) would otherwise fall back to the default target
        // without a word; the override warning is pointless for it, the error says what to write instead.
        var attributeChipValid = attribute.AttributeChip is not { } rawChip || Enum.IsDefined(typeof(Chip), rawChip);
        if (!attributeChipValid)
        {
            found.Add(Violation(TargetArgument.Chip, RuleCatalog.InvalidTargetAttribute,
                $"Chip = {attribute.AttributeChip!.Value.ToString(Inv)} is not a known I2sChip; use one of {EnumNames<Chip>("I2sChip")}"));
        }

        var attributeDriverValid = attribute.AttributeDriver is not { } rawDriver || Enum.IsDefined(typeof(Driver), rawDriver);
        if (!attributeDriverValid)
        {
            found.Add(Violation(TargetArgument.Driver, RuleCatalog.InvalidTargetAttribute,
                $"Driver = {attribute.AttributeDriver!.Value.ToString(Inv)} is not a known I2sDriver; use I2sDriver.Std (ESP-IDF 5 i2s_std) or I2sDriver.Legacy (ESP-IDF 4.4 driver/i2s.h)"));
        }

        if (attributeChipValid && chip is { } propertyChip && attribute.AttributeChip is { } attributeChip && (int)propertyChip != attributeChip)
        {
            found.Add(Violation(TargetArgument.Chip, RuleCatalog.TargetOverridden,
                $"The build property I2sGenChip = '{properties.ChipProperty}' selects {ChipTable.Get(propertyChip).DisplayName}, overriding [assembly: I2sTarget(Chip = {ChipName(attributeChip)})]; make the two agree or remove one"));
        }

        if (attributeDriverValid && driver is { } propertyDriver && attribute.AttributeDriver is { } attributeDriver && (int)propertyDriver != attributeDriver)
        {
            found.Add(Violation(TargetArgument.Driver, RuleCatalog.TargetOverridden,
                $"The build property I2sGenDriver = '{properties.DriverProperty}' selects the {propertyDriver} driver, overriding [assembly: I2sTarget(Driver = {DriverName(attributeDriver)})]; make the two agree or remove one"));
        }

        return found;
    }

    /// <summary>I2S0006 for an <c>I2sGenNativeChecksumRule</c> value the build cannot use (the glue then takes the default).</summary>
    public static TargetViolation InvalidChecksumRule(string value) =>
        Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
            $"I2sGenNativeChecksumRule = '{value}' is not a known metadata-processor rule; use {NanoFramework.ChecksumRuleOption.AcceptedValues} (the property is ignored: the nanoCLR glue uses v3)");

    /// <summary>I2S0006 for an <c>I2sGenRatePpmBudget</c> value that is not a whole number of ppm in range (the default then applies).</summary>
    public static TargetViolation InvalidRateBudget(string value) =>
        Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
            $"{RateBudget.PropertyName} = '{value}' is not a whole number of ppm from 0 to {RateBudget.MaxPpm.ToString(Inv)} (the property is ignored: the budget is {RateBudget.DefaultPpm.ToString(Inv)} ppm)");

    private static TargetViolation Violation(TargetArgument argument, Rule rule, string message) =>
        new(argument, new RuleViolation(rule.Id, BindingArgument.None, message));

    private static string ChipNames()
    {
        var names = new List<string>();
        foreach (var info in ChipTable.All)
        {
            names.Add(info.IdfTarget);
        }

        return string.Join(", ", names);
    }

    private static string EnumNames<TEnum>(string typeName)
        where TEnum : struct, Enum
    {
        var names = new List<string>();
        foreach (var value in (TEnum[])Enum.GetValues(typeof(TEnum)))
        {
            names.Add(typeName + "." + value);
        }

        return string.Join(", ", names);
    }

    private static string ChipName(int value) =>
        System.Enum.IsDefined(typeof(Chip), value) ? "I2sChip." + (Chip)value : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string DriverName(int value) =>
        System.Enum.IsDefined(typeof(Driver), value) ? "I2sDriver." + (Driver)value : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
