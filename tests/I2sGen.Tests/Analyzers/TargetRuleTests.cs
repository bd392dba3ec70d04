using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Issue 10: the ESP-IDF release and chip revision as target properties (MSBuild <c>I2sGenIdfVersion</c>,
/// <c>I2sGenChipRevision</c>; <c>[assembly: I2sTarget(IdfVersion, ChipRevision)]</c>) and I2S0012-I2S0018, the
/// combinations a release cannot build. A diagnostic points at the attribute argument that decided the value, or has
/// no location when an MSBuild property (or the default) decided it.
/// </summary>
public sealed class TargetRuleTests
{
    /// <summary>Pads that are ordinary on ESP32-P4, ESP32-C5, ESP32-C61 and ESP32-C6 (no strapping, flash, USB or console pin).</summary>
    private const string PlainMic = "[I2sMicrophone(Bck = 1, Ws = 6, Sdin = 3, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n";

    private static Task Verify(string source, string? properties = null) =>
        new AnalyzerTest(AnalyzerTest.Usings + source, extraGlobalConfig: properties is null ? null : "is_global = true\n" + properties).RunAsync();

    private static Task VerifyUnlocated(string source, string properties, string id, DiagnosticSeverity severity, string message)
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + source, extraGlobalConfig: "is_global = true\n" + properties);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(id, severity).WithMessage(message));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("IdfVersion = \"5.5.1\"")]
    [InlineData("IdfVersion = \"v5.3\"")]
    [InlineData("IdfVersion = \"6.0\"")]
    [InlineData("IdfVersion = \"5.0\"")]
    [InlineData("Driver = I2sDriver.Legacy, IdfVersion = \"4.4\"")]
    [InlineData("Driver = I2sDriver.Legacy, IdfVersion = \"v4.4.7\"")]
    [InlineData("Driver = I2sDriver.Legacy, IdfVersion = \"5.3\"")]
    public Task ReleasesThatBuildTheTargetAreClean(string arguments) => Verify("[assembly: I2sTarget(" + arguments + ")]\n" + Snippets.Mic());

    [Theory]
    [InlineData("4.4", "legacy")]
    [InlineData("v5.2", "std")]
    [InlineData("6.0.1", "std")]
    public Task ReleasesAsBuildPropertiesAreClean(string version, string driver) =>
        Verify(Snippets.Mic(), "build_property.I2sGenIdfVersion = " + version + "\nbuild_property.I2sGenDriver = " + driver + "\n");

    [Fact]
    public Task LegacyDriverOnIdf6FromTheAttribute() =>
        Verify("[assembly: I2sTarget(Driver = I2sDriver.Legacy, {|I2S0012:IdfVersion = \"6.0\"|})]\n" + Snippets.Mic());

    /// <summary>The version comes from the build, the driver from the attribute: the driver argument is what to change in source.</summary>
    [Fact]
    public Task LegacyDriverOnIdf6WithTheVersionFromTheBuild() =>
        Verify("[assembly: I2sTarget({|I2S0012:Driver = I2sDriver.Legacy|})]\n" + Snippets.Mic(), "build_property.I2sGenIdfVersion = 6.0\n");

    [Fact]
    public Task LegacyDriverOnIdf6FromBuildProperties() => VerifyUnlocated(
        Snippets.Mic(), "build_property.I2sGenIdfVersion = 6.0\nbuild_property.I2sGenDriver = legacy\n", "I2S0012", DiagnosticSeverity.Error,
        "ESP-IDF 6.0.0 has no legacy I2S driver (driver/i2s.h was removed in 6.0); use the std driver (I2sGenDriver=std, I2sDriver.Std) or an ESP-IDF 5.x release");

    [Fact]
    public Task StdDriverBeforeIdf5() => VerifyUnlocated(
        Snippets.Mic(), "build_property.I2sGenIdfVersion = 4.4\n", "I2S0013", DiagnosticSeverity.Error,
        "ESP-IDF 4.4.0 has no std I2S driver (driver/i2s_std.h arrived in 5.0); use the legacy driver (I2sGenDriver=legacy, I2sDriver.Legacy) or ESP-IDF 5.0 or later");

    [Fact]
    public Task StdDriverBeforeIdf5FromTheAttribute() =>
        Verify("[assembly: I2sTarget({|I2S0013:IdfVersion = \"4.4.7\"|})]\n" + Snippets.Mic());

    [Theory]
    [InlineData("Esp32C6", "5.0")]
    [InlineData("Esp32H2", "5.0.9")]
    [InlineData("Esp32P4", "5.2")] // also where I2S_NUM_2 does not exist yet: P4 and its third controller arrive together in 5.3
    [InlineData("Esp32C5", "5.5")]
    [InlineData("Esp32C61", "5.4")]
    public Task ChipNotYetSupported(string chip, string version) =>
        Verify($"[assembly: I2sTarget(Chip = I2sChip.{chip}, {{|I2S0014:IdfVersion = \"{version}\"|}})]\n" + PlainMic);

    [Fact]
    public Task ChipNotInIdf44WithTheLegacyDriver() => VerifyUnlocated(
        PlainMic, "build_property.I2sGenChip = esp32c6\nbuild_property.I2sGenDriver = legacy\nbuild_property.I2sGenIdfVersion = 4.4\n", "I2S0014", DiagnosticSeverity.Error,
        "ESP-IDF 4.4.0 does not support ESP32-C6 (a supported target from ESP-IDF 5.1); use ESP-IDF 5.1.0 or later, or another chip");

    [Theory]
    [InlineData("Esp32C6", "5.1")]
    [InlineData("Esp32P4", "5.3")]
    [InlineData("Esp32C5", "5.5.1")]
    [InlineData("Esp32C61", "6.0")]
    public Task ChipOnItsFirstReleaseIsClean(string chip, string version) =>
        Verify($"[assembly: I2sTarget(Chip = I2sChip.{chip}, IdfVersion = \"{version}\")]\n" + PlainMic);

    [Theory]
    [InlineData("7.0")]
    [InlineData("4.3")]
    [InlineData("5.6")]
    [InlineData("6.1")]
    public Task ReleaseNotModelled(string version) =>
        Verify($"[assembly: I2sTarget({{|I2S0016:IdfVersion = \"{version}\"|}})]\n" + Snippets.Mic());

    /// <summary>The legacy driver's clock on 5.0/5.1 is modelled exactly (golden tables), so nothing is reported.</summary>
    [Fact]
    public Task LegacyClockOnIdf51IsExact() =>
        Verify("[assembly: I2sTarget(Driver = I2sDriver.Legacy, IdfVersion = \"5.1\")]\n" + Snippets.Mic());

    [Fact]
    public Task RevisionWhereItChangesNothing() =>
        Verify("[assembly: I2sTarget({|I2S0015:ChipRevision = \"3.0\"|})]\n" + Snippets.Mic());

    [Fact]
    public Task RevisionOfP4BeforeIdf6ChangesNothing() => VerifyUnlocated(
        PlainMic, "build_property.I2sGenChip = esp32p4\nbuild_property.I2sGenIdfVersion = 5.5.1\nbuild_property.I2sGenChipRevision = 3.0\n", "I2S0015", DiagnosticSeverity.Warning,
        "Chip revision v3.0 changes nothing for ESP32-P4 on ESP-IDF 5.5.1: only ESP32-P4 on ESP-IDF 6.0 or later picks its I2S clock by revision; remove I2sGenChipRevision / ChipRevision");

    [Theory]
    [InlineData("3.0")]
    [InlineData("v3.1")]
    [InlineData("1.0")]
    [InlineData("0")]
    public Task RevisionOfP4OnIdf6IsClean(string revision) =>
        Verify($"[assembly: I2sTarget(Chip = I2sChip.Esp32P4, IdfVersion = \"6.0\", ChipRevision = \"{revision}\")]\n" + PlainMic);

    [Fact]
    public Task RevisionIdfCannotBuildFor() =>
        Verify("[assembly: I2sTarget(Chip = I2sChip.Esp32P4, IdfVersion = \"6.0\", {|I2S0018:ChipRevision = \"2.0\"|})]\n" + PlainMic);

    [Theory]
    [InlineData("{|I2S0009:IdfVersion = \"five\"|}")]
    [InlineData("{|I2S0009:IdfVersion = \"5\"|}")]
    [InlineData("{|I2S0009:IdfVersion = \"\"|}")]
    [InlineData("{|I2S0009:ChipRevision = \"3.x\"|}")]
    public Task UnreadableAttributeValues(string arguments) => Verify("[assembly: I2sTarget(" + arguments + ")]\n" + Snippets.Mic());

    [Fact]
    public Task UnreadableVersionProperty() => VerifyUnlocated(
        Snippets.Mic(), "build_property.I2sGenIdfVersion = latest\n", "I2S0006", DiagnosticSeverity.Error,
        "I2sGenIdfVersion = 'latest' is not an ESP-IDF version; write major.minor or major.minor.patch, e.g. 5.5.1, v5.3 or 4.4 (the property is ignored)");

    [Fact]
    public Task UnreadableRevisionProperty() => VerifyUnlocated(
        Snippets.Mic(), "build_property.I2sGenChipRevision = rev3\n", "I2S0006", DiagnosticSeverity.Error,
        "I2sGenChipRevision = 'rev3' is not a chip revision; write major.minor as ESP-IDF's menuconfig shows it, e.g. 3.0 or v3.1 (the property is ignored)");

    [Fact]
    public Task VersionPropertyOverridesTheAttribute() =>
        Verify("[assembly: I2sTarget({|I2S0003:IdfVersion = \"5.3\"|})]\n" + Snippets.Mic(), "build_property.I2sGenIdfVersion = 5.4\n");

    [Fact]
    public Task SameVersionWrittenTwoWaysAgrees() =>
        Verify("[assembly: I2sTarget(IdfVersion = \"v5.3.0\")]\n" + Snippets.Mic(), "build_property.I2sGenIdfVersion = 5.3\n");

    /// <summary>A property that overrides the attribute also takes the combination errors: the build's release decides.</summary>
    [Fact]
    public Task PropertyReleaseRescuesTheAttributeCombination() => Verify(
        "[assembly: I2sTarget(Driver = I2sDriver.Legacy, {|I2S0003:IdfVersion = \"6.0\"|})]\n" + Snippets.Mic(), "build_property.I2sGenIdfVersion = 5.5\n");
}
