using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using I2sGen.Generator.Emit;

namespace I2sGen.Build;

/// <summary>
/// Writes native files into an output folder so that nothing changes on disk when nothing changed: a file is only
/// rewritten when its bytes differ, and files this writer created earlier but that are no longer generated (a
/// deleted binding) are removed. Files it did not create are never touched; a manifest records what it owns.
/// </summary>
internal sealed class NativeFileWriter
{
    public const string ManifestName = ".i2sgen-files";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _directory;

    public NativeFileWriter(string directory) => _directory = directory;

    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed);

    public Result Write(IReadOnlyList<NativeFile> files)
    {
        Directory.CreateDirectory(_directory);
        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var file in files)
        {
            if (file.FileName.IndexOfAny(new[] { '/', '\\' }) >= 0 || file.FileName.StartsWith(".", StringComparison.Ordinal))
            {
                throw new InvalidDataException("Refusing to write native file outside the output folder: " + file.FileName);
            }

            var path = Path.Combine(_directory, file.FileName);
            var bytes = Utf8NoBom.GetBytes(file.Content);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                unchanged.Add(path);
                continue;
            }

            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }

        var current = new HashSet<string>(files.Select(static file => file.FileName), StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var owned in ReadManifest())
        {
            var path = Path.Combine(_directory, owned);
            if (!current.Contains(owned) && File.Exists(path))
            {
                File.Delete(path);
                removed.Add(path);
            }
        }

        WriteManifest(current);
        return new Result(written, unchanged, removed);
    }

    /// <summary>
    /// Deletes the files the manifest lists and the manifest itself, then the folder if nothing else is left in it.
    /// Files this writer did not create stay. Returns the deleted files.
    /// </summary>
    public IReadOnlyList<string> Clean()
    {
        var removed = new List<string>();
        if (!Directory.Exists(_directory))
        {
            return removed;
        }

        foreach (var owned in ReadManifest())
        {
            var path = Path.Combine(_directory, owned);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed.Add(path);
            }
        }

        var manifest = Path.Combine(_directory, ManifestName);
        if (File.Exists(manifest))
        {
            File.Delete(manifest);
            removed.Add(manifest);
        }

        if (!Directory.EnumerateFileSystemEntries(_directory).Any())
        {
            Directory.Delete(_directory);
        }

        return removed;
    }

    private IEnumerable<string> ReadManifest()
    {
        var path = Path.Combine(_directory, ManifestName);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(static line => line.Length > 0 && line.IndexOfAny(new[] { '/', '\\' }) < 0)
            : Enumerable.Empty<string>();
    }

    private void WriteManifest(IEnumerable<string> names)
    {
        var text = string.Join("\n", names.OrderBy(static name => name, StringComparer.Ordinal)) + "\n";
        var path = Path.Combine(_directory, ManifestName);
        var bytes = Utf8NoBom.GetBytes(text);
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            File.WriteAllBytes(path, bytes);
        }
    }
}
