using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using I2sGen.Generator.NanoFramework;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.NanoFramework;

/// <summary>The I2sGenNativeChecksumRule property: its default in the build props, and how the generator reads it.</summary>
public sealed class ChecksumRuleOptionTests
{
    [Theory]
    [InlineData("v3", nameof(ChecksumRule.V3))]
    [InlineData(" LATER ", nameof(ChecksumRule.LaterRevision))]
    [InlineData("v4", null)]
    [InlineData("", null)]
    public void ParsesTheTwoRulesOnly(string text, string? expected)
    {
        Assert.Equal(expected, ChecksumRuleOption.TryParse(text)?.ToString());
    }

    [Fact]
    public void AbsentPropertyGivesTheDefault()
    {
        var rule = ChecksumRuleOption.Read(new MsBuildOptionsProvider(null).GlobalOptions, out var invalid);

        Assert.Equal(ChecksumRule.V3, rule);
        Assert.Null(invalid);
    }

    [Fact]
    public void LaterRuleIsReadFromTheProperty()
    {
        var options = new MsBuildOptionsProvider(new Dictionary<string, string> { [ChecksumRuleOption.PropertyName] = "later" }).GlobalOptions;

        Assert.Equal(ChecksumRule.LaterRevision, ChecksumRuleOption.Read(options, out var invalid));
        Assert.Null(invalid);
    }

    [Fact]
    public void UnknownValueGivesTheDefaultAndComesBackForADiagnostic()
    {
        var options = new MsBuildOptionsProvider(new Dictionary<string, string> { [ChecksumRuleOption.PropertyName] = "v5" }).GlobalOptions;

        Assert.Equal(ChecksumRuleOption.Default, ChecksumRuleOption.Read(options, out var invalid));
        Assert.Equal("v5", invalid);
    }

    [Fact]
    public void BuildPropsDefaultToV3AndPassThePropertyToTheGenerator()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "generator", "I2sGen.Generator", "build", "I2sGen.props"));
        var ns = props.Root!.Name.Namespace;

        Assert.Equal("v3", props.Descendants(ns + ChecksumRuleOption.PropertyName).Single().Value);
        Assert.Equal(ChecksumRule.V3, ChecksumRuleOption.TryParse(props.Descendants(ns + ChecksumRuleOption.PropertyName).Single().Value));
        Assert.Contains(props.Descendants(ns + "CompilerVisibleProperty"), static e => (string?)e.Attribute("Include") == ChecksumRuleOption.PropertyName);
    }
}
