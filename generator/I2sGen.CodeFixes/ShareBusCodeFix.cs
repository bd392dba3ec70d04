using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I2sGen.Generator.Analyzers;
using I2sGen.Generator.Rules;

namespace I2sGen.CodeFixes;

/// <summary>
/// I2S0309: a later binding on a bus in use, with other clock pins. Besides moving it to a free bus
/// (<see cref="SetArgumentValueCodeFix"/>), it may be meant to share the bus: this fix writes the earlier binding's BCK
/// and WS (<c>RuleViolation.SetAll</c>) in one step, so the two form a shared bus (full duplex or taking turns).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShareBusCodeFix)), Shared]
public sealed class ShareBusCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleCatalog.BusSharedBetweenBindings.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.SetAll, out var setAll) || setAll is null
                || AttributeArguments.FindAttribute(root, diagnostic) is not { } attribute)
            {
                continue;
            }

            var values = setAll.Split(';').Select(static pair => pair.Split('=')).ToList();
            if (values.Any(static pair => pair.Length != 2 || !int.TryParse(pair[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
            {
                continue;
            }

            var title = "Share the bus: " + string.Join(", ", values.Select(static pair => pair[0] + " = " + pair[1]));
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellation => SetAsync(context.Document, attribute, values, cancellation), "I2sGen.ShareBus"),
                diagnostic);
        }
    }

    private static async Task<Document> SetAsync(Document document, AttributeSyntax attribute, System.Collections.Generic.List<string[]> values, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var updated = attribute;
        foreach (var pair in values)
        {
            var number = int.Parse(pair[1], NumberStyles.Integer, CultureInfo.InvariantCulture);
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(number));
            var existing = AttributeArguments.FindArgument(updated, pair[0]);
            if (existing is not null)
            {
                updated = updated.ReplaceNode(existing, existing.WithExpression(literal.WithTriviaFrom(existing.Expression)));
            }
            else
            {
                var added = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(pair[0])), null, literal);
                updated = updated.WithArgumentList((updated.ArgumentList ?? SyntaxFactory.AttributeArgumentList()).AddArguments(added));
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNode(attribute, updated));
    }
}
