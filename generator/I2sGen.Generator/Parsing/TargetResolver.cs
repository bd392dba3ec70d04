using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parsing;

/// <summary>
/// Decides the target: chip, driver, ESP-IDF version and chip revision. Precedence, for each of them alone: an
/// MSBuild property (<c>I2sGenChip</c>, <c>I2sGenDriver</c>, <c>I2sGenIdfVersion</c>, <c>I2sGenChipRevision</c>) wins
/// over <c>[assembly: I2sTarget]</c>, which wins over the default (ESP32, std driver, ESP-IDF
/// <see cref="IdfSupport.DefaultVersion"/>, ESP-IDF's default revision). The build selects the firmware target, so a CI
/// matrix can rebuild one project for several chips or releases; I2S0003 warns when the two disagree.
/// An invalid property value is ignored (I2S0006 reports it) and the next source decides. An attribute value outside
/// the enum (<c>(I2sChip)42</c>) or an unreadable version falls back to the default so that the generator never fails
/// on it; I2S0009 reports it as an error, so the build does not succeed with a target the source did not ask for.
/// The backend comes from the <c>I2sGenBackend</c> property alone (default Interop; an invalid value is reported by
/// I2S0006 and ignored). The stock backend runs on the firmware's legacy driver, so it resolves the driver to Legacy
/// whatever I2sGenDriver or the attribute say (docs/backends.md).
/// </summary>
internal static class TargetResolver
{
    public static TargetInputs ReadAttribute(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != AttributeNames.Target)
            {
                continue;
            }

            int? chip = null, driver = null;
            string? idfVersion = null, revision = null;
            foreach (var argument in attribute.NamedArguments)
            {
                switch (argument.Key, argument.Value.Value)
                {
                    case ("Chip", int value):
                        chip = value;
                        break;
                    case ("Driver", int value):
                        driver = value;
                        break;
                    case ("IdfVersion", string text):
                        idfVersion = text;
                        break;
                    case ("ChipRevision", string text):
                        revision = text;
                        break;
                }
            }

            return new TargetInputs(chip, driver, null, null) { AttributeIdfVersion = idfVersion, AttributeChipRevision = revision };
        }

        return new TargetInputs(null, null, null, null);
    }

    public static TargetInputs ReadProperties(AnalyzerConfigOptions options)
    {
        return new TargetInputs(null, null, Read(options, AttributeNames.ChipProperty), Read(options, AttributeNames.DriverProperty))
        {
            IdfVersionProperty = Read(options, AttributeNames.IdfVersionProperty),
            ChipRevisionProperty = Read(options, AttributeNames.ChipRevisionProperty),
            BackendProperty = Read(options, AttributeNames.BackendProperty),
        };
    }

    public static TargetConfig Resolve(TargetInputs attribute, TargetInputs properties)
    {
        var chip = TryParseChip(properties.ChipProperty)
            ?? (attribute.AttributeChip is { } c && Enum.IsDefined(typeof(Chip), c) ? (Chip)c : Chip.Esp32);
        var driver = TryParseDriver(properties.DriverProperty)
            ?? (attribute.AttributeDriver is { } d && Enum.IsDefined(typeof(Driver), d) ? (Driver)d : Driver.Std);
        var version = TryParseVersion(properties.IdfVersionProperty)
            ?? TryParseVersion(attribute.AttributeIdfVersion)
            ?? IdfSupport.DefaultVersion;
        var revision = TryParseRevision(properties.ChipRevisionProperty) ?? TryParseRevision(attribute.AttributeChipRevision);
        var backend = TryParseBackend(properties.BackendProperty) ?? Backend.Interop;
        return backend == Backend.Stock
            ? new TargetConfig(chip, Driver.Legacy, version, revision) { Backend = Backend.Stock }
            : new TargetConfig(chip, driver, version, revision);
    }

    public static Backend? TryParseBackend(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "interop" => Backend.Interop,
        "stock" => Backend.Stock,
        _ => null,
    };

    public static Chip? TryParseChip(string? text) => text is not null && ChipTable.TryParse(text, out var chip) ? chip : null;

    public static Driver? TryParseDriver(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "std" or "idf5" or "i2s_std" => Driver.Std,
        "legacy" or "idf4" or "i2s" => Driver.Legacy,
        _ => null,
    };

    /// <summary>"5.5.1", "v5.3", "4.4"; null for anything else (an empty attribute value included).</summary>
    public static IdfVersion? TryParseVersion(string? text) => IdfVersion.TryParse(text, out var version) ? version : null;

    /// <summary>"3.0", "v3.1", "1" as a revision ×100; null for anything else.</summary>
    public static int? TryParseRevision(string? text) => IdfSupport.TryParseRevision(text, out var revision) ? revision : null;

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
