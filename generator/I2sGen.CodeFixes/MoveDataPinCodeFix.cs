using System.Collections.Immutable;
using System.Composition;
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
/// Makes the data pin match the mode, as the seed requires: I2S0101/I2S0102 rename the argument that holds the pin
/// (Sdout → Sdin for receive, Sdin → Sdout for transmit); I2S0103 removes the one the mode does not use.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveDataPinCodeFix)), Shared]
public sealed class MoveDataPinCodeFix : CodeFixProvider
{
    private const string Sdin = "Sdin";
    private const string Sdout = "Sdout";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleCatalog.ReceiveNeedsSdin.Id, RuleCatalog.TransmitNeedsSdout.Id, RuleCatalog.OnlyOneDataPin.Id);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Argument, out var name) || name is not (Sdin or Sdout)
                || AttributeArguments.FindAttribute(root, diagnostic) is not { } attribute
                || AttributeArguments.FindArgument(attribute, name) is not { } argument)
            {
                continue;
            }

            if (diagnostic.Id == RuleCatalog.OnlyOneDataPin.Id)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Remove {name}", c => RemoveAsync(context.Document, attribute, argument, c), "I2sGen.RemoveDataPin"),
                    diagnostic);
            }
            else
            {
                var target = name == Sdin ? Sdout : Sdin;
                context.RegisterCodeFix(
                    CodeAction.Create($"Move the data pin from {name} to {target}", c => RenameAsync(context.Document, argument, target, c), "I2sGen.MoveDataPin"),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> RenameAsync(Document document, AttributeArgumentSyntax argument, string target, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || argument.NameEquals is null)
        {
            return document;
        }

        var name = argument.NameEquals.Name;
        var renamed = argument.WithNameEquals(argument.NameEquals.WithName(SyntaxFactory.IdentifierName(target).WithTriviaFrom(name)));
        return document.WithSyntaxRoot(root.ReplaceNode(argument, renamed));
    }

    private static async Task<Document> RemoveAsync(Document document, AttributeSyntax attribute, AttributeArgumentSyntax argument, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || attribute.ArgumentList is not { } list)
        {
            return document;
        }

        var updated = list.WithArguments(list.Arguments.Remove(argument));
        return document.WithSyntaxRoot(root.ReplaceNode(list, updated));
    }
}
