using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using I2sGen.Generator;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I2sGen.Tests.Generator;

/// <summary>
/// Incremental caching: for each kind of edit (an unrelated file, whitespace inside a binding, a changed value, an
/// added binding) every tracked step runs for a stated reason, so a change that defeats caching fails a test.
/// </summary>
public sealed class IncrementalTests
{
    private const string Bindings = """
        using I2sGen;
        namespace Demo;
        [I2sMicrophone(Bck = 14, Ws = 13, Sdin = 34, DataFormat = I2sDataFormat.B32,
                       ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 8, DmaLength = 256)]
        public partial class Inmp441 { }
        [I2sSpeaker(Bus = 1, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B16,
                    ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 10, DmaLength = 512)]
        public partial class Max98357 { }
        """;

    private const string Added = """
        using I2sGen;
        namespace Demo;
        [I2sMicrophone(Bus = 1, Bck = 26, Ws = 25, Sdin = 35, DataFormat = I2sDataFormat.B16,
                       ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 8000)]
        public partial class Extra { }
        """;

    private const string Unrelated = """
        namespace Demo;
        public static class Util { public static int Twice(int x) => x * 2; }
        """;

    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(static field => field.IsLiteral)
        .Select(static field => (string)field.GetRawConstantValue()!)
        .ToArray();

    public static TheoryData<string> Scenarios => new() { "unrelated edit", "whitespace edit in a binding", "changed value", "added binding" };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryTrackedStepRunsForTheExpectedReason(string scenario)
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Bindings, Unrelated });
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.Empty(first.Diagnostics);

        var edited = Edit(compilation, scenario);
        var result = Assert.Single(driver.RunGenerators(edited).GetRunResult().Results);

        var expected = Expected[scenario];
        Assert.Equal(Describe(StepNames.ToDictionary(static name => name, name => expected.TryGetValue(name, out var reasons) ? reasons : "(no expectation)")),
            Describe(StepNames.ToDictionary(static name => name, name => Reasons(result, name))));
    }

    /// <summary>
    /// Per scenario and tracked step, the run reasons of the step's outputs in output order: Declarations, Specs and
    /// NativeFiles hold one output per binding (Inmp441, then Max98357; the added Extra is a microphone, so it comes
    /// between them). A step whose input is unchanged is Cached; a step that re-ran to an equal value is Unchanged.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Expected = new()
    {
        // Nothing a binding depends on changed: every step is served from the cache.
        ["unrelated edit"] = AllCached,

        // The parser re-runs on the edited file, but its model is equal, so nothing downstream runs.
        ["whitespace edit in a binding"] = AllCached,

        // Only Inmp441 is rebuilt; Max98357's files stay cached, and so does the simulator class (same library).
        ["changed value"] = new()
        {
            [TrackingNames.Target] = "Cached",
            [TrackingNames.Declarations] = "Modified Cached",
            [TrackingNames.Specs] = "Modified Cached",
            [TrackingNames.Component] = "Modified",
            [TrackingNames.EmittedNames] = "Unchanged",
            [TrackingNames.NativeFiles] = "Modified Cached",
            [TrackingNames.Payload] = "Modified",
            [TrackingNames.Simulator] = "Unchanged",
            [TrackingNames.Report] = "Modified",
        },

        // The new binding is New. The list of emitted names changes, so the two existing bindings are re-checked: their C
        // files come out equal (Unchanged). Max98357 sorts after the new one, so its binding index (the nanoCLR dispatch
        // table's) moves from 1 to 2 and only its wrapper, which carries the index, is written again.
        ["added binding"] = new()
        {
            [TrackingNames.Target] = "Cached",
            [TrackingNames.Declarations] = "Cached New Cached",
            [TrackingNames.Specs] = "Cached New Cached",
            [TrackingNames.Component] = "Modified",
            [TrackingNames.EmittedNames] = "Modified",
            [TrackingNames.NativeFiles] = "Unchanged New Unchanged",
            [TrackingNames.Payload] = "Modified",
            [TrackingNames.Simulator] = "Unchanged",
            [TrackingNames.Report] = "Modified",
        },
    };

    private static Dictionary<string, string> AllCached => new()
    {
        [TrackingNames.Target] = "Cached",
        [TrackingNames.Declarations] = "Cached Cached",
        [TrackingNames.Specs] = "Cached Cached",
        [TrackingNames.Component] = "Cached",
        [TrackingNames.EmittedNames] = "Cached",
        [TrackingNames.NativeFiles] = "Cached Cached",
        [TrackingNames.Payload] = "Cached",
        [TrackingNames.Simulator] = "Cached",
        [TrackingNames.Report] = "Cached",
    };

    private static string Describe(Dictionary<string, string> reasons) =>
        string.Join("\n", reasons.OrderBy(static pair => pair.Key, StringComparer.Ordinal).Select(static pair => pair.Key + ": " + pair.Value));

    private static string Reasons(GeneratorRunResult result, string step) =>
        string.Join(" ", result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(static s => s.Outputs).Select(static o => o.Reason.ToString())
            : new[] { "(not run)" });

    private static Compilation Edit(CSharpCompilation compilation, string scenario)
    {
        var bindings = compilation.SyntaxTrees.First();
        var unrelated = compilation.SyntaxTrees.Last();
        return scenario switch
        {
            "unrelated edit" => compilation.ReplaceSyntaxTree(unrelated, Parse(Unrelated.Replace("x * 2", "x + x", StringComparison.Ordinal))),
            "whitespace edit in a binding" => compilation.ReplaceSyntaxTree(bindings, Parse(Bindings.Replace("SampleRate = 16000, DmaCount = 8", "SampleRate  =  16000,  DmaCount = 8", StringComparison.Ordinal))),
            "changed value" => compilation.ReplaceSyntaxTree(bindings, Parse(Bindings.Replace("SampleRate = 16000, DmaCount = 8", "SampleRate = 22050, DmaCount = 8", StringComparison.Ordinal))),
            "added binding" => compilation.AddSyntaxTrees(Parse(Added)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };
    }

    private static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions);

    [Fact]
    public void AnUnrelatedEditEmitsNothingNew()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Bindings, Unrelated });
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var result = Assert.Single(driver.RunGenerators(Edit(compilation, "unrelated edit")).GetRunResult().Results);

        foreach (var output in result.TrackedOutputSteps.SelectMany(static pair => pair.Value).SelectMany(static step => step.Outputs))
        {
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
        }
    }

    [Fact]
    public void AChangedValueRegeneratesOnlyThatBinding()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Bindings, Unrelated });
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var result = Assert.Single(driver.RunGenerators(Edit(compilation, "changed value")).GetRunResult().Results);

        Assert.Contains(result.GeneratedSources, static source => source.SourceText.ToString().Contains("22050", StringComparison.Ordinal));
    }

    [Fact]
    public void ModelsHoldNoSymbolsOrSyntax()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Bindings, Unrelated });
        var result = Assert.Single(GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results);
        foreach (var name in StepNames)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(static step => step.Outputs))
            {
                AssertNoRoslynObjects(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, HashSet<object> seen, string step)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel,
            $"step {step} holds a {value.GetType().Name}, which defeats caching");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, seen, step);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
            {
                AssertNoRoslynObjects(field.GetValue(value), seen, step);
            }
        }
    }
}
