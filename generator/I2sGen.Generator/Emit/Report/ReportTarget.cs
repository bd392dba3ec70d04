using I2sGen.Generator.Hardware;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// The target facts the build report states. The ESP-IDF version is read here only, so the report follows the
/// version the clock figures were computed for in one place: today every binding's clock uses
/// <see cref="ClockTarget.DefaultIdfVersion"/>.
/// </summary>
internal static class ReportTarget
{
    public static IdfVersion IdfVersion(TargetConfig target) => ClockTarget.DefaultIdfVersion;

    public static string DriverName(Driver driver) => driver == Driver.Legacy ? "legacy" : "std";
}
