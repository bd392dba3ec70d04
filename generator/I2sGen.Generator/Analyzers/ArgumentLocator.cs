using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Analyzers;

/// <summary>
/// Finds where a rule points: the attribute argument whose name equals the <see cref="BindingArgument"/> (the
/// names are the attribute's property names), else the attribute itself (a default value, or
/// <see cref="BindingArgument.None"/>).
/// </summary>
internal static class ArgumentLocator
{
    public static Location Locate(AttributeData attribute, BindingArgument argument, CancellationToken cancellationToken) =>
        Locate(attribute, argument == BindingArgument.None ? null : argument.ToString(), cancellationToken);

    public static Location Locate(AttributeData attribute, string? argumentName, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        if (argumentName is not null && syntax.ArgumentList is { } list)
        {
            foreach (var candidate in list.Arguments)
            {
                if (candidate.NameEquals?.Name.Identifier.ValueText == argumentName)
                {
                    return candidate.GetLocation();
                }
            }
        }

        return syntax.GetLocation();
    }
}
