using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// I2S0508: with <c>I2sGenBackend=Stock</c>, a call of a binding's generated <c>ReadInto</c>/<c>Write</c> whose
/// <c>timeoutMs</c> is a constant other than -1. The stock <c>I2sDevice.Read</c>/<c>Write</c> wait with portMAX_DELAY,
/// so the generated wrapper throws NotSupportedException for such a call; a value only known at run time is not reported.
/// </summary>
internal static class StockTimeoutCalls
{
    public const string TimeoutParameter = "timeoutMs";

    public static void Analyze(OperationAnalysisContext context, Dictionary<INamedTypeSymbol, BindingKind> bindingAttributes)
    {
        if (context.Operation is not IInvocationOperation invocation
            || invocation.TargetMethod.Name is not (GeneratedMembers.ReadInto or GeneratedMembers.Write)
            || !IsBinding(invocation.TargetMethod.ContainingType, bindingAttributes))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name != TimeoutParameter || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                continue;
            }

            if (argument.Value.ConstantValue is { HasValue: true, Value: int timeout } && timeout != -1)
            {
                var method = invocation.TargetMethod.Name;
                var message = $"{invocation.TargetMethod.ContainingType.Name}.{method} with timeoutMs {timeout} throws NotSupportedException on the stock firmware: its I2sDevice.{(method == GeneratedMembers.ReadInto ? "Read" : "Write")} always waits until the whole buffer is moved; pass -1 (or leave the default), or use I2sGenBackend=Interop for timeouts";
                context.ReportDiagnostic(I2sBindingAnalyzer.Create(new RuleViolation(RuleCatalog.StockTimeout.Id, BindingArgument.None, message), argument.Syntax.GetLocation()));
            }
        }
    }

    private static bool IsBinding(INamedTypeSymbol? type, Dictionary<INamedTypeSymbol, BindingKind> bindingAttributes)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && bindingAttributes.ContainsKey(attributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
