using System.Collections.Generic;
using System.Linq;
using I2sGen.Tests.CSharp;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.Generator;

/// <summary>
/// Declarations a new user may write that the generator accepts: the user's code plus everything generated must
/// compile for .NET (all warnings on, XML docs checked) without a single diagnostic that is not an I2S one, and the
/// binding must really be generated. Everything the generated code names is qualified with <c>global::</c> and
/// identifiers that are keywords are escaped, so user types and namespaces cannot capture them.
/// </summary>
public sealed class AwkwardDeclarationTests
{
    private const string Attribute = "[I2sMicrophone(Bck = 14, Ws = 15, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]";

    // A valid binding whose DMA buffers hold about 3.25e9 us of audio at 82 Hz: more than an int can hold.
    private const string LongLatency = "namespace Demo;\n[I2sMicrophone(Bck = 14, Ws = 15, Sdin = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 82, ApllRate = 20992, DmaCount = 260, DmaLength = 1024)]";

    public static TheoryData<string> Cases => new(Sources.Keys);

    private static readonly Dictionary<string, (string Source, string HintName)> Sources = new()
    {
        ["keyword class name"] = ("namespace Demo;\n" + Attribute + "\npublic partial class @class { }\n", "Demo.class.I2s.g.cs"),
        ["keyword namespace"] = ("namespace Demo.@event;\n" + Attribute + "\npublic partial class Mic { }\n", "Demo.event.Mic.I2s.g.cs"),
        ["base class with a parameterless constructor"] = ("namespace Demo;\npublic class Device { protected Device() { } }\n" + Attribute + "\npublic partial class Mic : Device { }\n", "Demo.Mic.I2s.g.cs"),
        ["global GeneratedCodeAttribute type"] = ("public sealed class GeneratedCodeAttribute : System.Attribute { public GeneratedCodeAttribute(string tool, string version) { } }\nnamespace Demo\n{\n" + Attribute + "\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["GeneratedCodeAttribute type in the binding's namespace"] = ("namespace Demo\n{\npublic sealed class GeneratedCodeAttribute : System.Attribute { }\n" + Attribute + "\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["type called System in the binding's namespace"] = ("namespace Demo\n{\npublic static class System { }\n" + Attribute + "\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["namespace called System inside the binding's namespace"] = ("namespace Demo.System\n{\npublic static class Helpers { }\n}\nnamespace Demo\n{\n" + Attribute + "\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["type called I2sGen in the binding's namespace"] = ("namespace Demo\n{\npublic static class I2sGen { }\n[global::I2sGen.I2sMicrophone(Bck = 14, Ws = 15, Sdin = 32, DataFormat = global::I2sGen.I2sDataFormat.B32, ChannelFormat = global::I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["types named like the framework types the generated code uses"] = ("namespace Demo\n{\npublic class GC { }\npublic class Math { }\npublic class Span<T> { }\npublic class IDisposable { }\npublic class ObjectDisposedException { }\npublic class I2sError { }\npublic class I2sException { }\npublic class Marshal { }\n" + Attribute + "\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["binding in the global namespace"] = (Attribute + "\ninternal partial class Mic { }\n", "Mic.I2s.g.cs"),
        ["latency above int.MaxValue microseconds"] = (LongLatency + "\npublic partial class Mic { }\n", "Demo.Mic.I2s.g.cs"),
        ["sealed class"] = ("namespace Demo;\n" + Attribute + "\npublic sealed partial class Mic { }\n", "Demo.Mic.I2s.g.cs"),
        ["namespace I2sGen.Host and a type called Microsoft in the binding's namespace"] = ("namespace I2sGen.Host { public static class NativeMethods { } }\nnamespace Demo\n{\npublic static class Microsoft { }\npublic static class Host { }\n" + Attribute + "\npublic partial class Mic { }\n}\n", "Demo.Mic.I2s.g.cs"),
        ["derived class overriding Dispose(bool)"] = ("namespace Demo;\n" + Attribute + "\npublic partial class Mic { }\npublic sealed class Recorder : Mic\n{\n    protected override void Dispose(bool disposing) => base.Dispose(disposing);\n}\n", "Demo.Mic.I2s.g.cs"),
    };

    public static TheoryData<string> DisposableBases => new(BaseSources.Keys);

    // Base classes that already have a member the generator adds: the generated one would hide it (CS0114/CS0108).
    private static readonly Dictionary<string, string> BaseSources = new()
    {
        ["base with public virtual Dispose()"] = "public class Device { public virtual void Dispose() { } }",
        ["base implementing IDisposable with a non-virtual Dispose"] = "public class Device : System.IDisposable { public void Dispose() { } }",
        ["base with protected virtual Dispose(bool)"] = "public abstract class Device : System.IDisposable\n{\n    public void Dispose() { Dispose(true); System.GC.SuppressFinalize(this); }\n    protected virtual void Dispose(bool disposing) { }\n}",
        ["base with protected virtual Dispose(bool) only"] = "public abstract class Device { protected virtual void Dispose(bool disposing) { } }",
        ["base two levels up with IsDisposed"] = "public class Root { public bool IsDisposed => false; }\npublic class Device : Root { }",
    };

    [Theory]
    [MemberData(nameof(DisposableBases))]
    public async System.Threading.Tasks.Task Base_with_a_generated_member_name_is_I2S0005_at_the_class_and_nothing_is_generated(string name)
    {
        var source = "using I2sGen;\nnamespace Demo;\n" + BaseSources[name] + "\n" + Attribute + "\npublic partial class Mic : Device { }\n";
        var run = GeneratorHarness.Run(source, assemblyName: WrapperConfigurations.AssemblyName);

        Assert.DoesNotContain("Demo.Mic.I2s.g.cs", run.CSharpSources.Keys);
        var analyzer = await I2sGen.Tests.Analyzers.AnalyzerRunner.RunAsync(source);
        var clash = Assert.Single(analyzer, static d => d.Id == "I2S0005");
        Assert.Contains("inherits", clash.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal("Mic", clash.Location.SourceTree!.ToString().Substring(clash.Location.SourceSpan.Start, clash.Location.SourceSpan.Length));

        // What is generated (the shared files, no binding) compiles with the user's code without a CS error.
        var sources = new[] { source }.Concat(run.CSharpSources.Values);
        var errors = WrapperCompilation.CompileForNet(sources).Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, name + ":\n" + TestCompilation.Describe(errors));
    }

    /// <summary>A type Microsoft in the global namespace: generated code names nothing under Microsoft, so it compiles cleanly.</summary>
    [Fact]
    public void Global_type_called_Microsoft()
    {
        const string source = "using I2sGen;\npublic static class Microsoft { }\nnamespace Demo\n{\n" + Attribute + "\npublic partial class Mic { }\n}\n";
        var run = GeneratorHarness.Run(source, assemblyName: WrapperConfigurations.AssemblyName);

        Assert.Contains("Demo.Mic.I2s.g.cs", run.CSharpSources.Keys);
        var diagnostics = WrapperCompilation.CompileForNet(new[] { source }.Concat(run.CSharpSources.Values))
            .Concat(run.GeneratorDiagnostics)
            .Where(static d => !d.Id.StartsWith("I2S", System.StringComparison.Ordinal) && d.Id != "CS1591")
            .ToList();
        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    /// <summary>
    /// A type System in the global namespace hides the namespace every generated file needs (global::System): the
    /// binding is not generated and I2S0011 says why at the class, instead of CS errors inside generated code.
    /// </summary>
    [Fact]
    public async System.Threading.Tasks.Task Global_type_called_System_is_I2S0011_and_nothing_is_generated()
    {
        const string source = "using I2sGen;\npublic static class System { }\nnamespace Demo\n{\n" + Attribute + "\npublic partial class Mic { }\n}\n";
        var run = GeneratorHarness.Run(source, assemblyName: WrapperConfigurations.AssemblyName);

        Assert.DoesNotContain("Demo.Mic.I2s.g.cs", run.CSharpSources.Keys);
        var analyzer = await I2sGen.Tests.Analyzers.AnalyzerRunner.RunAsync(source);
        var ids = analyzer.Where(static d => d.Id.StartsWith("I2S", System.StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error).ToList();
        var notGenerated = Assert.Single(ids, static d => d.Id == "I2S0011");
        Assert.True(ids.Count == 1, string.Join("\n", ids));
        Assert.Contains("named System", notGenerated.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        AssertNoErrorInGeneratedCode(source, run);
    }

    /// <summary>
    /// A type I2sGen in the global namespace hides the attributes' namespace from the user's code too: the attribute
    /// does not resolve (the user's own CS error), no binding is seen, and nothing generated adds an error.
    /// </summary>
    [Fact]
    public void Global_type_called_I2sGen_generates_nothing_that_fails()
    {
        const string source = "public static class I2sGen { }\nnamespace Demo\n{\n[global::I2sGen.I2sMicrophone(Bck = 14, Ws = 15, Sdin = 32, DataFormat = global::I2sGen.I2sDataFormat.B32, ChannelFormat = global::I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\npublic partial class Mic { }\n}\n";
        var run = GeneratorHarness.Run(source, assemblyName: WrapperConfigurations.AssemblyName);

        Assert.DoesNotContain("Demo.Mic.I2s.g.cs", run.CSharpSources.Keys);
        AssertNoErrorInGeneratedCode(source, run);
    }

    private static void AssertNoErrorInGeneratedCode(string source, GeneratorRun run)
    {
        var sources = new[] { source }.Concat(run.CSharpSources.Values).ToList();
        var inGenerated = WrapperCompilation.CompileForNet(sources)
            .Where(static d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && !tree.ToString().Contains("public partial class Mic { }", System.StringComparison.Ordinal))
            .ToList();
        Assert.True(inGenerated.Count == 0, TestCompilation.Describe(inGenerated));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_diagnostics(string name)
    {
        var (source, hintName) = Sources[name];
        var run = GeneratorHarness.Run("using I2sGen;\n" + source, assemblyName: WrapperConfigurations.AssemblyName);

        Assert.Contains(hintName, run.CSharpSources.Keys);
        var sources = new[] { "using I2sGen;\n" + source }.Concat(run.CSharpSources.Values);
        var diagnostics = WrapperCompilation.CompileForNet(sources)
            .Concat(run.GeneratorDiagnostics)
            .Where(static d => !d.Id.StartsWith("I2S", System.StringComparison.Ordinal) && d.Id != "CS1591")
            .ToList();
        Assert.True(diagnostics.Count == 0, name + ":\n" + TestCompilation.Describe(diagnostics));
    }

    [Fact]
    public void Latency_above_int_range_is_a_long_constant_with_its_exact_value()
    {
        var run = GeneratorHarness.Run("using I2sGen;\n" + Sources["latency above int.MaxValue microseconds"].Source, assemblyName: WrapperConfigurations.AssemblyName);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        var line = run.CSharpSources["Demo.Mic.I2s.g.cs"].Split('\n').Single(static l => l.Contains(" BufferedLatencyMicroseconds = ", System.StringComparison.Ordinal));
        Assert.Contains("public const long BufferedLatencyMicroseconds = ", line, System.StringComparison.Ordinal);
        var value = long.Parse(line.Substring(line.IndexOf('=', System.StringComparison.Ordinal) + 1).TrimEnd(';', ' ', '\r'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(value > int.MaxValue, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
