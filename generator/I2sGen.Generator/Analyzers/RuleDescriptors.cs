using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// One <see cref="DiagnosticDescriptor"/> per rule of <see cref="RuleCatalog"/>. The rule engine writes complete
/// messages (offending value and fix), so every format is "{0}". I2S0006 (a build property, no source location) is
/// reported at compilation end and carries the CompilationEnd tag.
/// </summary>
internal static class RuleDescriptors
{
    /// <summary>Rules reported from the compilation-end action.</summary>
    public static readonly ImmutableHashSet<string> CompilationEndRules = ImmutableHashSet.Create(RuleCatalog.InvalidBuildProperty.Id);

    /// <summary>
    /// Rules whose severity cannot be changed: I2S0011 says a binding was not generated although the errors that
    /// prevented it were lowered or suppressed, so lowering it too would hide the missing class members again.
    /// </summary>
    public static readonly ImmutableHashSet<string> NotConfigurableRules = ImmutableHashSet.Create(RuleCatalog.BindingNotGenerated.Id);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ById.Values);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static DiagnosticSeverity ToSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var rule in RuleCatalog.All)
        {
            var tags = CompilationEndRules.Contains(rule.Id) ? new[] { WellKnownDiagnosticTags.CompilationEnd }
                : NotConfigurableRules.Contains(rule.Id) ? new[] { WellKnownDiagnosticTags.NotConfigurable }
                : System.Array.Empty<string>();

            // The IDs are constants of RuleCatalog, shared with the generator; RS1017 cannot see through the record.
#pragma warning disable RS1017 // DiagnosticId for analyzers must be a non-null constant
            descriptors.Add(rule.Id, new DiagnosticDescriptor(
                rule.Id, rule.Title, "{0}", rule.Category, ToSeverity(rule.Severity), isEnabledByDefault: true,
                description: null, helpLinkUri: rule.HelpLink, customTags: tags));
#pragma warning restore RS1017
        }

        return descriptors;
    }
}
