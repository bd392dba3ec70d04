using System;
using System.IO;
using System.Text;

namespace I2sGen.Samples;

/// <summary>Minimal 16-bit PCM WAV reading and writing for the samples (little-endian RIFF, one data chunk).</summary>
internal static class WavFile
{
    public static void Write16(string path, int sampleRate, int channels, ReadOnlySpan<byte> samples)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.ASCII);
        writer.Write("RIFF"u8);
        writer.Write(36 + samples.Length);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * channels * 2);
        writer.Write((short)(channels * 2));
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples.Length);
        writer.Write(samples);
    }

    /// <summary>Reads a 16-bit PCM WAV; throws <see cref="InvalidDataException"/> with the reason for anything else.</summary>
    public static (int SampleRate, int Channels, byte[] Samples) Read16(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.ASCII);
        if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != "RIFF")
        {
            throw new InvalidDataException(path + " is not a RIFF/WAV file");
        }

        reader.ReadInt32();
        if (Encoding.ASCII.GetString(reader.ReadBytes(4)) != "WAVE")
        {
            throw new InvalidDataException(path + " is not a WAVE file");
        }

        int sampleRate = 0, channels = 0, bits = 0;
        while (reader.BaseStream.Position + 8 <= reader.BaseStream.Length)
        {
            var id = Encoding.ASCII.GetString(reader.ReadBytes(4));
            var size = reader.ReadInt32();
            if (id == "fmt ")
            {
                var format = reader.ReadInt16();
                channels = reader.ReadInt16();
                sampleRate = reader.ReadInt32();
                reader.ReadInt32();
                reader.ReadInt16();
                bits = reader.ReadInt16();
                reader.ReadBytes(size - 16);
                if (format != 1 || bits != 16)
                {
                    throw new InvalidDataException($"{path}: only 16-bit PCM is supported (format {format}, {bits} bits)");
                }
            }
            else if (id == "data")
            {
                return (sampleRate, channels, reader.ReadBytes(size));
            }
            else
            {
                reader.ReadBytes(size + (size & 1));
            }
        }

        throw new InvalidDataException(path + " has no data chunk");
    }
}
