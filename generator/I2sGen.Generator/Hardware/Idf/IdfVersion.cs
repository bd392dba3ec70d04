using System;
using System.Globalization;

namespace I2sGen.Generator.Hardware.Idf;

/// <summary>An ESP-IDF release, <c>major.minor.patch</c> (a tag such as <c>v5.5.1</c>; <c>v5.2</c> is 5.2.0).</summary>
internal readonly record struct IdfVersion(int Major, int Minor, int Patch) : IComparable<IdfVersion>
{
    public int CompareTo(IdfVersion other)
    {
        var major = Major.CompareTo(other.Major);
        if (major != 0)
        {
            return major;
        }

        var minor = Minor.CompareTo(other.Minor);
        return minor != 0 ? minor : Patch.CompareTo(other.Patch);
    }

    /// <summary>True when this release is <paramref name="major"/>.<paramref name="minor"/>.<paramref name="patch"/> or later.</summary>
    public bool AtLeast(int major, int minor, int patch = 0) => CompareTo(new IdfVersion(major, minor, patch)) >= 0;

    /// <summary>True when this release belongs to the <paramref name="major"/>.<paramref name="minor"/> branch.</summary>
    public bool IsBranch(int major, int minor) => Major == major && Minor == minor;

    /// <summary>Parses "5.5.1", "v5.2" or "4.4"; returns false for anything else.</summary>
    public static bool TryParse(string? text, out IdfVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("v", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(1);
        }

        var parts = trimmed.Split('.');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new IdfVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}", Major, Minor, Patch);
}
