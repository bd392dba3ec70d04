using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Generator.NanoFramework;

/// <summary>
/// Which revision of nanoFramework's metadata processor (MDP) rule computes the native checksum that the generated
/// nanoCLR glue declares for <see cref="InteropAssembly"/>. nanoCLR refuses to load the assembly when the checksum in
/// its <c>.pe</c> (computed by the MDP that built it) differs from the firmware's, so both must use the same rule.
/// </summary>
internal enum ChecksumRule
{
    /// <summary>
    /// MDP v3 (main, tag v3.0.100) and the v4 previews up to preview.23: a <c>NULL</c> marker for methods without
    /// native code, and a checksum that only starts with the first native method's name. What stable nanoFramework
    /// uses today: the MsBuildTask package 3.x, nf-interpreter main.
    /// </summary>
    V3,

    /// <summary>
    /// The later MDP revision (metadata-processor#230, used by nf-interpreter develop since 2026-01): a
    /// <c>nullptr</c> marker after every method, and the first native method hashed in full.
    /// </summary>
    LaterRevision,
}

/// <summary>The <c>I2sGenNativeChecksumRule</c> MSBuild property (see build/I2sGen.props) and its values.</summary>
internal static class ChecksumRuleOption
{
    /// <summary>The MSBuild property name.</summary>
    public const string PropertyName = "I2sGenNativeChecksumRule";

    /// <summary>The key under which the compiler passes the property to analyzers and generators.</summary>
    public const string BuildProperty = "build_property." + PropertyName;

    /// <summary>Without the property: the rule of the MDP that stable nanoFramework releases build with.</summary>
    public const ChecksumRule Default = ChecksumRule.V3;

    /// <summary>The accepted spellings, for a diagnostic that names them.</summary>
    public const string AcceptedValues = "v3 | later";

    /// <summary>Parses a property value; case and surrounding blanks do not matter. Null for anything else.</summary>
    public static ChecksumRule? TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "v3" => ChecksumRule.V3,
        // Not "v4": the v4 previews up to preview.23 use a third rule (the v3 logic with a "nullptr" marker).
        "later" => ChecksumRule.LaterRevision,
        _ => null,
    };

    /// <summary>
    /// Reads the property: <see cref="Default"/> when it is absent or blank. A value <see cref="TryParse"/> does not
    /// accept also gives the default, and comes back in <paramref name="invalidValue"/> so the caller reports it.
    /// </summary>
    public static ChecksumRule Read(AnalyzerConfigOptions options, out string? invalidValue)
    {
        invalidValue = null;
        if (!options.TryGetValue(BuildProperty, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        if (TryParse(text) is { } rule)
        {
            return rule;
        }

        invalidValue = text;
        return Default;
    }
}
