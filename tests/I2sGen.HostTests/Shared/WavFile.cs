using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace I2sGen.HostTests;

/// <summary>A PCM WAV file's format and sample bytes: just enough RIFF to write what the tests record and read what the simulator's sink writes.</summary>
internal sealed record WavFile(int Channels, int SampleRate, int BitsPerSample, byte[] Data)
{
    private const int WaveFormatPcm = 1;
    private const int WaveFormatExtensible = 0xFFFE;

    public int BlockAlign => Channels * BitsPerSample / 8;

    public int Frames => Data.Length / BlockAlign;

    /// <summary>Sample <paramref name="frame"/> of <paramref name="channel"/> as a fraction of full scale (-1 to 1).</summary>
    public double Sample(int frame, int channel)
    {
        var offset = (frame * BlockAlign) + (channel * BitsPerSample / 8);
        return BitsPerSample switch
        {
            16 => BinaryPrimitives.ReadInt16LittleEndian(Data.AsSpan(offset)) / 32768.0,
            32 => BinaryPrimitives.ReadInt32LittleEndian(Data.AsSpan(offset)) / 2147483648.0,
            _ => throw new NotSupportedException(BitsPerSample + "-bit WAV"),
        };
    }

    /// <summary>Writes the canonical 44-byte header and the data.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Span<byte> header = stackalloc byte[44];
        Encoding.ASCII.GetBytes("RIFF", header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(4), (uint)(36 + Data.Length));
        Encoding.ASCII.GetBytes("WAVEfmt ", header.Slice(8));
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(20), WaveFormatPcm);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(22), (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(24), (uint)SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(28), (uint)(SampleRate * BlockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(32), (ushort)BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(34), (ushort)BitsPerSample);
        Encoding.ASCII.GetBytes("data", header.Slice(36));
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(40), (uint)Data.Length);
        stream.Write(header);
        stream.Write(Data);
    }

    /// <summary>Reads a PCM WAV file, walking its chunks (so extra chunks before "data" are skipped).</summary>
    public static WavFile Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || Encoding.ASCII.GetString(bytes, 0, 4) != "RIFF" || Encoding.ASCII.GetString(bytes, 8, 4) != "WAVE")
        {
            throw new InvalidDataException(path + " is not a RIFF/WAVE file");
        }

        int? channels = null, rate = null, bits = null;
        var position = 12;
        while (position + 8 <= bytes.Length)
        {
            var id = Encoding.ASCII.GetString(bytes, position, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 4));
            var body = bytes.AsSpan(position + 8, Math.Min(size, bytes.Length - position - 8));
            if (id == "fmt ")
            {
                var format = BinaryPrimitives.ReadUInt16LittleEndian(body);
                if (format != WaveFormatPcm && format != WaveFormatExtensible)
                {
                    throw new InvalidDataException(path + ": WAV format " + format + " is not PCM");
                }

                channels = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(2));
                rate = (int)BinaryPrimitives.ReadUInt32LittleEndian(body.Slice(4));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(14));
            }
            else if (id == "data")
            {
                if (channels is null || rate is null || bits is null)
                {
                    throw new InvalidDataException(path + ": data chunk before fmt chunk");
                }

                return new WavFile(channels.Value, rate.Value, bits.Value, body.ToArray());
            }

            position += 8 + size + (size & 1);
        }

        throw new InvalidDataException(path + " has no data chunk");
    }
}
