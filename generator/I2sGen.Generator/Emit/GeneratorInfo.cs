using System.Reflection;

namespace I2sGen.Generator.Emit;

/// <summary>The tool name and version stamped into generated code ([GeneratedCode] and file headers).</summary>
internal static class GeneratorInfo
{
    public const string Name = "I2sGen";

    /// <summary>
    /// The package's version: the generator assembly's informational version (the <c>Version</c> the package was
    /// built with), without the SDK's <c>+commit</c> suffix, so it is fixed per build and output stays deterministic.
    /// </summary>
    public static string Version { get; } = Of(typeof(GeneratorInfo).Assembly);

    internal static string Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString() ?? "0.0.0";
        }

        var metadata = informational!.IndexOf('+');
        return metadata < 0 ? informational : informational.Substring(0, metadata);
    }
}
