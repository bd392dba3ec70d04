using System;
using System.Text;

namespace I2sGen.Generator.Emit;

/// <summary>
/// A small indented text writer for C# and C output: four-space indents, '\n' line endings on every platform so
/// output is byte-for-byte stable, and no trailing whitespace.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new(8 * 1024);
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes several lines (split on '\n'), each at the current indent.</summary>
    public CodeWriter Lines(string block)
    {
        foreach (var line in block.Split('\n'))
        {
            Line(line.TrimEnd());
        }

        return this;
    }

    /// <summary>Writes <paramref name="opening"/> and "{", and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string opening, string closing = "}")
    {
        Line(opening);
        Line("{");
        _indent++;
        return new Scope(this, closing);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _text.ToString();

    private sealed class Scope : IDisposable
    {
        private readonly CodeWriter _writer;
        private readonly string _closing;

        public Scope(CodeWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line(_closing);
        }
    }
}
