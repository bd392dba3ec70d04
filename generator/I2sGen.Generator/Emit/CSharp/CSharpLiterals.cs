using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>C# literals and small text helpers for generated code, culture-invariant so output is deterministic.</summary>
internal static class CSharpLiterals
{
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A double literal that round-trips ("R") and always reads as a double (<c>16000.0</c>, not <c>16000</c>).
    /// Non-finite values cannot occur for a valid binding (the clock rules refuse it); they emit 0.0 rather than
    /// code that does not compile.
    /// </summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "0.0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0";
    }

    /// <summary>A quoted, escaped C# string literal.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>An identifier as C# source spells it: a keyword gets an <c>@</c> (a class named <c>@class</c>).</summary>
    public static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A dotted namespace name with each part that is a keyword escaped (<c>Demo.@event</c>).</summary>
    public static string QualifiedName(string dotted) => string.Join(".", dotted.Split('.').Select(Identifier));

    /// <summary>"GPIO13", or "not connected" for -1.</summary>
    public static string Pin(int gpio) => gpio < 0 ? "not connected" : "GPIO" + Int(gpio);
}
