using System;
using System.IO;
using System.Text;
using Xunit.Sdk;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing against .txt files under tests/I2sGen.Tests/Baselines (in the source tree, not the build output).
/// A mismatch or a missing baseline fails with a readable diff; setting the environment variable
/// <c>I2SGEN_UPDATE_BASELINES=1</c> rewrites the files instead, to be reviewed in the commit diff.
/// </summary>
internal static class BaselineAssert
{
    public const string UpdateVariable = "I2SGEN_UPDATE_BASELINES";
    private const int ContextLines = 3;

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with Baselines/<paramref name="relativePath"/> (use '/' separators).</summary>
    public static void Matches(string relativePath, string actual)
    {
        var path = Path.Combine(RepoPaths.Baselines, relativePath.Replace('/', Path.DirectorySeparatorChar));
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path) != actual)
            {
                File.WriteAllText(path, actual, new UTF8Encoding(false));
            }

            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"Baseline {relativePath} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            throw new XunitException($"Output differs from baseline {relativePath} (rerun with {UpdateVariable}=1 to accept):\n" + Diff(expected, actual));
        }
    }

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
