using System.Collections.Generic;
using System.Text;

namespace I2sGen.Generator.Chips;

/// <summary>Formats pin sets for diagnostics, e.g. "GPIO0-23, 25-27, 32-33".</summary>
internal static class PinText
{
    public static string Ranges(ulong mask)
    {
        var parts = new List<string>();
        var pin = 0;
        while (pin < 64)
        {
            if (!ChipInfo.IsSet(mask, pin))
            {
                pin++;
                continue;
            }

            var start = pin;
            while (pin + 1 < 64 && ChipInfo.IsSet(mask, pin + 1))
            {
                pin++;
            }

            parts.Add(start == pin ? start.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + pin.ToString(System.Globalization.CultureInfo.InvariantCulture));
            pin++;
        }

        var text = new StringBuilder("GPIO");
        text.Append(parts.Count == 0 ? "(none)" : string.Join(", ", parts));
        return text.ToString();
    }
}
