using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// Metadata references for compiling test sources as a .NET 10 user project would: the SDK's reference pack
/// (packs/Microsoft.NETCore.App.Ref/*/ref/net10.0, next to the running shared framework) plus I2sGen.Runtime. Falls
/// back to the running framework's assemblies when the pack is not installed.
/// </summary>
internal static class NetReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> WithRuntime => All.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        // The trusted platform assemblies include netstandard.dll, which the netstandard2.0 runtime assembly is built against.
        var framework = ReferencePack() ?? ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(static path => Path.GetFileName(path) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .ToImmutableArray();
        return framework
            .Append(typeof(I2sMicrophoneAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static ImmutableArray<string>? ReferencePack()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <root>/packs/Microsoft.NETCore.App.Ref
        var sharedVersion = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = sharedVersion is null ? null : Directory.GetParent(sharedVersion)?.Parent?.Parent?.FullName;
        var packs = root is null ? null : Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs))
        {
            return null;
        }

        var folder = Directory.GetDirectories(packs)
            .Select(static version => Path.Combine(version, "ref", "net10.0"))
            .Where(Directory.Exists)
            .OrderBy(static path => path, StringComparer.Ordinal)
            .LastOrDefault();
        return folder is null ? null : Directory.GetFiles(folder, "*.dll").OrderBy(static path => path, StringComparer.Ordinal).ToImmutableArray();
    }
}
