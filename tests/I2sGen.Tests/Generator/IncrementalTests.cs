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
/// Incremental caching: an edit that does not touch a binding must leave every tracked step Cached or Unchanged
/// and produce no new output; an edit to a binding must re-run it.
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

    private const string Unrelated = """
        namespace Demo;
        public static class Util { public static int Twice(int x) => x * 2; }
        """;

    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(static field => field.IsLiteral)
        .Select(static field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void UnrelatedEditLeavesEveryStepCachedAndEmitsNothingNew()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Bindings, Unrelated });
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.Empty(first.Diagnostics);
        Assert.Contains(first.GeneratedTrees, static tree => tree.FilePath.EndsWith("Demo.Inmp441.I2s.g.cs", StringComparison.Ordinal));

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Unrelated.Replace("x * 2", "x + x", StringComparison.Ordinal), GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult();

        var result = Assert.Single(second.Results);
        foreach (var name in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"step {name} ran with reason {reason} after an unrelated edit");
                }
            }
        }

        foreach (var output in result.TrackedOutputSteps.SelectMany(static pair => pair.Value).SelectMany(static step => step.Outputs))
        {
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
        }
    }

    [Fact]
    public void EditingOneBindingRegeneratesOnlyThatBinding()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { Bindings, Unrelated });
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Bindings.Replace("SampleRate = 16000, DmaCount = 8", "SampleRate = 22050, DmaCount = 8", StringComparison.Ordinal), GeneratorHarness.ParseOptions));
        var result = Assert.Single(driver.RunGenerators(edited).GetRunResult().Results);

        var specs = result.TrackedSteps[TrackingNames.Specs].SelectMany(static step => step.Outputs).ToList();
        Assert.Contains(specs, static output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(specs, static output => output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
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
