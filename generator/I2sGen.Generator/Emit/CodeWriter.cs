using System;
using System.Text;

namespace I2sGen.Generator.Emit;

/// <summary>
/// The indented text writer every emitter writes through, after System.Text.Json's <c>SourceWriter</c>: it alone
/// owns the indentation. Multi-line text (a raw-string template) is re-indented line by line to the current level,
/// keeping the template's own relative indentation, so fixed text is written as text. Output uses '\n' on every
/// platform (a template's '\r' is dropped), four-space indents and no trailing whitespace, so it is byte-for-byte
/// stable. In C mode, preprocessor lines stay at column 0 wherever they are written (clang-format's
/// <c>IndentPPDirectives: None</c>).
/// </summary>
internal sealed class CodeWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _text = new(8 * 1024);
    private readonly bool _directivesAtColumnZero;
    private int _indent;

    private CodeWriter(bool directivesAtColumnZero) => _directivesAtColumnZero = directivesAtColumnZero;

    /// <summary>A writer for C#: preprocessor lines are indented like code.</summary>
    public static CodeWriter ForCSharp() => new(directivesAtColumnZero: false);

    /// <summary>A writer for C and CMake: preprocessor lines always start at column 0.</summary>
    public static CodeWriter ForC() => new(directivesAtColumnZero: true);

    /// <summary>The column the next line starts at; layout helpers use it to decide where to break long lines.</summary>
    public int Column => _indent * IndentSize;

    /// <summary>
    /// Writes <paramref name="text"/> and a line break. Text with line breaks is written line by line, each at the
    /// current indent; empty lines stay empty.
    /// </summary>
    public CodeWriter Line(string text = "")
    {
        if (text.IndexOf('\n') < 0)
        {
            AppendLine(text.TrimEnd('\r'));
            return this;
        }

        foreach (var line in text.Split('\n'))
        {
            AppendLine(line.TrimEnd('\r'));
        }

        return this;
    }

    /// <summary>Writes <paramref name="opening"/> and "{", and indents until the returned scope is disposed.</summary>
    public IDisposable Block(string opening, string closing = "}")
    {
        Line(opening);
        return Braces(closing);
    }

    /// <summary>Writes "{" and indents until the returned scope is disposed, which writes <paramref name="closing"/>.</summary>
    public IDisposable Braces(string closing = "}")
    {
        Line("{");
        _indent++;
        return new IndentScope(this, closing);
    }

    /// <summary>
    /// Writes <paramref name="openingLine"/> as it is (C style: <c>if (x) {</c>) and indents until the returned scope
    /// is disposed, which writes <paramref name="closingLine"/> (nothing when it is null).
    /// </summary>
    public IDisposable Scope(string openingLine, string? closingLine = "}")
    {
        Line(openingLine);
        _indent++;
        return new IndentScope(this, closingLine);
    }

    public override string ToString() => _text.ToString();

    private void AppendLine(string line)
    {
        if (line.Length > 0)
        {
            var directive = _directivesAtColumnZero && line.TrimStart().StartsWith("#", StringComparison.Ordinal);
            if (!directive)
            {
                _text.Append(' ', Column);
            }

            _text.Append(directive ? line.TrimStart() : line);
        }

        _text.Append('\n');
    }

    private sealed class IndentScope : IDisposable
    {
        private readonly CodeWriter _writer;
        private readonly string? _closing;

        public IndentScope(CodeWriter writer, string? closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indent--;
            if (_closing is not null)
            {
                _writer.Line(_closing);
            }
        }
    }
}
