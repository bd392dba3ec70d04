namespace I2sGen.Generator.Rules;

/// <summary>A diagnostic rule: stable ID, title, category and default severity. Help lives in docs/diagnostics/&lt;Id&gt;.md.</summary>
internal sealed record Rule(string Id, string Title, string Category, RuleSeverity Severity)
{
    public const string HelpLinkBase = "https://github.com/i2sgen/i2sgen/blob/main/docs/diagnostics/";

    public string HelpLink => HelpLinkBase + Id + ".md";
}
