using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Target;

/// <summary>
/// Issue 10: how the MSBuild properties (as the SDK passes them, <see cref="MsBuildOptionsProvider"/>) and the assembly
/// attribute resolve into the target, value by value, and what the release then selects.
/// </summary>
public sealed class TargetResolverTests
{
    private static TargetInputs Properties(params (string Name, string Value)[] values) =>
        TargetResolver.ReadProperties(new MsBuildOptionsProvider(values.ToDictionary(static v => v.Name, static v => v.Value)).GlobalOptions);

    private static readonly TargetInputs NoAttribute = new(null, null, null, null);

    [Fact]
    public void DefaultIsEsp32StdOnIdf551()
    {
        var target = TargetResolver.Resolve(NoAttribute, Properties());
        Assert.Equal(new TargetConfig(Chip.Esp32, Driver.Std, new IdfVersion(5, 5, 1), null), target);
        Assert.Equal(TargetConfig.Default, target);
        Assert.Equal(0, target.MinimumChipRevision);
    }

    [Theory]
    [InlineData("5.5.1", 5, 5, 1)]
    [InlineData("v5.3", 5, 3, 0)]
    [InlineData(" 4.4 ", 4, 4, 0)]
    [InlineData("V6.0.1", 6, 0, 1)]
    public void VersionPropertyIsRead(string text, int major, int minor, int patch) =>
        Assert.Equal(new IdfVersion(major, minor, patch), TargetResolver.Resolve(NoAttribute, Properties(("I2sGenIdfVersion", text))).IdfVersion);

    [Fact]
    public void PropertyWinsOverTheAttributeValueByValue()
    {
        var attribute = new TargetInputs((int)Chip.Esp32P4, (int)Driver.Legacy, null, null) { AttributeIdfVersion = "5.3", AttributeChipRevision = "1.0" };
        var target = TargetResolver.Resolve(attribute, Properties(("I2sGenIdfVersion", "6.0"), ("I2sGenDriver", "std")));
        Assert.Equal(new TargetConfig(Chip.Esp32P4, Driver.Std, new IdfVersion(6, 0, 0), 100), target);
    }

    [Fact]
    public void InvalidPropertyFallsBackToTheAttribute()
    {
        var attribute = NoAttribute with { AttributeIdfVersion = "5.2" };
        var target = TargetResolver.Resolve(attribute, Properties(("I2sGenIdfVersion", "latest"), ("I2sGenChipRevision", "rev3")));
        Assert.Equal(new IdfVersion(5, 2, 0), target.IdfVersion);
        Assert.Null(target.ChipRevision);
    }

    [Fact]
    public void P4OnIdf6DefaultsToRevision31AndThePll()
    {
        var target = TargetResolver.Resolve(NoAttribute, Properties(("I2sGenChip", "esp32p4"), ("I2sGenIdfVersion", "6.0")));
        Assert.Equal(301, target.MinimumChipRevision);
        Assert.Equal(160_000_000u, ClockTarget.DefaultSourceHz(target));
        Assert.Equal("PLL_F160M", IdfSupport.SourceClockName(target));

        var old = TargetResolver.Resolve(NoAttribute, Properties(("I2sGenChip", "esp32p4"), ("I2sGenIdfVersion", "6.0"), ("I2sGenChipRevision", "1.0")));
        Assert.Equal(40_000_000u, ClockTarget.DefaultSourceHz(old));
        Assert.Equal("XTAL", IdfSupport.SourceClockName(old));
    }

    /// <summary>The version reaches the figures: the same binding has different dividers where the releases' arithmetic differs.</summary>
    [Fact]
    public void ReleaseSelectsTheClockArithmetic()
    {
        var v50 = ClockTarget.Compute(new TargetConfig(Chip.Esp32S3, Driver.Std, new IdfVersion(5, 0, 0), null), 110989, 16, 256, false);
        var v55 = ClockTarget.Compute(new TargetConfig(Chip.Esp32S3, Driver.Std, new IdfVersion(5, 5, 1), null), 110989, 16, 256, false);
        Assert.Equal(v50, IdfClockModel.Compute(IdfChip.Esp32S3, new IdfVersion(5, 0, 0), IdfDriver.Std, 110989, 16, 0, 256, false));
        Assert.Equal(v55, IdfClockModel.Compute(IdfChip.Esp32S3, new IdfVersion(5, 5, 1), IdfDriver.Std, 110989, 16, 0, 256, false));
        Assert.NotEqual(v50.RealRateMilliHz, v55.RealRateMilliHz); // 5.0 searches a <= 511 its own way, 5.5.1 runs hal_utils
    }

    [Theory]
    [InlineData("4.4", "legacy", "driver")]
    [InlineData("5.2", "std", "driver")]
    [InlineData("5.3", "std", "esp_driver_i2s")]
    [InlineData("5.5", "legacy", "driver")]
    [InlineData("6.0", "std", "esp_driver_i2s")]
    public void ReleaseSelectsTheComponent(string version, string driver, string component) =>
        Assert.Equal(component, IdfSupport.ComponentRequires(TargetResolver.Resolve(NoAttribute, Properties(("I2sGenIdfVersion", version), ("I2sGenDriver", driver)))));

    [Theory]
    [InlineData("3.0", 300)]
    [InlineData("v3.1", 301)]
    [InlineData("1", 100)]
    [InlineData("0.1", 1)]
    public void RevisionIsReadAsMenuconfigShowsIt(string text, int revision) =>
        Assert.Equal(revision, TargetResolver.Resolve(NoAttribute, Properties(("I2sGenChipRevision", text))).ChipRevision);

    [Theory]
    [InlineData("3.x")]
    [InlineData("3.0.0")]
    [InlineData("100.0")]
    [InlineData("-1")]
    public void UnreadableRevisionIsIgnored(string text) =>
        Assert.Null(TargetResolver.Resolve(NoAttribute, Properties(("I2sGenChipRevision", text))).ChipRevision);

    /// <summary>Without CompilerVisibleProperty the SDK would not pass the properties to the generator at all.</summary>
    [Fact]
    public void BuildPropsPassTheTargetPropertiesToTheGenerator()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "generator", "I2sGen.Generator", "build", "I2sGen.props"));
        var ns = props.Root!.Name.Namespace;
        var visible = props.Descendants(ns + "CompilerVisibleProperty").Select(static e => "build_property." + (string?)e.Attribute("Include")).ToList();
        Assert.Contains(AttributeNames.ChipProperty, visible);
        Assert.Contains(AttributeNames.DriverProperty, visible);
        Assert.Contains(AttributeNames.IdfVersionProperty, visible);
        Assert.Contains(AttributeNames.ChipRevisionProperty, visible);
    }

    /// <summary>Every chip of the table exists in some modelled release, and the default release supports every chip.</summary>
    [Fact]
    public void DefaultReleaseSupportsEveryChip()
    {
        foreach (var chip in ChipTable.All)
        {
            Assert.True(IdfSupport.SupportsChip(IdfSupport.DefaultVersion, chip.Chip), chip.DisplayName);
        }
    }
}
