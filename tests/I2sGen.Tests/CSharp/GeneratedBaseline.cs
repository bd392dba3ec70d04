using I2sGen.Generator.Emit;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// Baselines of generated C#: the generator's version, stamped into headers and [GeneratedCode], is replaced by
/// <see cref="VersionPlaceholder"/> before comparing, so baselines do not change with every package version.
/// </summary>
internal static class GeneratedBaseline
{
    public const string VersionPlaceholder = "%VERSION%";

    public static void Matches(string relativePath, string generated) =>
        BaselineAssert.Matches(relativePath, Scrub(generated));

    public static string Scrub(string generated) =>
        generated.Replace("\"" + GeneratorInfo.Version + "\"", "\"" + VersionPlaceholder + "\"", System.StringComparison.Ordinal)
            .Replace(GeneratorInfo.Name + " " + GeneratorInfo.Version, GeneratorInfo.Name + " " + VersionPlaceholder, System.StringComparison.Ordinal);
}
