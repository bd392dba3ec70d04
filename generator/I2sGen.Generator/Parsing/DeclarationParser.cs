using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I2sGen.Generator.Model;

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
        return new DeclaredBinding(ns, type.Name, AccessibilityText(type), IsGeneratable(type), parsed.IsComplete, parsed.Config);
    }

    public static bool IsPartial(INamedTypeSymbol type) => type.DeclaringSyntaxReferences
        .Select(static reference => reference.GetSyntax())
        .OfType<TypeDeclarationSyntax>()
        .Any(static declaration => declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>Static, generic and nested classes cannot take the generated members (I2S0002).</summary>
    public static bool HasUnsupportedShape(INamedTypeSymbol type) =>
        type.IsStatic || type.IsGenericType || type.ContainingType is not null || type.TypeKind != TypeKind.Class;

    public static bool IsGeneratable(INamedTypeSymbol type) => IsPartial(type) && !HasUnsupportedShape(type);

    private static string AccessibilityText(INamedTypeSymbol type) => type.DeclaredAccessibility switch
    {
        Accessibility.Public => "public",
        _ => "internal",
    };
}
