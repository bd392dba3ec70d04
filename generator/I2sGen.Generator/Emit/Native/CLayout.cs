using System;
using System.Text;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// Line layout for the generated C, so the files are clang-format-clean under the style in
/// <see cref="ClangFormatStyle"/> (4-space indent, 120 columns, Linux braces) whatever the binding's name length:
/// a call or prototype that does not fit is broken after the last argument that fits, and continuation lines
/// align with the first argument, as clang-format does.
/// </summary>
internal static class CLayout
{
    public const int ColumnLimit = 120;

    /// <summary>The clang-format style the generated C is formatted in (tests check it with clang-format).</summary>
    public const string ClangFormatStyle = "{BasedOnStyle: LLVM, IndentWidth: 4, ColumnLimit: 120, BreakBeforeBraces: Linux, "
        + "AllowShortFunctionsOnASingleLine: None, AllowShortIfStatementsOnASingleLine: Never, AllowShortBlocksOnASingleLine: Never, "
        + "ReflowComments: false, BreakStringLiterals: false, SortIncludes: Never, IndentPPDirectives: None, "
        + "Cpp11BracedListStyle: false, PointerAlignment: Right, SpaceBeforeParens: ControlStatements}";

    /// <summary>
    /// Writes <c>head arg, arg, ... tail</c> (head ends with the opening parenthesis, tail starts with the closing
    /// one) at the writer's indent, broken to fit the column limit from there.
    /// </summary>
    public static void Call(CodeWriter writer, string head, string tail, params string[] args)
    {
        foreach (var line in Wrap(writer.Column, head, tail, args))
        {
            writer.Line(line);
        }
    }

    /// <summary>Writes a function definition's signature and opening brace; disposing the result closes the body.</summary>
    public static IDisposable Function(CodeWriter writer, string head, params string[] parameters)
    {
        foreach (var line in Wrap(writer.Column, head, ")", parameters))
        {
            writer.Line(line);
        }

        return writer.Braces();
    }

    private static string[] Wrap(int indent, string head, string tail, string[] args)
    {
        var single = head + string.Join(", ", args) + tail;
        if (indent + single.Length <= ColumnLimit || args.Length == 0)
        {
            return new[] { single };
        }

        // clang-format first tries continuation lines aligned with the first argument; when even that overflows
        // it breaks after the parenthesis and continues one indent deeper.
        var aligned = Pack(indent, head, new string(' ', head.Length), tail, args);
        if (Fits(indent, aligned))
        {
            return aligned;
        }

        var deeper = new string(' ', 4);
        var packed = Pack(indent, deeper, deeper, tail, args);
        var lines = new string[packed.Length + 1];
        lines[0] = head.TrimEnd();
        packed.CopyTo(lines, 1);
        return lines;
    }

    private static string[] Pack(int indent, string first, string continuation, string tail, string[] args)
    {
        var lines = new System.Collections.Generic.List<string>();
        var current = new StringBuilder(first).Append(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            var ending = i == args.Length - 1 ? tail : ",";
            if (indent + current.Length + 2 + args[i].Length + ending.Length <= ColumnLimit)
            {
                current.Append(", ").Append(args[i]);
            }
            else
            {
                lines.Add(current.Append(',').ToString());
                current = new StringBuilder(continuation).Append(args[i]);
            }
        }

        lines.Add(current.Append(tail).ToString());
        return lines.ToArray();
    }

    private static bool Fits(int indent, string[] lines)
    {
        foreach (var line in lines)
        {
            if (indent + line.Length > ColumnLimit)
            {
                return false;
            }
        }

        return true;
    }
}
