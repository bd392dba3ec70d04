using Microsoft.CodeAnalysis;

namespace I2sGen.Generator.Rules;

/// <summary>Where a declaration rule points in the source.</summary>
internal enum DeclarationSite
{
    /// <summary>The class name in its first hand-written declaration (I2S0001, I2S0002).</summary>
    ClassName,

    /// <summary>A binding attribute of the class, by its index among them (I2S0008: every one after the first).</summary>
    Attribute,

    /// <summary>A named argument of the first binding attribute, or the attribute when it is not written (I2S0004).</summary>
    Argument,

    /// <summary>A member the user declared (I2S0005).</summary>
    Member,
}

/// <summary>
/// A broken declaration rule and where it is reported. <see cref="Member"/> is the clashing member for
/// <see cref="DeclarationSite.Member"/>; it lives only as long as one analysis and never enters the generator's
/// cached pipeline (the parser keeps only whether there was a violation).
/// </summary>
internal sealed record DeclarationViolation(
    DeclarationSite Site,
    RuleViolation Violation,
    int AttributeIndex = 0,
    string? ArgumentName = null,
    ISymbol? Member = null);
