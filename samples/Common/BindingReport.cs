using System;
using System.Linq;
using System.Reflection;

namespace I2sGen.Samples;

/// <summary>Prints where the build wrote the firmware files (recorded by eng/UseI2sGen.targets).</summary>
internal static class BindingReport
{
    public static string NativeOutputPath => typeof(BindingReport).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(static attribute => attribute.Key == "I2sGenNativeOutputPath")?.Value ?? "(unknown)";

    public static void PrintProgress(string what, double fraction)
    {
        var width = 30;
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        Console.Write($"\r  {what} [{new string('#', filled)}{new string('.', width - filled)}] {fraction * 100,5:0.0} %");
        if (fraction >= 1)
        {
            Console.WriteLine();
        }
    }
}
