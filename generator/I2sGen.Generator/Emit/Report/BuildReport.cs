using System.Collections.Generic;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// The build report: one Markdown and one JSON file describing every emitted binding, and an SVG pin map of the chip.
/// They travel in the native payload like the C files, so the build writes them next to them (docs/native-output.md).
/// </summary>
internal static class BuildReport
{
    public const string MarkdownFileName = "i2sgen-report.md";
    public const string JsonFileName = "i2sgen-report.json";

    /// <summary>The MSBuild property that turns the report off (<c>false</c>); see build/I2sGen.props.</summary>
    public const string PropertyName = "I2sGenReport";

    public const string BuildProperty = "build_property." + PropertyName;

    /// <summary>The pin map's file name: the chip is in it, so a firmware folder can hold maps of several chips.</summary>
    public static string PinMapFileName(ChipInfo chip) => "i2sgen-pinmap-" + chip.IdfTarget + ".svg";

    /// <summary>Whether the property leaves the report on: anything but <c>false</c> (any case) does.</summary>
    public static bool IsEnabled(string? propertyValue) =>
        !string.Equals(propertyValue?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The three report files for the compilation's emitted bindings (ordered by C name); none without bindings.</summary>
    public static IReadOnlyList<NativeFile> Emit(IReadOnlyList<BindingSpec> specs)
    {
        if (specs.Count == 0)
        {
            return new NativeFile[0];
        }

        var chip = ChipTable.Get(specs[0].Target.Chip);
        var pins = PinMap.Of(chip, specs);
        var buses = SharedBusReport.Of(specs);
        return new[]
        {
            new NativeFile(MarkdownFileName, BuildReportMarkdownEmitter.Emit(specs, pins, buses)),
            new NativeFile(JsonFileName, BuildReportJsonEmitter.Emit(specs, pins, buses)),
            new NativeFile(PinMapFileName(chip), PinMapSvgEmitter.Emit(specs, pins, buses)),
        };
    }
}
