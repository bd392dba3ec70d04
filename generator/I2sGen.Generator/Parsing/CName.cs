using System.Text;

namespace I2sGen.Generator.Parsing;

/// <summary>Turns a C# class name into the snake_case prefix of its C functions: <c>Inmp441</c> → <c>inmp441</c>, <c>MicArray</c> → <c>mic_array</c>.</summary>
internal static class CName
{
    public static string From(string className)
    {
        var text = new StringBuilder(className.Length + 4);
        for (var i = 0; i < className.Length; i++)
        {
            var c = className[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(className[i - 1]) || char.IsDigit(className[i - 1]));
                var startsWord = i > 0 && char.IsUpper(className[i - 1]) && i + 1 < className.Length && char.IsLower(className[i + 1]);
                if ((previousIsLowerOrDigit || startsWord) && text.Length > 0 && text[text.Length - 1] != '_')
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
            {
                text.Append(c);
            }
            else
            {
                text.Append('_');
            }
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }
}
