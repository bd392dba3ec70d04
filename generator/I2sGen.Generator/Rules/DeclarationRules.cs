using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The declaration rules of a binding class, the one place that decides whether the generator can add the other
/// half of it: the class is partial (I2S0001), of a shape that can take the generated members (I2S0002), carries
/// one binding attribute (I2S0008) whose arguments are constants (I2S0004), and declares nothing the generator
/// adds (I2S0005, <see cref="GeneratedMembers"/>). The analyzer reports the violations; the parser refuses a class
/// with any, so the generator never emits code that cannot compile.
/// </summary>
internal static class DeclarationRules
{
    /// <summary>
    /// Checks a class; <paramref name="attributeNames"/> are the short names of its binding attributes in source order
    /// (the first is the binding, <paramref name="parsed"/> its arguments).
    /// </summary>
    public static List<DeclarationViolation> Check(INamedTypeSymbol type, IReadOnlyList<string> attributeNames, ParsedBinding parsed)
    {
        var found = new List<DeclarationViolation>();
        for (var extra = 1; extra < attributeNames.Count; extra++)
        {
            found.Add(new(DeclarationSite.Attribute, Violation(RuleCatalog.MultipleBindingAttributes,
                $"{type.Name} already has [{attributeNames[0]}]; a class is one binding, so remove [{attributeNames[extra]}] or move it to a class of its own"),
                AttributeIndex: extra));
        }

        if (!IsPartial(type))
        {
            found.Add(new(DeclarationSite.ClassName, Violation(RuleCatalog.ClassNotPartial,
                $"{type.Name} carries an I2S binding attribute but is not partial; declare it 'partial class {type.Name}' so the generator can add the constructor, ReadInto/Write and Dispose")));
        }

        if (UnsupportedShape(type) is { } shape)
        {
            found.Add(new(DeclarationSite.ClassName, Violation(RuleCatalog.UnsupportedClassShape,
                $"{type.Name} is {shape.What}; an I2S binding must be a non-static, non-generic, top-level partial class, so {shape.Remedy}")));
        }

        if (type.ContainingAssembly?.GlobalNamespace.GetTypeMembers("System").Length > 0)
        {
            // Generated code names framework types as global::System.X; a type System in the global namespace takes that
            // name over (CS0437), and no qualification can reach the namespace again.
            found.Add(new(DeclarationSite.ClassName, Violation(RuleCatalog.BindingNotGenerated,
                $"{type.Name} was not generated: this assembly declares a type named System in the global namespace, which hides the System namespace that the generated code needs (global::System.IDisposable, ...); rename that type or move it into a namespace")));
        }

        if (BaseWithoutParameterlessConstructor(type) is { } baseType)
        {
            found.Add(new(DeclarationSite.ClassName, Violation(RuleCatalog.BaseWithoutParameterlessConstructor,
                $"{type.Name} derives from {baseType.Name}, which has no parameterless constructor that {type.Name} can call; the generated constructor calls base(), so give {baseType.Name} one (protected is enough) or do not derive from it")));
        }

        if (!parsed.IsComplete)
        {
            foreach (var argument in parsed.UnreadableArguments)
            {
                found.Add(new(DeclarationSite.Argument, Violation(RuleCatalog.ArgumentNotConstant,
                    $"The value of {argument} cannot be read at compile time; write a constant (a number, or an I2sGen enum member) so the binding can be checked and generated"),
                    ArgumentName: argument));
            }

            // Which members clash depends on the direction, which an unreadable Mode leaves open.
            return found;
        }

        foreach (var member in ClashingMembers(type, parsed.Config.IsReceive, Parts.PartCatalog.Find(parsed.Config.Part.Part) is not null))
        {
            var what = member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor } => "a parameterless constructor",
                IMethodSymbol { MethodKind: MethodKind.Destructor } => "a finalizer",
                _ => "a member named " + member.Name,
            };
            found.Add(new(DeclarationSite.Member, Violation(RuleCatalog.MemberNameClash,
                $"{type.Name} declares {what}, which the generator adds to every I2S binding; rename or remove it (wrap the binding in another class to add behaviour)"),
                Member: member));
        }

        foreach (var (member, owner) in InheritedClashes(type, parsed.Config.IsReceive))
        {
            found.Add(new(DeclarationSite.ClassName, Violation(RuleCatalog.MemberNameClash,
                $"{type.Name} inherits {member.Name} from {owner.Name}, and the generator adds a member named {member.Name} to every I2S binding, which would hide the inherited one (CS0108/CS0114: the generated Dispose cannot take part in {owner.Name}'s dispose pattern); rename it in {owner.Name}, or keep the binding in a field of your class instead of deriving the binding from {owner.Name}")));
        }

        return found;
    }

    /// <summary>
    /// Members of base classes (other than object) that a generated member of the same name would hide: anything
    /// the binding class can see, e.g. a base's <c>Dispose()</c>, <c>virtual Dispose(bool)</c> or <c>IsDisposed</c>.
    /// One entry per name, from the nearest base.
    /// </summary>
    public static List<(ISymbol Member, INamedTypeSymbol Owner)> InheritedClashes(INamedTypeSymbol type, bool isReceive)
    {
        var names = new HashSet<string>(GeneratedMembers.For(isReceive), StringComparer.Ordinal);
        var clashes = new List<(ISymbol, INamedTypeSymbol)>();
        for (var baseType = type.BaseType; baseType is { SpecialType: not SpecialType.System_Object }; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member.DeclaredAccessibility == Accessibility.Private
                    || member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor })
                {
                    continue;
                }

                if (names.Remove(member.Name))
                {
                    clashes.Add((member, baseType));
                }
            }
        }

        return clashes;
    }

    /// <summary>The short names ([I2sMicrophone] → <c>I2sMicrophone</c>) of the binding attributes a class carries, in source order.</summary>
    public static List<string> BindingAttributeNames(INamedTypeSymbol type)
    {
        var names = new List<string>();
        foreach (var attribute in type.GetAttributes())
        {
            if (AttributeNames.KindOf(attribute.AttributeClass?.ToDisplayString()) is not null)
            {
                names.Add(ShortName(attribute));
            }
        }

        return names;
    }

    public static string ShortName(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.Name ?? "I2s";
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static RuleViolation Violation(Rule rule, string message) => new(rule.Id, BindingArgument.None, message);

    private static bool IsPartial(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && HasModifier(declaration, "partial"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Why the generated half cannot join the class, or null: a record, struct or interface, a static, generic,
    /// nested or file-local class. (Roslyn 4.3, which the generator targets, has no <c>IsFileLocal</c>; the
    /// <c>file</c> modifier is read from the syntax.)
    /// </summary>
    private static (string What, string Remedy)? UnsupportedShape(INamedTypeSymbol type)
    {
        if (type.IsRecord)
        {
            return ("a record", "declare it as a class");
        }

        if (type.TypeKind != TypeKind.Class)
        {
            return ("a " + type.TypeKind.ToString().ToLowerInvariant(), "declare it as a class");
        }

        if (type.IsStatic)
        {
            return ("static", "remove 'static'");
        }

        if (type.IsGenericType)
        {
            return ("generic", "remove the type parameters");
        }

        if (type.ContainingType is { } outer)
        {
            return (HasGenericContainer(outer) ? "nested in a generic type (" + outer.Name + ")" : "nested in " + outer.Name,
                "move it out of its containing type (the generator emits top-level classes only)");
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && HasModifier(declaration, "file"))
            {
                return ("file-local", "remove 'file' (the generated half lives in another file, which cannot see a file-local class)");
            }
        }

        return null;
    }

    /// <summary>
    /// The base class, when the generated parameterless constructor's implicit <c>base()</c> would not compile:
    /// no instance constructor callable without arguments (all parameters optional counts) and accessible to a
    /// derived class. Null for object and for a base the compiler cannot resolve (that is its own error).
    /// </summary>
    private static INamedTypeSymbol? BaseWithoutParameterlessConstructor(INamedTypeSymbol type)
    {
        if (type.BaseType is not { SpecialType: not SpecialType.System_Object, TypeKind: TypeKind.Class } baseType)
        {
            return null;
        }

        foreach (var constructor in baseType.InstanceConstructors)
        {
            var callable = constructor.Parameters.All(static p => p.IsOptional || p.IsParams);
            var accessible = constructor.DeclaredAccessibility switch
            {
                Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal => true,
                Accessibility.Internal or Accessibility.ProtectedAndInternal => SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, type.ContainingAssembly),
                _ => false,
            };
            if (callable && accessible)
            {
                return null;
            }
        }

        return baseType;
    }

    private static bool HasModifier(TypeDeclarationSyntax declaration, string modifier)
    {
        foreach (var token in declaration.Modifiers)
        {
            if (token.ValueText == modifier)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>User-declared members of <paramref name="type"/> whose names or kinds the generator also adds.</summary>
    public static List<ISymbol> ClashingMembers(INamedTypeSymbol type, bool isReceive, bool hasPart = false)
    {
        var names = new HashSet<string>(GeneratedMembers.For(isReceive, hasPart), StringComparer.Ordinal);
        var clashes = new List<ISymbol>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || IsGeneratedOnly(member))
            {
                continue;
            }

            var clash = member switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false, Parameters.Length: 0 } => GeneratedMembers.AddsParameterlessConstructor,
                IMethodSymbol { MethodKind: MethodKind.Destructor } => GeneratedMembers.AddsFinalizer,
                IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } => false,
                _ => names.Contains(member.Name),
            };
            if (clash)
            {
                clashes.Add(member);
            }
        }

        return clashes;
    }

    /// <summary>
    /// Whether a member exists only in generated code: the analyzer sees the generator's half of the class, which
    /// must not clash with itself. Generated files are named *.g.cs or start with an &lt;auto-generated&gt; comment.
    /// </summary>
    public static bool IsGeneratedOnly(ISymbol member)
    {
        if (member.DeclaringSyntaxReferences.Length == 0)
        {
            return false;
        }

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (!IsGeneratedTree(reference.SyntaxTree))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsGeneratedTree(SyntaxTree tree)
    {
        var path = tree.FilePath ?? string.Empty;
        if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = tree.GetText();
        var head = text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(0, Math.Min(200, text.Length)));
        return head.IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
