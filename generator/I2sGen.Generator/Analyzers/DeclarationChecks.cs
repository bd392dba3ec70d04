using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using I2sGen.Generator.Parsing;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// The declaration rules of a binding class: it must be a partial, non-static, non-generic, top-level class
/// (the generator adds the other half of it: I2S0001, I2S0002), and it must not declare what the generator adds
/// (I2S0005).
/// </summary>
internal static class DeclarationChecks
{
    public static void Report(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        var declarations = type.DeclaringSyntaxReferences
            .Where(static reference => !DeclarationRules.IsGeneratedTree(reference.SyntaxTree))
            .Select(reference => reference.GetSyntax(context.CancellationToken))
            .OfType<TypeDeclarationSyntax>()
            .ToList();
        if (declarations.Count == 0)
        {
            return;
        }

        if (!DeclarationParser.IsPartial(type))
        {
            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.Get(RuleCatalog.ClassNotPartial.Id), declarations[0].Identifier.GetLocation(),
                $"{type.Name} carries an I2S binding attribute but is not partial; declare it 'partial class {type.Name}' so the generator can add the constructor, ReadInto/Write and Dispose"));
        }

        var shape = UnsupportedShape(type);
        if (shape is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.Get(RuleCatalog.UnsupportedClassShape.Id), declarations[0].Identifier.GetLocation(),
                $"{type.Name} is {shape}; an I2S binding must be a non-static, non-generic, top-level partial class, so {Remedy(shape)}"));
        }
    }

    public static void ReportMemberClashes(SymbolAnalysisContext context, INamedTypeSymbol type, bool isReceive)
    {
        foreach (var member in DeclarationRules.ClashingMembers(type, isReceive))
        {
            var location = member.Locations.FirstOrDefault(static l => l.IsInSource) ?? Location.None;
            var what = member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor } => "a parameterless constructor",
                IMethodSymbol { MethodKind: MethodKind.Destructor } => "a finalizer",
                _ => "a member named " + member.Name,
            };
            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.Get(RuleCatalog.MemberNameClash.Id), location,
                $"{type.Name} declares {what}, which the generator adds to every I2S binding; rename or remove it (wrap the binding in another class to add behaviour)"));
        }
    }

    private static string? UnsupportedShape(INamedTypeSymbol type)
    {
        if (type.IsRecord)
        {
            return "a record";
        }

        if (type.IsStatic)
        {
            return "static";
        }

        if (type.IsGenericType)
        {
            return "generic";
        }

        if (type.ContainingType is { } outer)
        {
            return HasGenericContainer(outer) ? "nested in a generic type (" + outer.Name + ")" : "nested in " + outer.Name;
        }

        return null;
    }

    private static bool HasGenericContainer(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static string Remedy(string shape) => shape switch
    {
        "a record" => "declare it as a class",
        "static" => "remove 'static'",
        "generic" => "remove the type parameters",
        _ => "move it out of its containing type (the generator emits top-level classes only)",
    };
}
