using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Model;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>
/// Compiles generated C in a few gcc invocations (one per batch of files, two at a time) with the project's strict C
/// flags (-std=c11 -Wall -Wextra -Werror -pedantic) plus the caller's, against native/include. Only real C is compiled (a source that defines the contract's
/// <c>_i2s_init</c>).
/// </summary>
internal static class GeneratedCCompiler
{
    private const int FilesPerInvocation = 400;

    public static bool IsRealC(NativeFile source) => source.Content.Contains("_i2s_init", StringComparison.Ordinal);

    /// <summary>
    /// The defines an ESP-IDF build for <paramref name="chip"/> would provide through sdkconfig.h: the target (native/README.md)
    /// and, for the legacy driver, the Kconfig option that silences its deprecation #warning (an error under -Werror).
    /// </summary>
    public static string[] TargetFlags(ChipInfo chip, Driver driver) => driver == Driver.Legacy
        ? new[] { "-DCONFIG_IDF_TARGET_" + chip.IdfTarget.ToUpperInvariant(), "-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1" }
        : new[] { "-DCONFIG_IDF_TARGET_" + chip.IdfTarget.ToUpperInvariant() };

    /// <summary>Writes the files to a fresh folder and returns gcc's complaints; empty when everything compiles.</summary>
    public static async Task<List<string>> CompileAsync(IReadOnlyList<NativeFile> files, IReadOnlyList<string> flags)
    {
        var folder = Path.Combine(Path.GetTempPath(), "i2sgen-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, file.FileName), file.Content);
            }

            var sources = files.Where(static f => f.FileName.EndsWith(".c", StringComparison.Ordinal) && IsRealC(f)).Select(f => Path.Combine(folder, f.FileName)).ToList();
            var batches = sources.Chunk(FilesPerInvocation).ToList();
            var failures = new List<string>();
            foreach (var pair in batches.Chunk(2))
            {
                var results = await Task.WhenAll(pair.Select(batch => RunGccAsync(folder, flags, batch)));
                failures.AddRange(results.Where(static r => r.Length > 0));
            }

            return failures;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> RunGccAsync(string folder, IReadOnlyList<string> flags, IEnumerable<string> sources)
    {
        var arguments = CCompiler.StrictCFlags
            .Concat(new[] { "-fsyntax-only", "-I", folder, "-I", RepoPaths.NativeInclude })
            .Concat(flags)
            .Concat(sources)
            .ToList();
        var result = await Task.Run(() => ProcessRunner.Run("gcc", arguments, folder, timeout: TimeSpan.FromMinutes(5)));
        var text = result.StandardError;
        return result.ExitCode == 0 ? string.Empty : text.Length > 4000 ? text.Substring(0, 4000) : text + " (gcc exit " + result.ExitCode + ")";
    }
}
