using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using I2sGen.Generator.Analyzers;
using I2sGen.Generator.Rules;

namespace I2sGen.CodeFixes;

/// <summary>
/// Writes the value the rule engine computed (<c>RuleViolation.FixValue</c>, carried in the diagnostic's properties)
/// into the offending argument: the largest valid DmaLength, the nearest free valid pin, a free bus, Msb for Lsb, the
/// channel format a part's strap selects, the part's slot width or standard, -1 for an MCLK the part has no input for.
/// When the argument is not written (its default is the problem) it is added.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetArgumentValueCodeFix)), Shared]
public sealed class SetArgumentValueCodeFix : CodeFixProvider
{
    private const string EquivalenceKeyPrefix = "I2sGen.SetArgumentValue.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.InvalidBus.Id,
        RuleCatalog.DmaCountOutOfRange.Id,
        RuleCatalog.DmaLengthOutOfRange.Id,
        RuleCatalog.DmaBufferTooLarge.Id,
        RuleCatalog.DmaExceedsRam.Id,
        RuleCatalog.Dma24BitFrames.Id,
        RuleCatalog.LsbMeansMsb.Id,
        RuleCatalog.PinDoesNotExist.Id,
        RuleCatalog.InputOnlyPin.Id,
        RuleCatalog.FlashPin.Id,
        RuleCatalog.PsramPin.Id,
        RuleCatalog.StrappingPin.Id,
        RuleCatalog.MclkPin.Id,
        RuleCatalog.PinUsedTwice.Id,
        RuleCatalog.PinSharedBetweenBindings.Id,
        RuleCatalog.BusSharedBetweenBindings.Id,
        RuleCatalog.UsbJtagPin.Id,
        RuleCatalog.ConsolePin.Id,
        RuleCatalog.PackageOnlyPin.Id,
        RuleCatalog.ApllNotAvailable.Id,
        RuleCatalog.ApllRateInvalid.Id,
        RuleCatalog.StockDmaLength.Id,
        RuleCatalog.RateOverBudget.Id,
        RuleCatalog.ClockArgumentInvalid.Id,
        RuleCatalog.ApllSharedAtTwoRates.Id,
        RuleCatalog.ChannelFormatVsStrap.Id,
        RuleCatalog.MonoStereoMismatch.Id,
        RuleCatalog.SlotWidthVsPart.Id,
        RuleCatalog.StandardVsPart.Id,
        RuleCatalog.MclkUnused.Id,
        RuleCatalog.PartsShareClockFormat.Id,
        RuleCatalog.FullDuplexConflict.Id,
        RuleCatalog.BusSharingDisagrees.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            RegisterAlternatives(context, root, diagnostic);
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Argument, out var argument) || argument is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.FixValue, out var value) || value is null
                || AttributeArguments.FindAttribute(root, diagnostic) is not { } attribute)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(argument, value),
                    cancellation => SetAsync(context.Document, attribute, argument, value, cancellation),
                    EquivalenceKeyPrefix + diagnostic.Id),
                diagnostic);
        }
    }

    /// <summary>
    /// One fix per alternative of <see cref="DiagnosticProperties.Fixes"/> (I2S0407: set the MCLK multiple, enable the
    /// APLL, or move the rate to the nearest exact one), each writing one argument.
    /// </summary>
    private static void RegisterAlternatives(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Fixes, out var fixes) || fixes is null
            || AttributeArguments.FindAttribute(root, diagnostic) is not { } attribute)
        {
            return;
        }

        foreach (var fix in fixes.Split(';'))
        {
            var parts = fix.Split('=');
            if (parts.Length != 2 || parts[0].Length == 0 || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var (argument, value) = (parts[0], parts[1]);
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(argument, value),
                    cancellation => SetAsync(context.Document, attribute, argument, value, cancellation),
                    EquivalenceKeyPrefix + diagnostic.Id + "." + argument),
                diagnostic);
        }
    }

    private static string Title(string argument, string value) => argument switch
    {
        "Bck" or "Ws" or "Sdin" or "Sdout" or "Mclk" when value == "-1" => $"Disconnect {argument} (-1)",
        "Bck" or "Ws" or "Sdin" or "Sdout" or "Mclk" => $"Use GPIO{value} for {argument}",
        _ when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => $"Set {argument} = {value}",
        _ => $"Set {argument} = {EnumType(argument)}.{value}",
    };

    private static async Task<Document> SetAsync(Document document, AttributeSyntax attribute, string argument, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var existing = AttributeArguments.FindArgument(attribute, argument);
        var expression = ValueExpression(argument, value, existing?.Expression);
        if (existing is not null)
        {
            var replaced = existing.WithExpression(expression.WithTriviaFrom(existing.Expression));
            return document.WithSyntaxRoot(root.ReplaceNode(existing, replaced));
        }

        var added = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(argument)), null, expression);
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, attribute.WithArgumentList(list.AddArguments(added))));
    }

    private static ExpressionSyntax ValueExpression(string argument, string value, ExpressionSyntax? current)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(System.Math.Abs(number)));
            return number < 0 ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, literal) : literal;
        }

        // Keep the user's qualification (I2sStandard.Lsb → I2sStandard.Msb); otherwise write it in full and simplify.
        if (current is MemberAccessExpressionSyntax member)
        {
            return member.WithName(SyntaxFactory.IdentifierName(value));
        }

        return SyntaxFactory.ParseExpression($"global::I2sGen.{EnumType(argument)}.{value}").WithAdditionalAnnotations(Simplifier.Annotation);
    }

    private static string EnumType(string argument) => "I2s" + argument;
}
