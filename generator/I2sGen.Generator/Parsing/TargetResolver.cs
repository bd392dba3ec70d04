using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parsing;

/// <summary>
/// Decides the chip and driver. Precedence: an MSBuild property (<c>I2sGenChip</c>, <c>I2sGenDriver</c>) wins over
/// <c>[assembly: I2sTarget]</c>, which wins over the default (ESP32, std driver). The build selects the firmware
/// target, so a CI matrix can rebuild one project for several chips; I2S0003 warns when the two disagree.
/// An invalid property value is ignored (I2S0006 reports it) and the next source decides. An attribute value outside
/// the enum (<c>(I2sChip)42</c>) falls back to the default so that the generator never fails on it; I2S0009 reports it
/// as an error, so the build does not succeed with a target the source did not ask for.
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
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Value.Value is int value)
                {
                    if (argument.Key == "Chip")
                    {
                        chip = value;
                    }
                    else if (argument.Key == "Driver")
                    {
                        driver = value;
                    }
                }
            }

            return new TargetInputs(chip, driver, null, null);
        }

        return new TargetInputs(null, null, null, null);
    }

    public static TargetInputs ReadProperties(AnalyzerConfigOptions options)
    {
        options.TryGetValue(AttributeNames.ChipProperty, out var chip);
        options.TryGetValue(AttributeNames.DriverProperty, out var driver);
        options.TryGetValue(AttributeNames.BackendProperty, out var backend);
        return new TargetInputs(null, null, string.IsNullOrWhiteSpace(chip) ? null : chip, string.IsNullOrWhiteSpace(driver) ? null : driver)
        {
            BackendProperty = string.IsNullOrWhiteSpace(backend) ? null : backend,
        };
    }

    public static TargetConfig Resolve(TargetInputs attribute, TargetInputs properties)
    {
        var chip = TryParseChip(properties.ChipProperty)
            ?? (attribute.AttributeChip is { } c && Enum.IsDefined(typeof(Chip), c) ? (Chip)c : Chip.Esp32);
        var driver = TryParseDriver(properties.DriverProperty)
            ?? (attribute.AttributeDriver is { } d && Enum.IsDefined(typeof(Driver), d) ? (Driver)d : Driver.Std);
        var backend = TryParseBackend(properties.BackendProperty) ?? Backend.Interop;
        return backend == Backend.Stock
            ? new TargetConfig(chip, Driver.Legacy) { Backend = Backend.Stock }
            : new TargetConfig(chip, driver);
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
}
