using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// One broken rule: which rule, which attribute argument it points at, the finished message, and an optional
/// machine-readable fix value (a replacement pin, the largest valid dmalen) that code fixes apply. <paramref name="Fixes"/>
/// offers several alternative fixes, each setting one argument: "Argument=Value;Argument=Value".
/// </summary>
internal sealed record RuleViolation(string RuleId, BindingArgument Argument, string Message, string? FixValue = null, string? Fixes = null)
{
    /// <summary>One fix that sets several arguments together, "Argument=Value;Argument=Value" (I2S0309: the earlier binding's BCK and WS).</summary>
    public string? SetAll { get; init; }

    public Rule Rule => RuleCatalog.Get(RuleId);

    public bool IsError => Rule.Severity == RuleSeverity.Error;
}
