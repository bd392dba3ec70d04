using System;

namespace I2sGen.HostTests;

/// <summary>Tones for the shared-bus tests: 16-bit PCM of a sine, and its frequency and level measured back.</summary>
internal static class Tone
{
    /// <summary>
    /// 16-bit little-endian PCM, every channel alike: <paramref name="frames"/> frames of a cosine of <paramref name="hz"/>,
    /// which starts at full amplitude, so the first frame marks where the tone begins.
    /// </summary>
    public static byte[] Pcm16(double hz, double amplitude, int sampleRate, int frames, int channels = 1)
    {
        var pcm = new byte[frames * channels * 2];
        for (var i = 0; i < frames; i++)
        {
            var sample = (short)Math.Round(Math.Cos(2 * Math.PI * hz * i / sampleRate) * amplitude);
            for (var channel = 0; channel < channels; channel++)
            {
                var at = ((i * channels) + channel) * 2;
                pcm[at] = (byte)sample;
                pcm[at + 1] = (byte)(sample >> 8);
            }
        }

        return pcm;
    }

    /// <summary>Every 16-bit sample of <paramref name="pcm"/>.</summary>
    public static short[] Samples16(ReadOnlySpan<byte> pcm, int stride = 2, int offset = 0)
    {
        var samples = new short[(pcm.Length - offset) / stride];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BitConverter.ToInt16(pcm.Slice((i * stride) + offset, 2));
        }

        return samples;
    }

    /// <summary>
    /// The frequency of a tone from its rising zero crossings: the span from the first to the last, over the cycles in
    /// it, so silence before or after the tone does not count.
    /// </summary>
    public static double Frequency(ReadOnlySpan<short> samples, double sampleRate)
    {
        var first = -1;
        var last = -1;
        var cycles = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if (samples[i - 1] < 0 && samples[i] >= 0)
            {
                if (first < 0)
                {
                    first = i;
                }
                else
                {
                    cycles++;
                }

                last = i;
            }
        }

        return cycles == 0 ? 0 : cycles * sampleRate / (last - first);
    }

    /// <summary>The largest absolute sample.</summary>
    public static int Peak(ReadOnlySpan<short> samples)
    {
        var peak = 0;
        foreach (var sample in samples)
        {
            peak = Math.Max(peak, Math.Abs((int)sample));
        }

        return peak;
    }

    /// <summary>The index of the first sample whose magnitude reaches <paramref name="threshold"/>, or -1.</summary>
    public static int Onset(ReadOnlySpan<short> samples, int threshold)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            if (Math.Abs((int)samples[i]) >= threshold)
            {
                return i;
            }
        }

        return -1;
    }
}
