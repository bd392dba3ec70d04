using System;
using System.IO;

namespace I2sGen.Tests.Infrastructure;

/// <summary>Finds repository folders relative to the test assembly, so no test knows an absolute path.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Native => Path.Combine(Root, "native");

    public static string NativeInclude => Path.Combine(Root, "native", "include");

    public static string Baselines => Path.Combine(Root, "tests", "I2sGen.Tests", "Baselines");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "I2sGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("I2sGen.sln not found above " + AppContext.BaseDirectory);
    }
}
