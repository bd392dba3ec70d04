using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// A small indented JSON writer (the generator targets netstandard2.0 and takes no System.Text.Json dependency).
/// Properties come out in the order they are written, two spaces per level, <c>\n</c> line ends; numbers are passed
/// already formatted (<see cref="ReportNumbers"/>), so the writer never consults a culture.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();

    // Per open object or array: whether it has a member yet (decides the comma).
    private readonly Stack<bool> _hasMember = new();

    public JsonWriter StartObject(string? name = null) => Open(name, '{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray(string? name = null) => Open(name, '[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter String(string? name, string value)
    {
        Member(name);
        Quote(value);
        return this;
    }

    /// <summary>A number in JSON syntax, e.g. from <see cref="ReportNumbers"/>.</summary>
    public JsonWriter Number(string? name, string number)
    {
        Member(name);
        _text.Append(number);
        return this;
    }

    public JsonWriter Number(string? name, long value) => Number(name, value.ToString(CultureInfo.InvariantCulture));

    public JsonWriter Bool(string? name, bool value)
    {
        Member(name);
        _text.Append(value ? "true" : "false");
        return this;
    }

    public JsonWriter Null(string? name)
    {
        Member(name);
        _text.Append("null");
        return this;
    }

    public override string ToString() => _text.ToString() + "\n";

    private JsonWriter Open(string? name, char bracket)
    {
        Member(name);
        _text.Append(bracket);
        _hasMember.Push(false);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        var hadMembers = _hasMember.Pop();
        if (hadMembers)
        {
            NewLine();
        }

        _text.Append(bracket);
        return this;
    }

    private void Member(string? name)
    {
        if (_hasMember.Count > 0)
        {
            if (_hasMember.Pop())
            {
                _text.Append(',');
            }

            _hasMember.Push(true);
            NewLine();
        }

        if (name is not null)
        {
            Quote(name);
            _text.Append(": ");
        }
    }

    private void NewLine() => _text.Append('\n').Append(' ', 2 * _hasMember.Count);

    private void Quote(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
