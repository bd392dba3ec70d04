using System;
using System.IO;
using System.Text;
using I2sGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// Baselines of generated C# under tests/I2sGen.Tests/Baselines/CSharp (the source tree). A mismatch fails with the
/// differing lines and their context; <c>I2SGEN_UPDATE_BASELINES=1</c> rewrites the file instead, for review in the diff.
/// </summary>
internal static class CSharpBaseline
{
    public const string UpdateVariable = "I2SGEN_UPDATE_BASELINES";
    private const int Context = 3;

    public static void Matches(string fileName, string actual)
    {
        var path = Path.Combine(RepoPaths.Baselines, "CSharp", fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException("Baseline CSharp/" + fileName + " is missing; run the tests with " + UpdateVariable + "=1 to create it, then review it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            throw new XunitException("Generated code differs from baseline CSharp/" + fileName + " (rerun with " + UpdateVariable + "=1 to accept):\n" + Diff(expected, actual));
        }
    }

    /// <summary>The first differing region, unified-diff style, with <see cref="Context"/> lines around it.</summary>
    public static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var start = 0;
        while (start < left.Length && start < right.Length && left[start] == right[start])
        {
            start++;
        }

        int leftEnd = left.Length - 1, rightEnd = right.Length - 1;
        while (leftEnd >= start && rightEnd >= start && left[leftEnd] == right[rightEnd])
        {
            leftEnd--;
            rightEnd--;
        }

        var text = new StringBuilder();
        text.Append("@@ line ").Append(start + 1).Append(" @@\n");
        for (var i = Math.Max(0, start - Context); i < start; i++)
        {
            text.Append("  ").Append(left[i]).Append('\n');
        }

        for (var i = start; i <= leftEnd; i++)
        {
            text.Append("- ").Append(left[i]).Append('\n');
        }

        for (var i = start; i <= rightEnd; i++)
        {
            text.Append("+ ").Append(right[i]).Append('\n');
        }

        for (var i = leftEnd + 1; i < Math.Min(left.Length, leftEnd + 1 + Context); i++)
        {
            text.Append("  ").Append(left[i]).Append('\n');
        }

        return text.ToString();
    }
}
