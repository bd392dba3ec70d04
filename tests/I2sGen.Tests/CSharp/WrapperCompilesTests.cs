using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// The generated wrapper compiles with zero diagnostics, warnings and XML-doc checks included, on both targets:
/// .NET 10 (host backend) and nanoFramework (interop backend, against the real mscorlib of nanoFramework.CoreLibrary
/// 1.17.11 and I2sGen's device assemblies, at C# 9).
/// </summary>
public sealed class WrapperCompilesTests
{
    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void CompilesForNetWithoutDiagnostics(string name)
    {
        var (sources, _) = WrapperCompilation.SourcesOf(WrapperConfigurations.Get(name));

        var diagnostics = WrapperCompilation.CompileForNet(sources);

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void CompilesForNetAtCsharp9(string name)
    {
        var (sources, _) = WrapperCompilation.SourcesOf(WrapperConfigurations.Get(name));

        var diagnostics = WrapperCompilation.CompileForNet(sources, LanguageVersion.CSharp9);

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    [Theory]
    [MemberData(nameof(WrapperConfigurations.Names), MemberType = typeof(WrapperConfigurations))]
    public void CompilesForNanoframeworkWithoutDiagnostics(string name)
    {
        var (sources, _) = WrapperCompilation.SourcesOf(WrapperConfigurations.Get(name));

        var diagnostics = NanoCompiler.CompileUserCode(sources);

        Assert.True(diagnostics.Count == 0, TestCompilation.Describe(diagnostics));
    }

    [Fact]
    public void RuntimeCompilesForNanoframeworkWithoutDiagnostics()
    {
        Assert.True(NanoCompiler.RuntimeDiagnostics.Count == 0, TestCompilation.Describe(NanoCompiler.RuntimeDiagnostics));
    }

    [Fact]
    public void NanoframeworkCompilationRejectsWhatStableNanoframeworkLacks()
    {
        // Proves the nanoFramework check has teeth: the host backend's Span<T>, and generics in general, do not compile there.
        var diagnostics = NanoCompiler.CompileUserCode(new[]
        {
            "namespace Demo { internal static class UsesSpan { internal static int Length(System.Span<byte> s) => s.Length; } }",
        });

        Assert.Contains(diagnostics, static d => d.Id == "CS0234");
    }

    [Fact]
    public void HostBackendWouldNotCompileOnNanoframework()
    {
        // The #if matters: dropping NANOFRAMEWORK_1_0's branch selection makes the nano build fail.
        var (sources, generated) = WrapperCompilation.SourcesOf(WrapperConfigurations.Get("Inmp441Esp32"));
        var hostOnly = generated.Select(static text => text.Replace("#if NANOFRAMEWORK_1_0", "#if NEVER_DEFINED", System.StringComparison.Ordinal));

        var diagnostics = NanoCompiler.CompileUserCode(new[] { sources[0] }.Concat(hostOnly));

        Assert.Contains(diagnostics, static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
