namespace I2sGen.Generator.Rules;

/// <summary>Default severity of a rule; maps one to one onto Roslyn's DiagnosticSeverity.</summary>
internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}
