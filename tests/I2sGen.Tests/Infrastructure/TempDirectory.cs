using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using I2sGen.Generator.Emit;

namespace I2sGen.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp directory, deleted (best effort) when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "i2sgen-")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes native files into a fresh temporary directory.</summary>
    internal static TempDirectory WithFiles(IEnumerable<NativeFile> files)
    {
        var directory = new TempDirectory("i2sgen-native-");
        foreach (var file in files)
        {
            directory.Write(file.FileName, file.Content);
        }

        return directory;
    }

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark and returns the file's full path.</summary>
    public string Write(string fileName, string content)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never hide the test's own result behind cleanup.
        }
    }
}
