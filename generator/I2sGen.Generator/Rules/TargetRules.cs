using System;
using System.Collections.Generic;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;

namespace I2sGen.Generator.Rules;

/// <summary>
/// Checks the target of a compilation: the values (I2S0003, I2S0006, I2S0009; the MSBuild property wins over the
/// assembly attribute, <see cref="TargetResolver"/>, and a disagreement is worth a warning because the source then
/// says one chip while the build generates for another) and whether the ESP-IDF release offers that chip, driver and
/// revision (I2S0012-I2S0018, facts in <see cref="IdfSupport"/>) — <see cref="TargetCombinationRules"/>.
/// </summary>
internal static partial class TargetRules
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

        if (properties.BackendProperty is not null && TargetResolver.TryParseBackend(properties.BackendProperty) is null)
        {
            found.Add(Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
                $"I2sGenBackend = '{properties.BackendProperty}' is not a known backend; use Interop (custom firmware with the generated glue, the default) or Stock (nanoFramework's own System.Device.I2s) (the property is ignored: the Interop backend is used)"));
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

        CheckVersionAndRevision(attribute, properties, found);
        found.AddRange(CheckCombination(attribute, properties, TargetResolver.Resolve(attribute, properties)));
        return found;
    }

    /// <summary>I2S0006, I2S0009 and I2S0003 for the ESP-IDF version and the chip revision, as for chip and driver.</summary>
    private static void CheckVersionAndRevision(TargetInputs attribute, TargetInputs properties, List<TargetViolation> found)
    {
        var version = TargetResolver.TryParseVersion(properties.IdfVersionProperty);
        if (properties.IdfVersionProperty is not null && version is null)
        {
            found.Add(Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
                $"I2sGenIdfVersion = '{properties.IdfVersionProperty}' is not an ESP-IDF version; write major.minor or major.minor.patch, e.g. 5.5.1, v5.3 or 4.4 (the property is ignored)"));
        }

        var attributeVersion = TargetResolver.TryParseVersion(attribute.AttributeIdfVersion);
        if (attribute.AttributeIdfVersion is not null && attributeVersion is null)
        {
            found.Add(Violation(TargetArgument.IdfVersion, RuleCatalog.InvalidTargetAttribute,
                $"IdfVersion = \"{attribute.AttributeIdfVersion}\" is not an ESP-IDF version; write major.minor or major.minor.patch, e.g. \"5.5.1\", \"v5.3\" or \"4.4\""));
        }
        else if (version is { } propertyVersion && attributeVersion is { } fromAttribute && propertyVersion != fromAttribute)
        {
            found.Add(Violation(TargetArgument.IdfVersion, RuleCatalog.TargetOverridden,
                $"The build property I2sGenIdfVersion = '{properties.IdfVersionProperty}' selects ESP-IDF {propertyVersion}, overriding [assembly: I2sTarget(IdfVersion = \"{attribute.AttributeIdfVersion}\")]; make the two agree or remove one"));
        }

        var revision = TargetResolver.TryParseRevision(properties.ChipRevisionProperty);
        if (properties.ChipRevisionProperty is not null && revision is null)
        {
            found.Add(Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
                $"I2sGenChipRevision = '{properties.ChipRevisionProperty}' is not a chip revision; write major.minor as ESP-IDF's menuconfig shows it, e.g. 3.0 or v3.1 (the property is ignored)"));
        }

        var attributeRevision = TargetResolver.TryParseRevision(attribute.AttributeChipRevision);
        if (attribute.AttributeChipRevision is not null && attributeRevision is null)
        {
            found.Add(Violation(TargetArgument.ChipRevision, RuleCatalog.InvalidTargetAttribute,
                $"ChipRevision = \"{attribute.AttributeChipRevision}\" is not a chip revision; write major.minor as ESP-IDF's menuconfig shows it, e.g. \"3.0\" or \"v3.1\""));
        }
        else if (revision is { } propertyRevision && attributeRevision is { } fromAttribute && propertyRevision != fromAttribute)
        {
            found.Add(Violation(TargetArgument.ChipRevision, RuleCatalog.TargetOverridden,
                $"The build property I2sGenChipRevision = '{properties.ChipRevisionProperty}' selects revision {IdfSupport.RevisionText(propertyRevision)}, overriding [assembly: I2sTarget(ChipRevision = \"{attribute.AttributeChipRevision}\")]; make the two agree or remove one"));
        }
    }

    /// <summary>I2S0006 for an <c>I2sGenNativeChecksumRule</c> value the build cannot use (the glue then takes the default).</summary>
    public static TargetViolation InvalidChecksumRule(string value) =>
        Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
            $"I2sGenNativeChecksumRule = '{value}' is not a known metadata-processor rule; use {NanoFramework.ChecksumRuleOption.AcceptedValues} (the property is ignored: the nanoCLR glue uses v3)");

    /// <summary>I2S0006 for an <c>I2sGenRatePpmBudget</c> value that is not a whole number of ppm in range (the default then applies).</summary>
    public static TargetViolation InvalidRateBudget(string value) =>
        Violation(TargetArgument.None, RuleCatalog.InvalidBuildProperty,
            $"{RateBudget.PropertyName} = '{value}' is not a whole number of ppm from 0 to {RateBudget.MaxPpm.ToString(Inv)} (the property is ignored: the budget is {RateBudget.DefaultPpm.ToString(Inv)} ppm)");

    internal static TargetViolation Violation(TargetArgument argument, Rule rule, string message) =>
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
