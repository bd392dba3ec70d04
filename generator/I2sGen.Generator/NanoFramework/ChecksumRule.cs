namespace I2sGen.Generator.NanoFramework;

/// <summary>
/// Which metadata-processor rule computes the native checksum of <see cref="InteropAssembly"/>
/// (shared/reference/nanoframework.md §4.6). Selected by the MSBuild property <c>I2sGenNativeChecksumRule</c>:
/// <c>v3</c> (the default: the metadata processor of nanoFramework's stable main branch, tag v3.0.100, which the
/// stable firmware and CoreLibrary 1.17.x are built with) or <c>later</c> (the revision after
/// nanoframework/metadata-processor#230 that nf-interpreter develop uses).
/// </summary>
internal enum ChecksumRule
{
    V3,
    Later,
}

/// <summary>Reads <see cref="ChecksumRule"/> from its MSBuild property.</summary>
internal static class ChecksumRules
{
    public const string Property = "I2sGenNativeChecksumRule";

    /// <summary>The rule a property value names; an empty or unknown value gives the default, <see cref="ChecksumRule.V3"/>.</summary>
    public static ChecksumRule Parse(string? value) =>
        value is not null && value.Trim().Equals("later", System.StringComparison.OrdinalIgnoreCase) ? ChecksumRule.Later : ChecksumRule.V3;
}
