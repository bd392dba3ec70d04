using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// The target facts the build report states. The ESP-IDF version is the target's (<c>I2sGenIdfVersion</c>,
/// <c>I2sTarget.IdfVersion</c>), the one the clock figures were computed for.
/// </summary>
internal static class ReportTarget
{
    public static IdfVersion IdfVersion(TargetConfig target) => target.IdfVersion;

    public static string DriverName(Driver driver) => driver == Driver.Legacy ? "legacy" : "std";
}
