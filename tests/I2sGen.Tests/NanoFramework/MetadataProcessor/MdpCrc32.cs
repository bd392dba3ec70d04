using System.Text;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>
/// The metadata processor's CRC primitive (MetadataProcessor.Shared/Utility/Crc32.cs): table-driven CRC-32,
/// polynomial 0x04C11DB7, MSB first (not reflected), no final XOR, seeded with the running value. Strings are hashed
/// as ASCII with no separator. With seed 0xFFFFFFFF it is CRC-32/MPEG-2.
/// </summary>
internal static class MdpCrc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(string text, uint seed) => Compute(Encoding.ASCII.GetBytes(text), seed);

    public static uint Compute(byte[] bytes, uint seed)
    {
        var crc = seed;
        foreach (var b in bytes)
        {
            crc = Table[((crc >> 24) ^ b) & 0xFF] ^ (crc << 8);
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var value = i << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 0x80000000) != 0 ? (value << 1) ^ 0x04C11DB7 : value << 1;
            }

            table[i] = value;
        }

        return table;
    }
}
