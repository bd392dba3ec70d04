namespace I2sGen.Generator.Analyzers;

/// <summary>Keys of <c>Diagnostic.Properties</c> that carry what a code fix needs (I2sGen.CodeFixes reads them).</summary>
internal static class DiagnosticProperties
{
    /// <summary>The attribute property the diagnostic points at (a <c>BindingArgument</c> name), absent for the attribute itself.</summary>
    public const string Argument = "Argument";

    /// <summary>The value a fix writes into <see cref="Argument"/>: a number, or an enum member name for Standard.</summary>
    public const string FixValue = "FixValue";

    /// <summary>Alternative fixes, each setting one argument: "Argument=Value;Argument=Value" (a number each).</summary>
    public const string Fixes = "Fixes";

    /// <summary>One fix that sets several arguments together: "Argument=Value;Argument=Value" (a number each).</summary>
    public const string SetAll = "SetAll";
}
