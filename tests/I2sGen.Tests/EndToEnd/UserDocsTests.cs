using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Rules;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// The docs a newcomer follows stay true (issue 9, item 7): every complete program in README.md and
/// docs/user-guide.md compiles with the generator without a diagnostic, the user guide names every member I2S0005
/// reserves and exactly the Info rules a command-line build hides. In-process and fast; the slow proof that the
/// README example builds and runs from the package is <see cref="PackageConsumerTests"/>.
/// </summary>
public sealed class UserDocsTests
{
    private static readonly string UserGuide = Read("docs", "user-guide.md");

    public static TheoryData<string, int> Programs()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[] { "README.md", Path.Combine("docs", "user-guide.md") })
        {
            var blocks = CSharpBlocks(Read(file)).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                // A complete program: top-level statements with their usings (fragments show one attribute or line).
                if (blocks[i].StartsWith("using ", StringComparison.Ordinal))
                {
                    data.Add(file, i);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramsInTheDocsCompileWithoutDiagnostics(string file, int block)
    {
        var source = CSharpBlocks(Read(file)).ElementAt(block);
        var compilation = GeneratorHarness.CreateCompilation(new[] { source }, "DocsApp");
        compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        GeneratorHarness.CreateDriver(trackSteps: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var problems = generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(static d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(static d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, $"{file}, C# block {block}:\n{string.Join("\n", problems)}\n---\n{source}");
    }

    [Fact]
    public void UserGuideNamesEveryMemberTheGeneratorReserves()
    {
        var section = Section(UserGuide, "Member names the generator reserves");
        var missing = GeneratedMembers.All.Distinct().Where(name => !section.Contains('`' + name + '`', StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/user-guide.md does not list: " + string.Join(", ", missing));
    }

    [Fact]
    public void UserGuideListsExactlyTheInfoRules()
    {
        var section = Section(UserGuide, "Diagnostics a command-line build does not show");
        var listed = Regex.Matches(section, @"^\| (I2S\d{4}) \|", RegexOptions.Multiline).Select(static m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var info = RuleCatalog.All.Where(static rule => rule.Severity == RuleSeverity.Info).Select(static rule => rule.Id).Order(StringComparer.Ordinal);
        Assert.Equal(info, listed);
    }

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, Path.Combine(path))).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static IEnumerable<string> CSharpBlocks(string markdown) =>
        Regex.Matches(markdown, "^```csharp\n(.*?)^```\n", RegexOptions.Multiline | RegexOptions.Singleline).Select(static m => m.Groups[1].Value);

    /// <summary>The text of the "## N. title" section up to the next "## ".</summary>
    private static string Section(string markdown, string title)
    {
        var heading = Regex.Match(markdown, @"^## (\d+\. )?" + Regex.Escape(title) + ".*$", RegexOptions.Multiline);
        Assert.True(heading.Success, "no section \"" + title + "\"");
        var next = markdown.IndexOf("\n## ", heading.Index + heading.Length, StringComparison.Ordinal);
        return markdown[heading.Index..(next < 0 ? markdown.Length : next)];
    }
}
