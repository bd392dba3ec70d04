using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>How the fuzzed class is declared: the generator can only extend a partial, non-static class.</summary>
internal enum FuzzShape
{
    Partial,
    NotPartial,
    Static,
}

/// <summary>One random attribute argument set: the attribute, the arguments written (name → value) and the class shape.</summary>
internal sealed record FuzzBinding(int Index, string Attribute, IReadOnlyList<KeyValuePair<string, int>> Arguments, FuzzShape Shape)
{
    public string ClassName => "Fuzz" + Index.ToString(CultureInfo.InvariantCulture);

    public int Value(string name, int fallback)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return fallback;
    }

    public bool Has(string name) => Arguments.Any(a => a.Key == name);

    /// <summary>The class declaration, on one line so a diagnostic's line identifies its binding.</summary>
    public string ToSource()
    {
        var text = new StringBuilder();
        text.Append('[').Append(Attribute).Append('(');
        text.Append(string.Join(", ", Arguments.Select(static a => a.Key + " = " + Render(a.Key, a.Value))));
        text.Append(")] public ");
        text.Append(Shape switch
        {
            FuzzShape.NotPartial => "class ",
            FuzzShape.Static => "static partial class ",
            _ => "partial class ",
        });
        text.Append(ClassName).Append(" { }");
        return text.ToString();
    }

    private static string Render(string name, int value)
    {
        var number = value < 0 ? "(" + value.ToString(CultureInfo.InvariantCulture) + ")" : value.ToString(CultureInfo.InvariantCulture);
        return name switch
        {
            "Mode" => "(I2sMode)" + number,
            "Standard" => "(I2sStandard)" + number,
            "DataFormat" => "(I2sDataFormat)" + number,
            "ChannelFormat" => "(I2sChannelFormat)" + number,
            _ => number,
        };
    }
}
