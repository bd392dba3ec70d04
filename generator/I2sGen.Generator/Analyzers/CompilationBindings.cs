using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parsing;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// All bindings of a compilation and what <see cref="CrossBindingRules"/> finds between them, computed once per
/// compilation on first use. The symbol action of each class reports its own share, so the diagnostics are local
/// (shown live in the editor, fixable by the code fixes) although they depend on other classes.
/// </summary>
internal sealed class CompilationBindings
{
    private readonly Lazy<Computed> _computed;

    public CompilationBindings(Compilation compilation, Dictionary<INamedTypeSymbol, BindingKind> bindingAttributes, TargetConfig target) =>
        _computed = new(() => Compute(compilation, bindingAttributes, target), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<(RuleViolation Violation, AttributeData Attribute)> For(INamedTypeSymbol type) =>
        _computed.Value.Findings.TryGetValue(type, out var found) ? found : Array.Empty<(RuleViolation, AttributeData)>();

    /// <summary>
    /// The replacement pins of a class's own pin rules, taken from the plan for all bindings so that they avoid the
    /// pins and the suggestions of the others; null for a class that is not among them.
    /// </summary>
    public Func<PinRole, string?>? PinsFor(INamedTypeSymbol type) =>
        _computed.Value.Pins.TryGetValue(type, out var pins) ? pins : null;

    private static Computed Compute(
        Compilation compilation, Dictionary<INamedTypeSymbol, BindingKind> bindingAttributes, TargetConfig target)
    {
        var bindings = new List<(INamedTypeSymbol Type, AttributeData Attribute, BindingEntry Entry, string Path, int Position)>();
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is not { } attributeClass || !bindingAttributes.TryGetValue(attributeClass, out var kind))
                {
                    continue;
                }

                // Only the first binding attribute counts (a second one is I2S0008); unreadable ones are I2S0004.
                var parsed = BindingParser.Parse(attribute, kind);
                if (parsed.IsComplete)
                {
                    var reference = attribute.ApplicationSyntaxReference;
                    bindings.Add((type, attribute, new BindingEntry(type.ToDisplayString(), CName.From(type.Name), parsed.Config),
                        reference?.SyntaxTree.FilePath ?? string.Empty, reference?.Span.Start ?? 0));
                }

                break;
            }
        }

        // Source order decides which of two clashing bindings is reported ("the later one"), whatever order the
        // symbols were visited in.
        var ordered = bindings
            .OrderBy(static b => b.Path, StringComparer.Ordinal)
            .ThenBy(static b => b.Position)
            .ThenBy(static b => b.Entry.Name, StringComparer.Ordinal)
            .ToList();
        var entries = ordered.Select(static b => b.Entry).ToList();
        var plan = PinPlan.Create(entries, target);
        var pins = new Dictionary<INamedTypeSymbol, Func<PinRole, string?>>(SymbolEqualityComparer.Default);
        for (var index = 0; index < ordered.Count; index++)
        {
            pins[ordered[index].Type] = plan.For(index);
        }

        var result = new Dictionary<INamedTypeSymbol, List<(RuleViolation, AttributeData)>>(SymbolEqualityComparer.Default);
        foreach (var found in CrossBindingRules.Check(entries, target, plan))
        {
            var binding = ordered[found.BindingIndex];
            if (!result.TryGetValue(binding.Type, out var list))
            {
                result[binding.Type] = list = new List<(RuleViolation, AttributeData)>();
            }

            list.Add((found.Violation, binding.Attribute));
        }

        return new Computed(result, pins);
    }

    private sealed record Computed(
        Dictionary<INamedTypeSymbol, List<(RuleViolation Violation, AttributeData Attribute)>> Findings,
        Dictionary<INamedTypeSymbol, Func<PinRole, string?>> Pins);

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            foreach (var nested in WithNested(type))
            {
                yield return nested;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in SourceTypes(child))
            {
                yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var inner in WithNested(nested))
            {
                yield return inner;
            }
        }
    }
}
