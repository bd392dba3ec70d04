using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Parsing;

/// <summary>The shape checks a class must pass before the generator can add its other half.</summary>
internal static class DeclarationParser
{
    public static DeclaredBinding? Parse(INamedTypeSymbol type, AttributeData attribute)
    {
        var kind = AttributeNames.KindOf(attribute.AttributeClass?.ToDisplayString());
        if (kind is null)
        {
            return null;
        }

        var parsed = BindingParser.Parse(attribute, kind.Value);
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        // Two binding attributes (I2S0008) or a member the generator would add again (I2S0005) make the generated
        // half uncompilable, so such a class is not generated; the analyzer says why.
        var generatable = IsGeneratable(type)
            && DeclarationRules.BindingAttributeCount(type) == 1
            && DeclarationRules.ClashingMembers(type, parsed.Config.IsReceive).Count == 0;
        return new DeclaredBinding(ns, type.Name, AccessibilityText(type), generatable, parsed.IsComplete, parsed.Config);
    }

    public static bool IsPartial(INamedTypeSymbol type) => type.DeclaringSyntaxReferences
        .Select(static reference => reference.GetSyntax())
        .OfType<TypeDeclarationSyntax>()
        .Any(static declaration => declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>Static, generic, nested and record classes cannot take the generated members (I2S0002).</summary>
    public static bool HasUnsupportedShape(INamedTypeSymbol type) =>
        type.IsStatic || type.IsGenericType || type.ContainingType is not null || type.TypeKind != TypeKind.Class || type.IsRecord;

    public static bool IsGeneratable(INamedTypeSymbol type) => IsPartial(type) && !HasUnsupportedShape(type);

    private static string AccessibilityText(INamedTypeSymbol type) => type.DeclaredAccessibility switch
    {
        Accessibility.Public => "public",
        _ => "internal",
    };
}
