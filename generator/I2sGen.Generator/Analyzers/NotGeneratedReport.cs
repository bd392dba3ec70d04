using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// I2S0011: the generator drops a binding that breaks a hard rule whatever severity the user configured (it cannot
/// emit a binding that would not work), so when every such error was lowered below Error (.editorconfig, global
/// config, command-line options) or suppressed, the class silently lacks its generated members. This reports that, at
/// the binding attribute, naming the rules. It is not configurable, so it cannot be hidden the same way.
/// </summary>
internal static class NotGeneratedReport
{
    public static void ReportIfHidden(SymbolAnalysisContext context, List<(RuleViolation Violation, Location Location)> preventing, Location attribute)
    {
        if (preventing.Count == 0 || preventing.Any(p => ShownAsError(context.Compilation, p.Violation.Rule.Id, p.Location.SourceTree, context.CancellationToken)))
        {
            return;
        }

        var ids = string.Join(", ", preventing.Select(static p => p.Violation.Rule.Id).Distinct().OrderBy(static id => id, System.StringComparer.Ordinal));
        var message = "The binding was not generated because it breaks " + ids + ", whose severity is lowered or suppressed in this project; "
            + "fix the declaration or argument those rules report (a lower severity cannot make an impossible binding generate), "
            + "or restore their severity to see where they point";
        context.ReportDiagnostic(I2sBindingAnalyzer.Create(new RuleViolation(RuleCatalog.BindingNotGenerated.Id, BindingArgument.None, message), attribute));
    }

    /// <summary>
    /// The severity a diagnostic of <paramref name="id"/> at <paramref name="tree"/> ends up with, as the compiler
    /// decides it: a per-file .editorconfig entry first, then the compilation's specific options (command line,
    /// ruleset), then a global config; Warn counts as Error under TreatWarningsAsErrors. Default keeps Error.
    /// </summary>
    private static bool ShownAsError(Compilation compilation, string id, SyntaxTree? tree, System.Threading.CancellationToken cancellation)
    {
        var options = compilation.Options;
        var provider = options.SyntaxTreeOptionsProvider;
        var report = ReportDiagnostic.Default;
        if (tree is not null && provider is not null && provider.TryGetDiagnosticValue(tree, id, cancellation, out var fromTree))
        {
            report = fromTree;
        }
        else if (options.SpecificDiagnosticOptions.TryGetValue(id, out var specific))
        {
            report = specific;
        }
        else if (provider is not null && provider.TryGetGlobalDiagnosticValue(id, cancellation, out var global))
        {
            report = global;
        }

        return report switch
        {
            ReportDiagnostic.Default or ReportDiagnostic.Error => true,
            ReportDiagnostic.Warn => options.GeneralDiagnosticOption == ReportDiagnostic.Error,
            _ => false,
        };
    }
}
