using System;
using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Emit;
using I2sGen.Generator.NanoFramework;
using Microsoft.CodeAnalysis;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// GeneratedMembers is the one list of generated member names (the clash analyzer and the C interop stubs rely on
/// it): it must name exactly what the wrapper declares, on both backends, and spell the interop natives as the
/// nanoFramework metadata processor does.
/// </summary>
public sealed class GeneratedMembersTests
{
    [Theory]
    [InlineData("Inmp441Esp32", true)]
    [InlineData("Max98357Speaker", false)]
    public void Generated_members_are_exactly_the_listed_ones(string name, bool receive)
    {
        var configuration = WrapperConfigurations.Get(name);
        var (sources, _) = WrapperCompilation.SourcesOf(configuration);

        var onNet = MemberNames(WrapperCompilation.CreateNetCompilation(sources), configuration);
        var onNano = MemberNames(NanoSurfaceCompiler.CreateUserCompilation(sources), configuration);

        var listed = GeneratedMembers.For(receive).OrderBy(static n => n, StringComparer.Ordinal);
        Assert.Equal(listed, onNet.Union(onNano).OrderBy(static n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void All_lists_each_name_once()
    {
        Assert.Equal(GeneratedMembers.All.Count, GeneratedMembers.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_interop_assembly_methods_follow_the_metadata_processor_naming()
    {
        var compilation = NanoSurfaceCompiler.CreateInteropCompilation();
        Assert.Empty(compilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        var type = compilation.GetTypeByMetadataName(InteropAssembly.ManagedType)!;
        var natives = type.GetMembers().OfType<IMethodSymbol>().Where(static method => method.MethodKind == MethodKind.Ordinary).ToList();
        Assert.All(natives, static method => Assert.True(method.IsStatic && method.IsExtern));
        Assert.Equal(InteropAssembly.Methods, natives.Select(NanoName));
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

    // shared/reference/nanoframework.md §4.4: Name + ___STATIC__ + return token + __ + parameter tokens.
    private static string NanoName(IMethodSymbol method) =>
        method.Name + (method.IsStatic ? "___STATIC__" : "___")
        + string.Join("__", new[] { Token(method.ReturnType) }.Concat(method.Parameters.Select(static p => (p.RefKind == RefKind.None ? string.Empty : "BYREF_") + Token(p.Type))));

    private static string Token(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => "SZARRAY_" + Token(array.ElementType),
        { SpecialType: SpecialType.System_Int32 } => "I4",
        { SpecialType: SpecialType.System_Byte } => "U1",
        { SpecialType: SpecialType.System_Void } => "VOID",
        _ => type.ToDisplayString().Replace(".", string.Empty, StringComparison.Ordinal),
    };
}
