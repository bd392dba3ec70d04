using System.Linq;
using System.Text.RegularExpressions;
using I2sGen.Generator.Model;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native.SharedBus;

/// <summary>
/// The fingerprint that ties a C# wrapper to the firmware's native glue covers a shared bus (the member's C calls the
/// bus file, and in full duplex the bus file installs the partner's configuration too), and leaves a binding alone on
/// its bus as it was.
/// </summary>
public sealed class SharedBusFingerprintTests
{
    private static readonly BindingConfig MicConfig = new(BindingKind.Microphone, 0, 26, 25, 33, -1, -1, 1, 9, 16, 4, 16000, 6, 240, 0);

    private static readonly BindingConfig SpeakerConfig = new(BindingKind.Speaker, 0, 26, 25, -1, 22, -1, 1, 5, 16, 4, 16000, 6, 240, 0);

    private static readonly BindingSpec Mic = Spec("Mic", "mic", MicConfig);

    private static readonly BindingSpec Speaker = Spec("Speaker", "speaker", SpeakerConfig);

    [Fact]
    public void ABindingAloneOnItsBusKeepsItsFingerprint()
    {
        // The text of a binding without a bus is the one BindingFingerprintTests pins: nothing is appended.
        Assert.Equal(BindingFingerprint.CanonicalText(Mic with { SharedBus = null }), BindingFingerprint.CanonicalText(Mic));
        Assert.DoesNotContain(";shared=", BindingFingerprint.CanonicalText(Mic), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SharingChangesTheFingerprintAndSaysHow()
    {
        var alone = BindingFingerprint.Of(Mic);
        var turns = BindingFingerprint.Of(Mic with { SharedBus = Bus(BusSharing.TakeTurns, Speaker) });
        var duplex = BindingFingerprint.Of(Mic with { SharedBus = Bus(BusSharing.FullDuplex, Speaker) });
        Assert.NotEqual(alone, turns);
        Assert.NotEqual(alone, duplex);
        Assert.NotEqual(turns, duplex);
        Assert.EndsWith(";shared=TakeTurns;member=mic;member=speaker",
            BindingFingerprint.CanonicalText(Mic with { SharedBus = Bus(BusSharing.TakeTurns, Speaker) }), System.StringComparison.Ordinal);
    }

    [Fact]
    public void InFullDuplexThePartnersConfigurationIsPartOfTheFingerprint()
    {
        var before = BindingFingerprint.Of(Mic with { SharedBus = Bus(BusSharing.FullDuplex, Speaker) });
        var partner = Speaker with { Config = SpeakerConfig with { Sdout = 23 } };
        Assert.NotEqual(before, BindingFingerprint.Of(Mic with { SharedBus = Bus(BusSharing.FullDuplex, partner) }));

        // Taking turns, the partner's configuration is not in this member's C: only the members' names are.
        var turns = BindingFingerprint.Of(Mic with { SharedBus = Bus(BusSharing.TakeTurns, Speaker) });
        Assert.Equal(turns, BindingFingerprint.Of(Mic with { SharedBus = Bus(BusSharing.TakeTurns, partner) }));
    }

    /// <summary>
    /// End to end: each member's wrapper and the generated nanoCLR dispatch table hold the same fingerprint, and it is
    /// not the one the binding has alone.
    /// </summary>
    [Theory]
    [MemberData(nameof(SharedBusCase.Names), MemberType = typeof(SharedBusCase))]
    public void TheWrapperAndTheDispatchTableAgree(string name)
    {
        var sharedCase = SharedBusCase.Get(name);
        var run = SharedBusGeneration.Run(sharedCase);
        var table = run.Native("I2sGen_Interop_Bindings.cpp").Content;
        var declarations = sharedCase.Declarations.Split("\n\n");
        for (var i = 0; i < sharedCase.Members.Count; i++)
        {
            var member = sharedCase.Members[i];
            var inTable = Regex.Match(table, "\\{\"" + member + "_i2s\", 0x([0-9A-F]{8})u").Groups[1].Value;
            Assert.NotEmpty(inTable);
            var wrapper = run.CSharpSources.Values.Single(s => s.Contains("\"" + member + "_i2s", System.StringComparison.Ordinal)
                || s.Contains(member + "_i2s_init", System.StringComparison.Ordinal));
            Assert.Contains("I2sBindingFingerprint = unchecked((int)0x" + inTable + ")", wrapper, System.StringComparison.Ordinal);

            var alone = GeneratorHarness.Run("using I2sGen;\n\nnamespace Firmware.Audio;\n\n" + declarations[i] + "\n", sharedCase.Properties)
                .AssertClean("the member alone").Native("I2sGen_Interop_Bindings.cpp").Content;
            Assert.DoesNotContain("0x" + inTable + "u", alone, System.StringComparison.Ordinal);
        }
    }

    private static BindingSpec Spec(string className, string cName, BindingConfig config) =>
        new("Demo", className, "public", cName, "Demo.App", config, TargetConfig.Default,
            I2sGen.Generator.Hardware.FiguresCalculator.TryCompute(config, TargetConfig.Default)!);

    private static SharedBusSpec Bus(BusSharing sharing, BindingSpec partner) =>
        new(0, sharing, new[] { Mic, partner }
            .Select(static s => new SharedBusMember(s.FullName, s.CName, s.Config, s.Figures))
            .ToEquatableArray());
}
