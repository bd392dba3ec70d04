using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using I2sGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace I2sGen.Benchmarks;

/// <summary>
/// What the generator adds to a build. Baseline: the compiler binding the same source (GetDiagnostics) without the
/// generator. Measured: a cold build with the generator (including compiling the generated code), the generator
/// alone, and the warm re-run after an unrelated edit (the IDE's keystroke path).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [Params(1, 16)]
    public int Bindings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Create(Source(Bindings, "1"));
        _edited = Create(Source(Bindings, "2"));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "compiler binding only")]
    public int CompileOnly() => Create(Source(Bindings, "1")).GetDiagnostics().Length;

    [Benchmark(Description = "compiler binding + generator (cold)")]
    public int CompileWithGenerator()
    {
        var compilation = Create(Source(Bindings, "1"));
        NewDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output.GetDiagnostics().Length;
    }

    [Benchmark(Description = "generator alone (cold, output not compiled)")]
    public int GeneratorOnly() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "generator re-run after unrelated edit")]
    public int WarmRerun() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new I2sBindingGenerator().AsSourceGenerator());

    private static string Source(int bindings, string unrelated)
    {
        var text = new StringBuilder("using I2sGen;\nnamespace Bench;\n");
        for (var i = 0; i < bindings; i++)
        {
            text.Append("[I2sMicrophone(Bus = 0, Bck = 14, Ws = 13, Sdin = 34, DataFormat = I2sDataFormat.B32, ")
                .Append("ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = ").Append(8000 + (i * 1000))
                .Append(", DmaCount = 8, DmaLength = 256)]\npublic partial class Mic").Append(i).Append(" { }\n");
        }

        text.Append("public static class Unrelated { public static int Value => ").Append(unrelated).Append("; }\n");
        return text.ToString();
    }

    private static CSharpCompilation Create(string source) => CSharpCompilation.Create(
        "Bench",
        new[] { CSharpSyntaxTree.ParseText(source) },
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(static () =>
        new[] { typeof(object).Assembly, typeof(I2sMicrophoneAttribute).Assembly, Assembly.Load("System.Runtime"), Assembly.Load("netstandard") }
            .Select(static assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location))
            .ToImmutableArray());
}
