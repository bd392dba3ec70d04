using System;
using System.Collections.Immutable;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// The generated wrappers of shared buses (issue 11): every configuration compiles on .NET (C# latest and 9) and for
/// nanoFramework (C# 9, real mscorlib; the stock ones against the System.Device.I2s stand-ins) without a diagnostic,
/// matches its baseline, and the members that take turns claim the bus from one turn keeper and name each other.
/// Strict analysis (AnalysisMode=All) is in <see cref="StrictAnalysisTests"/>.
/// </summary>
public sealed class SharedBusWrapperTests
{
    public static TheoryData<string> Names => new(SharedBusConfigurations.All.Select(static c => c.Name));

    /// <summary>The generated C# of a configuration; the generator may only report I2S0510 (stock full duplex) there.</summary>
    internal static ImmutableSortedDictionary<string, string> Generate(WrapperConfiguration configuration)
    {
        var run = GeneratorHarness.Run(configuration.Source, configuration.Properties, WrapperConfigurations.AssemblyName);
        var unexpected = run.GeneratorDiagnostics.Concat(run.CompilationErrors)
            .Where(static d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "I2S0510")
            .ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        return run.CSharpSources;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void MatchesBaseline(string name)
    {
        var configuration = SharedBusConfigurations.Get(name);
        var generated = Generate(configuration);

        BaselineAssert.Matches("SharedBus/" + name + ".cs.txt", generated[configuration.FullName + ".I2s.g.cs"]);
    }

    [Fact]
    public void FolderHoldsNoStaleBaselines() =>
        BaselineAssert.HoldsOnly("SharedBus", SharedBusConfigurations.All.Select(static c => "SharedBus/" + c.Name + ".cs.txt"));

    [Theory]
    [MemberData(nameof(Names))]
    public void CompilesForNetWithoutDiagnostics(string name)
    {
        var sources = SourcesOf(name);

        Assert.Empty(Describe(WrapperCompilation.CompileForNet(sources)));
        Assert.Empty(Describe(WrapperCompilation.CompileForNet(sources, LanguageVersion.CSharp9)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CompilesForNanoframeworkWithoutDiagnostics(string name)
    {
        var configuration = SharedBusConfigurations.Get(name);
        var sources = SourcesOf(name);
        var stock = configuration.Properties.TryGetValue("I2sGenBackend", out var backend) && backend == "Stock";

        var diagnostics = stock ? NanoCompiler.CompileStockUserCode(sources) : NanoCompiler.CompileUserCode(sources);

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    [Theory]
    [InlineData("VoiceAssistantS3", "the bindings on bus 0 take turns.")]
    [InlineData("StockTakeTurns", "the bindings on bus 0 take turns.")]
    [InlineData("StockFullDuplex", "the stock firmware's System.Device.I2s cannot run a receiver and a transmitter on one controller")]
    public void MembersThatTakeTurnsClaimTheBusAndNameTheHolder(string name, string reason)
    {
        var configuration = SharedBusConfigurations.Get(name);
        var generated = Generate(configuration);
        var first = generated[configuration.FullName + ".I2s.g.cs"];
        var second = generated[SharedBusConfigurations.PartnerOf(configuration) + ".I2s.g.cs"];

        // One turn keeper per bus, in the first member's file only; both members claim it under their own name.
        Assert.Contains("internal static class I2sBus0Turns", first, StringComparison.Ordinal);
        Assert.DoesNotContain("internal static class I2sBus0Turns", second, StringComparison.Ordinal);
        Assert.Contains("global::I2sGen.Generated.I2sBus0Turns.Claim(\"" + configuration.FullName + "\")", first, StringComparison.Ordinal);
        Assert.Contains("global::I2sGen.Generated.I2sBus0Turns.Claim(\"" + SharedBusConfigurations.PartnerOf(configuration) + "\")", second, StringComparison.Ordinal);
        Assert.Contains("global::I2sGen.Generated.I2sBus0Turns.Release(\"" + configuration.FullName + "\")", first, StringComparison.Ordinal);
        Assert.Contains("\"I2S bus 0 is open by \" + holder + \": dispose \" + holder + \" first; ", first, StringComparison.Ordinal);
        Assert.Contains(reason, first, StringComparison.Ordinal);

        // A busy init the keeper cannot explain names the partner the C# knows about.
        Assert.Contains("by a binding outside the bus shared with " + SharedBusConfigurations.PartnerOf(configuration) + " (", first, StringComparison.Ordinal);
    }

    [Fact]
    public void FullDuplexMembersOnTheInteropBackendDoNotTakeTurns()
    {
        var configuration = SharedBusConfigurations.Get("FullDuplexEsp32");
        var generated = Generate(configuration);

        Assert.All(generated.Values, static text => Assert.DoesNotContain("I2sBus0Turns", text, StringComparison.Ordinal));
        Assert.Contains("outside the bus shared with Demo.Shared.CodecSpeaker (codec_mic_i2s_init returned ", generated["Demo.Shared.CodecMic.I2s.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void FullDuplexMembersOnThePrebuiltGlueStartWithTheirPartnersConfiguration()
    {
        var configuration = SharedBusConfigurations.Get("FullDuplexEsp32");
        var properties = new System.Collections.Generic.Dictionary<string, string>(configuration.Properties) { ["I2sGenHostGlue"] = "Prebuilt" };
        var generated = Generate(configuration with { Properties = properties });
        var microphone = generated["Demo.Shared.CodecMic.I2s.g.cs"];

        Assert.Contains("EntryPoint = \"i2sgen_host_init_duplex\"", microphone, StringComparison.Ordinal);
        Assert.Contains("HostInitDuplex(ref Tag[0], ref Config[0], ref PartnerTag[0], ref PartnerConfig[0])", microphone, StringComparison.Ordinal);
        Assert.Contains("GetBytes(\"codec_speaker_i2s\\u0000\")", microphone, StringComparison.Ordinal);

        // Both arrays say full duplex (1); the partner's is the transmitter's (receive 0, its data-out pin 22).
        var partner = microphone[microphone.IndexOf("PartnerConfig =", StringComparison.Ordinal)..];
        Assert.Contains("0, // receive", partner, StringComparison.Ordinal);
        Assert.Contains("22, // dout_pin", partner, StringComparison.Ordinal);
        Assert.Contains("1, // sharing", partner, StringComparison.Ordinal);
        Assert.Contains("1, // sharing", microphone[..microphone.IndexOf("PartnerConfig =", StringComparison.Ordinal)], StringComparison.Ordinal);

        // Members that take turns start alone (the C checks the turn) and say so in their config.
        var voice = Generate(SharedBusConfigurations.Get("StockTakeTurns") with { Properties = properties });
        Assert.All(voice.Values.Where(static text => text.Contains("i2sgen_host", StringComparison.Ordinal)), static text =>
        {
            Assert.DoesNotContain("i2sgen_host_init_duplex", text, StringComparison.Ordinal);
            Assert.Contains("2, // sharing", text, StringComparison.Ordinal);
        });
    }

    private static System.Collections.Generic.List<string> SourcesOf(string name)
    {
        var configuration = SharedBusConfigurations.Get(name);
        return new[] { configuration.Source }.Concat(Generate(configuration).Values).ToList();
    }

    private static System.Collections.Generic.List<string> Describe(System.Collections.Generic.IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select(static d => d.ToString()).ToList();
}
