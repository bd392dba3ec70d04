using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Metadata references for test compilations: the running .NET's own assemblies (no reference-pack download) and
/// the I2sGen runtime, whose attributes the sources use.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Platform = new(LoadPlatform);

    public static ImmutableArray<MetadataReference> All => Platform.Value.Add(Runtime);

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(I2sGen.I2sMicrophoneAttribute).Assembly.Location);

    /// <summary>No reference-assembly package: the framework comes from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    private static ImmutableArray<MetadataReference> LoadPlatform()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        return paths
            .Where(static path => Path.GetFileName(path) is { } name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "System.dll"))
            .OrderBy(static path => path, StringComparer.Ordinal)
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
