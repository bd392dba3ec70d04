using System;
using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// GeneratedMembers is the one list of generated member names (the clash analyzer and the C interop stubs rely on
/// it): it must name exactly what the wrapper declares, on both backends; the natives live in I2sGen.Interop, not in
/// the wrapper.
/// </summary>
public sealed class GeneratedMembersTests
{
    [Theory]
    [InlineData("Inmp441Esp32", true)]
    [InlineData("Max98357Speaker", false)]
    [InlineData("Inmp441Part", true, true)]
    [InlineData("Max98357Part", false, true)]
    public void GeneratedMembersAreExactlyTheListedOnes(string name, bool receive, bool hasPart = false)
    {
        var configuration = WrapperConfigurations.Get(name);
        var (sources, _) = WrapperCompilation.SourcesOf(configuration);

        var onNet = MemberNames(WrapperCompilation.CreateNetCompilation(sources), configuration);
        var onNano = MemberNames(NanoCompiler.CreateUserCompilation(sources), configuration);

        var listed = GeneratedMembers.For(receive, hasPart).OrderBy(static n => n, StringComparer.Ordinal);
        Assert.Equal(listed, onNet.Union(onNano).OrderBy(static n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void AllListsEachNameOnce()
    {
        Assert.Equal(GeneratedMembers.All.Count, GeneratedMembers.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void WrappersDeclareNoNativeMethods()
    {
        // The natives live in the fixed assembly I2sGen.Interop (tests/I2sGen.Tests/NanoFramework/InteropAssemblyTests.cs
        // checks its lookup table); a native in the user's app would need a table that changes with every edit.
        var configurations = new[] { WrapperConfigurations.Get("Inmp441Esp32"), WrapperConfigurations.Get("Max98357Speaker") };
        var types = configurations.Select(static configuration =>
        {
            var (sources, _) = WrapperCompilation.SourcesOf(configuration);
            return NanoCompiler.CreateUserCompilation(sources).GetTypeByMetadataName("Demo.Audio." + configuration.ClassName)!;
        }).ToList();

        Assert.Equal(2, types.Count);
        Assert.All(types, static type => Assert.DoesNotContain(type.GetMembers().OfType<IMethodSymbol>(), static method => method.IsExtern));
    }

    private static IEnumerable<string> MemberNames(Compilation compilation, WrapperConfiguration configuration)
    {
        var type = compilation.GetTypeByMetadataName("Demo.Audio." + configuration.ClassName)
            ?? throw new InvalidOperationException(configuration.ClassName + " not found");
        // The constructor and finalizer are not named members; the clash analyzer recognises them by kind.
        Assert.Contains(type.InstanceConstructors, static ctor => ctor.Parameters.Length == 0 && !ctor.IsImplicitlyDeclared);
        Assert.Contains(type.GetMembers(GeneratedMembers.Finalizer), static member => member is IMethodSymbol { MethodKind: MethodKind.Destructor });
        return type.GetMembers()
            .Where(static member => !member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Destructor or MethodKind.PropertyGet })
            .Select(static member => member.MetadataName)
            .Distinct();
    }
}
