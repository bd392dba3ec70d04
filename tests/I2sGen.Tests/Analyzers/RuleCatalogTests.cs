using System.IO;
using System.Linq;
using I2sGen.Generator.Analyzers;
using I2sGen.Generator.Rules;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>Every rule has a descriptor, a help page, a release entry and analyzer tests.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DescriptorMatchesTheCatalog(string id)
    {
        var rule = RuleCatalog.Get(id);
        var descriptor = RuleDescriptors.Get(id);
        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(RuleDescriptors.ToSeverity(rule.Severity), descriptor.DefaultSeverity);
        Assert.Equal("{0}", descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, System.StringComparison.Ordinal);
        Assert.Contains(descriptor, new I2sBindingAnalyzer().SupportedDiagnostics);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HasAHelpPage(string id)
    {
        var page = Path.Combine(RepoPaths.Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), page);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": " + RuleCatalog.Get(id).Title + "\n", text, System.StringComparison.Ordinal);
        foreach (var section in new[] { "## What it reports", "## Why", "## How to fix", "## Example" })
        {
            Assert.Contains(section, text, System.StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void IsInTheReleaseFile(string id)
    {
        var rule = RuleCatalog.Get(id);
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "generator", "I2sGen.Generator", "AnalyzerReleases.Unshipped.md"));
        var row = Assert.Single(lines, line => line.StartsWith(id + " |", System.StringComparison.Ordinal));
        var cells = row.Split('|').Select(static c => c.Trim()).ToArray();
        Assert.Equal(rule.Category, cells[1]);
        Assert.Equal(rule.Severity.ToString(), cells[2]);
    }

    /// <summary>Each ID must appear in analyzer-test markup, i.e. some test expects it to be reported.</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HasAnAnalyzerTest(string id)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "I2sGen.Tests", "Analyzers");
        var mentioned = Directory.EnumerateFiles(folder, "*RuleTests.cs")
            .Any(file => File.ReadAllText(file).Contains("|" + id + ":", System.StringComparison.Ordinal)
                || File.ReadAllText(file).Contains("\"" + id + "\"", System.StringComparison.Ordinal));
        Assert.True(mentioned, id + " has no analyzer test");
    }

    [Fact]
    public void OnlyTheBuildPropertyRuleIsACompilationEndRule()
    {
        var tagged = RuleDescriptors.All.Where(static d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(static d => d.Id);
        Assert.Equal(new[] { RuleCatalog.InvalidBuildProperty.Id }, tagged);
    }
}
