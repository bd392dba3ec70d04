using System;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I2sGen.Tests.Report;

/// <summary>
/// The figure constants of a generated wrapper, read from the compiled output of a generator run: their values
/// (as the compiler evaluates them) and their literal text (as the generated source spells them).
/// </summary>
internal sealed class GeneratedConstants
{
    private readonly INamedTypeSymbol _type;

    private GeneratedConstants(INamedTypeSymbol type) => _type = type;

    public static GeneratedConstants Of(GeneratorRun run, string fullName) =>
        new(run.OutputCompilation.GetTypeByMetadataName(fullName) ?? throw new InvalidOperationException(fullName + " was not generated"));

    public bool Has(string name) => _type.GetMembers(name).OfType<IFieldSymbol>().Any(static field => field.IsConst);

    public long Long(string name) => Convert.ToInt64(Field(name).ConstantValue, System.Globalization.CultureInfo.InvariantCulture);

    public double Double(string name) => (double)Field(name).ConstantValue!;

    /// <summary>The initializer as written in the generated C#, e.g. <c>22049.878345498782</c> or <c>-1</c>.</summary>
    public string Literal(string name)
    {
        var declarator = (VariableDeclaratorSyntax)Field(name).DeclaringSyntaxReferences.Single().GetSyntax();
        return declarator.Initializer!.Value.ToString();
    }

    private IFieldSymbol Field(string name) =>
        _type.GetMembers(name).OfType<IFieldSymbol>().SingleOrDefault(static field => field.IsConst)
        ?? throw new InvalidOperationException(_type.Name + " has no constant " + name);
}
