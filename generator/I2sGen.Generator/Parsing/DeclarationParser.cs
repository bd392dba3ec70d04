using Microsoft.CodeAnalysis;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Parsing;

/// <summary>Reads a class with a binding attribute into the pipeline's first, symbol-free model.</summary>
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

        // A class that breaks a declaration rule cannot take the generated half (it would not compile), so it is
        // not generated; the analyzer reports the same violations at the declaration.
        var generatable = DeclarationRules.Check(type, DeclarationRules.BindingAttributeNames(type), parsed).Count == 0;
        return new DeclaredBinding(ns, type.Name, AccessibilityText(type), type.IsSealed, generatable, parsed.IsComplete, parsed.Config);
    }

    private static string AccessibilityText(INamedTypeSymbol type) => type.DeclaredAccessibility switch
    {
        Accessibility.Public => "public",
        _ => "internal",
    };
}
