using System;

namespace I2sGen.HostTests;

/// <summary>
/// Frame numbering on both sides of the data path. RX: the simulator's pattern source puts n + 1 (little-endian,
/// truncated to the frame) in frame n, so each frame read says where it came from. TX: the tests write frame k as
/// (k mod (2^bits - 1)) + 1, which is never all zero, so played data can be told from underrun silence.
/// </summary>
internal static class Frames
{
    /// <summary>The little-endian value of a frame's first (up to) eight bytes.</summary>
    public static ulong Value(ReadOnlySpan<byte> frame)
    {
        ulong value = 0;
        var bytes = Math.Min(frame.Length, 8);
        for (var i = bytes - 1; i >= 0; i--)
        {
            value = (value << 8) | frame[i];
        }

        return value;
    }

    /// <summary>One more than the largest value a frame of this size holds (0 standing for 2^64).</summary>
    public static ulong Modulus(int bytesPerFrame) => bytesPerFrame >= 8 ? 0 : 1UL << (8 * bytesPerFrame);

    /// <summary>The pattern source's value of frame <paramref name="index"/>, truncated like the frame.</summary>
    public static ulong PatternValue(ulong index, int bytesPerFrame) => Truncate(index + 1, bytesPerFrame);

    /// <summary>Frames between <paramref name="expected"/> and <paramref name="actual"/> in the pattern's modular numbering.</summary>
    public static ulong Distance(ulong expected, ulong actual, int bytesPerFrame) => Truncate(actual - expected, bytesPerFrame);

    /// <summary>The value the tests write into TX frame <paramref name="index"/>; never zero.</summary>
    public static ulong TransmitValue(ulong index, int bytesPerFrame)
    {
        var modulus = Modulus(bytesPerFrame);
        return modulus == 0 ? index + 1 : (index % (modulus - 1)) + 1;
    }

    /// <summary>Writes TX frames <paramref name="firstIndex"/> onwards into the whole of <paramref name="destination"/>.</summary>
    public static void FillTransmit(Span<byte> destination, int bytesPerFrame, ulong firstIndex)
    {
        destination.Clear();
        var frames = destination.Length / bytesPerFrame;
        var bytes = Math.Min(bytesPerFrame, 8);
        for (var f = 0; f < frames; f++)
        {
            var value = TransmitValue(firstIndex + (ulong)f, bytesPerFrame);
            var frame = destination.Slice(f * bytesPerFrame, bytes);
            for (var i = 0; i < bytes; i++)
            {
                frame[i] = (byte)(value >> (8 * i));
            }
        }
    }

    public static bool IsSilent(ReadOnlySpan<byte> frame) => frame.IndexOfAnyExcept((byte)0) < 0;

    private static ulong Truncate(ulong value, int bytesPerFrame)
    {
        var modulus = Modulus(bytesPerFrame);
        return modulus == 0 ? value : value & (modulus - 1);
    }
}
