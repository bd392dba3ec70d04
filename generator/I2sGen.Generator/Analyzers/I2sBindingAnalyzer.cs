using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using I2sGen.Generator.Model;
using I2sGen.Generator.NanoFramework;
using I2sGen.Generator.Parsing;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// Reports every I2sGen rule. Per class: the declaration rules and the rule engine (<see cref="BindingRules"/>, the
/// one the generator uses to refuse invalid bindings) and the rules that compare bindings (<see cref="CrossBindingRules"/>,
/// computed once per compilation and reported on the class they concern). Per compilation: the target checks. Diagnostics come from here and not from the
/// generator so they are incremental, suppressible and configurable like any analyzer's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class I2sBindingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var bindingAttributes = ResolveBindingAttributes(start.Compilation);
            if (bindingAttributes.Count == 0)
            {
                return;
            }

            var attributeInputs = TargetResolver.ReadAttribute(start.Compilation.Assembly);
            var propertyInputs = TargetResolver.ReadProperties(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var target = TargetResolver.Resolve(attributeInputs, propertyInputs);
            var targetFindings = TargetRules.Check(attributeInputs, propertyInputs);
            ChecksumRuleOption.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out var invalidChecksumRule);
            if (invalidChecksumRule is not null)
            {
                targetFindings.Add(TargetRules.InvalidChecksumRule(invalidChecksumRule));
            }

            var rateBudget = RateBudget.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out var invalidRateBudget);
            if (invalidRateBudget is not null)
            {
                targetFindings.Add(TargetRules.InvalidRateBudget(invalidRateBudget));
            }

            var targetAttribute = FindTargetAttribute(start.Compilation);
            start.RegisterSyntaxTreeAction(tree => ReportTargetOverrides(tree, targetAttribute, targetFindings));
            start.RegisterCompilationEndAction(end => ReportBuildProperties(end, targetFindings));

            // A target the ESP-IDF release cannot build (I2S0012, I2S0013, I2S0014, I2S0016) is the one error to fix
            // first; judging pins, DMA and clocks against hardware that release does not offer would only add noise.
            if (!TargetRules.IsUsable(target))
            {
                return;
            }

            var compilationBindings = new CompilationBindings(start.Compilation, bindingAttributes, target);

            start.RegisterSymbolAction(
                symbol => AnalyzeType(symbol, bindingAttributes, target, compilationBindings, rateBudget),
                SymbolKind.NamedType);
            if (target.Backend == Backend.Stock)
            {
                start.RegisterOperationAction(operation => StockTimeoutCalls.Analyze(operation, bindingAttributes), OperationKind.Invocation);
            }
        });
    }

    private static Dictionary<INamedTypeSymbol, BindingKind> ResolveBindingAttributes(Compilation compilation)
    {
        var resolved = new Dictionary<INamedTypeSymbol, BindingKind>(SymbolEqualityComparer.Default);
        foreach (var name in AttributeNames.Bindings)
        {
            if (compilation.GetTypeByMetadataName(name) is { } symbol && AttributeNames.KindOf(name) is { } kind)
            {
                resolved[symbol] = kind;
            }
        }

        return resolved;
    }

    private static AttributeData? FindTargetAttribute(Compilation compilation)
    {
        var symbol = compilation.GetTypeByMetadataName(AttributeNames.Target);
        return symbol is null
            ? null
            : compilation.Assembly.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbol));
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context,
        Dictionary<INamedTypeSymbol, BindingKind> bindingAttributes,
        TargetConfig target,
        CompilationBindings compilationBindings,
        int rateBudget)
    {
        if (context.Symbol is not INamedTypeSymbol type)
        {
            return;
        }

        var attributes = new List<(AttributeData Attribute, BindingKind Kind)>();
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && bindingAttributes.TryGetValue(attributeClass, out var kind))
            {
                attributes.Add((attribute, kind));
            }
        }

        if (attributes.Count == 0)
        {
            return;
        }

        var cancellation = context.CancellationToken;
        var (first, firstKind) = attributes[0];
        var parsed = BindingParser.Parse(first, firstKind);
        var names = attributes.Select(static a => DeclarationRules.ShortName(a.Attribute)).ToList();
        var declarationViolations = DeclarationRules.Check(type, names, parsed);
        // What keeps the generator from emitting the binding (see I2sBindingGenerator.BuildSpec): any declaration
        // violation, or an error of the binding's own configuration.
        var preventing = new List<(RuleViolation Violation, Location Location)>();
        foreach (var found in declarationViolations)
        {
            var location = found.Site switch
            {
                DeclarationSite.Attribute => ArgumentLocator.Locate(attributes[found.AttributeIndex].Attribute, BindingArgument.None, cancellation),
                DeclarationSite.Argument => ArgumentLocator.Locate(first, found.ArgumentName, cancellation),
                DeclarationSite.Member => found.Member?.Locations.FirstOrDefault(static l => l.IsInSource) ?? Location.None,
                _ => ClassNameLocation(type, cancellation),
            };

            // A class declared only in generated code has no name of the user's to point at.
            if (location is not null)
            {
                Report(context, found.Violation, location);
            }

            preventing.Add((found.Violation, location ?? Location.None));
        }

        if (parsed.IsComplete)
        {
            var pins = compilationBindings.PinsFor(type) ?? PinPlan.Alone(parsed.Config, target).For(0);
            foreach (var violation in BindingRules.Check(parsed.Config, target, pins, rateBudget))
            {
                var location = ArgumentLocator.Locate(first, violation.Argument, cancellation);
                Report(context, violation, location);
                if (violation.IsError)
                {
                    preventing.Add((violation, location));
                }
            }
        }

        NotGeneratedReport.ReportIfHidden(context, preventing, ArgumentLocator.Locate(first, BindingArgument.None, cancellation));
        if (!parsed.IsComplete)
        {
            return;
        }

        foreach (var (violation, attribute) in compilationBindings.For(type))
        {
            Report(context, violation, ArgumentLocator.Locate(attribute, violation.Argument, cancellation));
        }
    }

    /// <summary>The name of the class in its first hand-written declaration; null when it has none.</summary>
    private static Location? ClassNameLocation(INamedTypeSymbol type, CancellationToken cancellation)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (!DeclarationRules.IsGeneratedTree(reference.SyntaxTree) && reference.GetSyntax(cancellation) is TypeDeclarationSyntax declaration)
            {
                return declaration.Identifier.GetLocation();
            }
        }

        return null;
    }

    private static void ReportTargetOverrides(SyntaxTreeAnalysisContext context, AttributeData? targetAttribute, List<TargetViolation> violations)
    {
        if (targetAttribute?.ApplicationSyntaxReference is not { } reference || reference.SyntaxTree != context.Tree)
        {
            return;
        }

        foreach (var found in violations)
        {
            if (found.Argument != TargetArgument.None)
            {
                var location = ArgumentLocator.Locate(targetAttribute, found.Argument.ToString(), context.CancellationToken);
                context.ReportDiagnostic(Create(found.Violation, location));
            }
        }
    }

    /// <summary>I2S0006 has no source location (the value comes from the project file), so it is reported once per compilation.</summary>
    private static void ReportBuildProperties(CompilationAnalysisContext context, List<TargetViolation> violations)
    {
        foreach (var found in violations)
        {
            if (found.Argument == TargetArgument.None)
            {
                context.ReportDiagnostic(Create(found.Violation, Location.None));
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, RuleViolation violation, Location location) =>
        context.ReportDiagnostic(Create(violation, location));

    /// <summary>Creates the diagnostic with the properties code fixes read: the argument and the replacement value.</summary>
    internal static Diagnostic Create(RuleViolation violation, Location location)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (violation.Argument != BindingArgument.None)
        {
            properties = properties.Add(DiagnosticProperties.Argument, violation.Argument.ToString());
        }

        if (violation.FixValue is not null)
        {
            properties = properties.Add(DiagnosticProperties.FixValue, violation.FixValue);
        }

        if (violation.Fixes is not null)
        {
            properties = properties.Add(DiagnosticProperties.Fixes, violation.Fixes);
        }

        if (violation.SetAll is not null)
        {
            properties = properties.Add(DiagnosticProperties.SetAll, violation.SetAll);
        }

        return Diagnostic.Create(RuleDescriptors.Get(violation.RuleId), location, properties, violation.Message);
    }
}
