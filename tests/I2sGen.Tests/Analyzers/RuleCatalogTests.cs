using System.IO;
using System.Linq;
using I2sGen.Generator.Analyzers;
using I2sGen.Generator.Rules;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>Every rule has a descriptor, a help page, a release entry and analyzer tests.</summary>
public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        Assert.NotEmpty(RuleCatalog.All);
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

    /// <summary>
    /// Each ID has a real analyzer test: a [Fact] or [Theory] method in Analyzers/*RuleTests.cs that expects the ID at
    /// a location, through markup (<c>{|I2S0101:...|}</c> in a string of the method) or a
    /// <c>new DiagnosticResult("I2S0101", ...)</c> given a <c>WithLocation</c>/<c>WithSpan</c>. A mention in a comment,
    /// a helper or an unused string does not count. The build-property rule is reported on the compilation, with no
    /// source location, so an expected DiagnosticResult is its test.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HasAnAnalyzerTest(string id)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "I2sGen.Tests", "Analyzers");
        var files = Directory.GetFiles(folder, "*RuleTests.cs");
        Assert.NotEmpty(files);
        var tests = files
            .SelectMany(static file => CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(static method => method.AttributeLists.SelectMany(static list => list.Attributes).Any(static a => a.Name.ToString() is "Fact" or "Theory"))
            .ToList();
        Assert.NotEmpty(tests);
        var locationless = id == RuleCatalog.InvalidBuildProperty.Id;
        var tested = tests.Where(method => ExpectsAtALocation(method, id, locationless)).Select(static method => method.Identifier.Text).ToList();
        Assert.True(tested.Count > 0, id + " has no analyzer test that expects it at a location");
    }

    private static bool ExpectsAtALocation(MethodDeclarationSyntax method, string id, bool locationless)
    {
        var markup = "{|" + id + ":";
        var inMarkup = method.DescendantTokens().Any(token =>
            token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                ? token.ValueText.Contains(markup, System.StringComparison.Ordinal)
                : false);
        if (inMarkup)
        {
            return true;
        }

        foreach (var creation in method.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            var first = creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax;
            if (creation.Type.ToString() != "DiagnosticResult" || first?.Token.ValueText != id)
            {
                continue;
            }

            // The calls chained on the result: new DiagnosticResult(...).WithLocation(0).WithMessage(...).
            SyntaxNode node = creation;
            var located = false;
            while (node.Parent is MemberAccessExpressionSyntax access && access.Parent is InvocationExpressionSyntax call)
            {
                located |= access.Name.Identifier.Text is "WithLocation" or "WithSpan";
                node = call;
            }

            if (located || locationless)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void OnlyTheBuildPropertyRuleIsACompilationEndRule()
    {
        var tagged = RuleDescriptors.All.Where(static d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(static d => d.Id);
        Assert.Equal(new[] { RuleCatalog.InvalidBuildProperty.Id }, tagged);
    }
}
