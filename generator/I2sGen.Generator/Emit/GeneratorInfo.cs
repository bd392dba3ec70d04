namespace I2sGen.Generator.Emit;

/// <summary>The tool name and version stamped into generated code ([GeneratedCode] and file headers).</summary>
internal static class GeneratorInfo
{
    public const string Name = "I2sGen";

    /// <summary>The generator assembly's version: fixed per build, so output stays deterministic.</summary>
    public static string Version { get; } = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
