using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing against .txt files under tests/I2sGen.Tests/Baselines (in the source tree, not the build output).
/// The generator's version is scrubbed from the text first (<see cref="VersionPlaceholder"/>), so a version bump does
/// not churn every baseline. A mismatch or a missing baseline fails with a readable diff. With the environment
/// variable <c>I2SGEN_UPDATE_BASELINES=1</c> a changed or missing baseline is rewritten and a stale one deleted,
/// and the test still FAILS: the update mode can never turn a suite green by itself; review the diff, then rerun
/// without the variable.
/// </summary>
internal static class BaselineAssert
{
    public const string UpdateVariable = "I2SGEN_UPDATE_BASELINES";

    /// <summary>Stands for the generator's assembly version in every baseline.</summary>
    public const string VersionPlaceholder = "{generator-version}";

    private const string GeneratorName = "I2sGen";
    private const int ContextLines = 3;

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The version the generator stamps into its output (the package version).</summary>
    public static string GeneratorVersion => I2sGen.Generator.Emit.GeneratorInfo.Version;

    /// <summary>
    /// Replaces the generator's version where the generator writes it (the file banner "I2sGen 1.2.3.4" and
    /// [GeneratedCode("I2sGen", "1.2.3.4")]); other version-like text, such as a native assembly version, is kept.
    /// </summary>
    public static string Scrub(string text) => text
        .Replace(GeneratorName + " " + GeneratorVersion, GeneratorName + " " + VersionPlaceholder, StringComparison.Ordinal)
        .Replace("\"" + GeneratorName + "\", \"" + GeneratorVersion + "\"", "\"" + GeneratorName + "\", \"" + VersionPlaceholder + "\"", StringComparison.Ordinal);

    /// <summary>Compares <paramref name="actual"/> with Baselines/<paramref name="relativePath"/> (use '/' separators).</summary>
    public static void Matches(string relativePath, string actual) => Matches(RepoPaths.Baselines, relativePath, actual, Updating);

    /// <summary>As <see cref="Matches(string, string)"/>, under <paramref name="root"/> and with the update mode given (for the tests of this class).</summary>
    internal static void Matches(string root, string relativePath, string actual, bool updating)
    {
        var path = FullPath(root, relativePath);
        var text = Scrub(actual);
        var exists = File.Exists(path);
        var expected = exists ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == text)
        {
            return;
        }

        if (updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            throw new XunitException($"Baseline {relativePath} {(exists ? "rewritten" : "created")} because {UpdateVariable}=1: review it in the diff, then rerun without the variable.");
        }

        if (expected is null)
        {
            throw new XunitException($"Baseline {relativePath} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        }

        throw new XunitException($"Output differs from baseline {relativePath} (rerun with {UpdateVariable}=1 to accept):\n" + Diff(expected, text));
    }

    /// <summary>
    /// Fails when Baselines/<paramref name="folder"/> holds a file outside <paramref name="expected"/> (relative paths
    /// with '/'): a baseline no test produces any more. The caller states the folder's complete set from its full list
    /// of cases (never from the tests that happened to run), so a filtered run cannot declare a live baseline stale.
    /// In update mode the stale files (and folders left empty) are deleted, and the check still fails.
    /// </summary>
    public static void HoldsOnly(string folder, IEnumerable<string> expected) => HoldsOnly(RepoPaths.Baselines, folder, expected, Updating);

    /// <summary>As <see cref="HoldsOnly(string, IEnumerable{string})"/>, under <paramref name="baselines"/> and with the update mode given.</summary>
    internal static void HoldsOnly(string baselines, string folder, IEnumerable<string> expected, bool updating)
    {
        var wanted = new HashSet<string>(expected, StringComparer.Ordinal);
        var root = FullPath(baselines, folder);
        if (wanted.Count == 0 || !wanted.All(path => path.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            throw new ArgumentException("the expected baselines must be a non-empty set of paths inside " + folder, nameof(expected));
        }

        var stale = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(file => folder + "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(path => !wanted.Contains(path))
                .OrderBy(static path => path, StringComparer.Ordinal)
                .ToList()
            : new List<string>();
        if (stale.Count == 0)
        {
            return;
        }

        if (!updating)
        {
            throw new XunitException($"Stale baselines (no test produces them any more; rerun with {UpdateVariable}=1 to delete them): " + string.Join(", ", stale));
        }

        foreach (var path in stale)
        {
            File.Delete(FullPath(baselines, path));
        }

        foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(static d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        throw new XunitException($"Stale baselines deleted because {UpdateVariable}=1: " + string.Join(", ", stale) + "; review the deletion, then rerun without the variable.");
    }

    private static string FullPath(string root, string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Describes the first difference with a few lines of context, in unified-diff style.</summary>
    public static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        // Find the end of the differing region by matching from the back.
        int leftEnd = left.Length - 1, rightEnd = right.Length - 1;
        while (leftEnd >= first && rightEnd >= first && left[leftEnd] == right[rightEnd])
        {
            leftEnd--;
            rightEnd--;
        }

        var text = new StringBuilder();
        text.Append("@@ line ").Append(first + 1).Append(" (expected ").Append(left.Length).Append(" lines, actual ").Append(right.Length).Append(") @@\n");
        for (var i = Math.Max(0, first - ContextLines); i < first; i++)
        {
            text.Append("  ").Append(left[i]).Append('\n');
        }

        for (var i = first; i <= leftEnd; i++)
        {
            text.Append("- ").Append(left[i]).Append('\n');
        }

        for (var i = first; i <= rightEnd; i++)
        {
            text.Append("+ ").Append(right[i]).Append('\n');
        }

        for (var i = leftEnd + 1; i < Math.Min(left.Length, leftEnd + 1 + ContextLines); i++)
        {
            text.Append("  ").Append(left[i]).Append('\n');
        }

        return text.ToString();
    }
}
