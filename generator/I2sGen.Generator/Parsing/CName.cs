using System.Globalization;
using System.Text;

namespace I2sGen.Generator.Parsing;

/// <summary>
/// Turns a C# class name into the snake_case prefix of its C functions and files: <c>Inmp441</c> → <c>inmp441</c>,
/// <c>MicArray</c> → <c>mic_array</c>. The result is always a C identifier of ASCII lowercase letters, digits and
/// single underscores that starts with a letter (so <c>&lt;name&gt;_i2s_init</c> never uses a reserved
/// <c>_X</c>/<c>__</c> form) and is at most <see cref="MaxLength"/> characters long.
/// </summary>
/// <remarks>
/// C# allows what C and file systems do not: non-ASCII letters (<c>Mikrofon_Ä</c>, <c>麦克风</c>), leading, trailing
/// and doubled underscores, and names of any length. Such a name is mapped as well as it can be (Latin letters with
/// diacritics lose them, <c>ß</c> becomes <c>ss</c>, other characters separate words) and then gets
/// <c>_</c> + 8 hex digits of the FNV-1a hash of the class name's UTF-8 bytes, so it stays deterministic and does
/// not collide with the plain ASCII name it resembles (<c>Mikrofon_A</c>). Plain names keep their readable form.
/// Two classes that still map to the same name are reported by I2S0007.
/// </remarks>
internal static class CName
{
    /// <summary>
    /// Longest C name: <c>&lt;name&gt;_i2s.c</c> stays far below file-system limits (255 bytes) and ESP-IDF's path
    /// budget on Windows, while descriptive class names (up to 64 snake_case characters) keep their full form.
    /// </summary>
    public const int MaxLength = 64;

    private const string EmptyStem = "binding";

    public static string From(string className)
    {
        var ascii = Transliterate(className, out var lossy);
        var snake = SnakeCase(ascii);
        var tidy = Tidy(snake);
        lossy |= tidy.Length != snake.Length;
        if (tidy.Length == 0 || !IsAsciiLetter(tidy[0]))
        {
            tidy = tidy.Length == 0 ? EmptyStem : EmptyStem + "_" + tidy;
            lossy = true;
        }

        if (!lossy && tidy.Length <= MaxLength)
        {
            return tidy;
        }

        var suffix = "_" + Hash(className);
        if (tidy.Length + suffix.Length > MaxLength)
        {
            tidy = tidy.Substring(0, MaxLength - suffix.Length).TrimEnd('_');
        }

        return tidy + suffix;
    }

    /// <summary>ASCII stays; Latin letters with diacritics and ligatures become their ASCII letters; anything else a separator.</summary>
    private static string Transliterate(string name, out bool lossy)
    {
        lossy = false;
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c < 0x80)
            {
                text.Append(c);
                continue;
            }

            lossy = true;
            text.Append(LatinToAscii(c) ?? "_");
        }

        return text.ToString();
    }

    private static string? LatinToAscii(char c)
    {
        switch (c)
        {
            case 'Æ': return "AE";
            case 'æ': return "ae";
            case 'Œ': return "OE";
            case 'œ': return "oe";
            case 'Þ': return "TH";
            case 'þ': return "th";
            case 'Ĳ': return "IJ";
            case 'ĳ': return "ij";
            case 'ß': return "ss";
        }

        if (c >= LatinFirst && c < LatinFirst + LatinLetters.Length && LatinLetters[c - LatinFirst] != '.')
        {
            return LatinLetters[c - LatinFirst].ToString();
        }

        return null;
    }

    private const char LatinFirst = '\u00C0';

    // U+00C0-U+017F (Latin-1 Supplement letters and Latin Extended-A): each letter's base letter (its canonical
    // decomposition without the combining marks, or the usual transliteration of Ð/Ø/Ł/Đ/Ħ/Ŧ/Ŋ/ı/ĸ/ſ), '.' for none.
    // A fixed table rather than string.Normalize: the result must not depend on the ICU of the machine that builds.
    private const string LatinLetters =
        "AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y"
        + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKkqLlLlLlL"
        + "lLlNnNnNnnNnOoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    /// <summary>The snake_case conversion of an ASCII name (unchanged since the first release: C names are stable).</summary>
    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c >= 'A' && c <= 'Z')
            {
                var previousIsLowerOrDigit = i > 0 && (IsAsciiLower(name[i - 1]) || IsAsciiDigit(name[i - 1]));
                var startsWord = i > 0 && IsAsciiUpper(name[i - 1]) && i + 1 < name.Length && IsAsciiLower(name[i + 1]);
                if ((previousIsLowerOrDigit || startsWord) && text.Length > 0 && text[text.Length - 1] != '_')
                {
                    text.Append('_');
                }

                text.Append((char)(c + ('a' - 'A')));
            }
            else if (IsAsciiLower(c) || IsAsciiDigit(c) || c == '_')
            {
                text.Append(c);
            }
            else
            {
                text.Append('_');
            }
        }

        return text.ToString();
    }

    /// <summary>Single underscores only, none at either end: C reserves <c>__</c> anywhere and a leading <c>_</c> at file scope.</summary>
    private static string Tidy(string snake)
    {
        var text = new StringBuilder(snake.Length);
        foreach (var c in snake)
        {
            if (c == '_' && (text.Length == 0 || text[text.Length - 1] == '_'))
            {
                continue;
            }

            text.Append(c);
        }

        while (text.Length > 0 && text[text.Length - 1] == '_')
        {
            text.Length--;
        }

        return text.ToString();
    }

    /// <summary>FNV-1a 32-bit over the UTF-8 bytes (the fingerprint's hash), as 8 lowercase hex digits.</summary>
    private static string Hash(string name) =>
        I2sGen.Generator.Model.BindingFingerprint.Fnv1a(name).ToString("x8", CultureInfo.InvariantCulture);

    private static bool IsAsciiLetter(char c) => IsAsciiLower(c) || IsAsciiUpper(c);

    private static bool IsAsciiLower(char c) => c >= 'a' && c <= 'z';

    private static bool IsAsciiUpper(char c) => c >= 'A' && c <= 'Z';

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
