using System;

namespace I2sGen.HostTests;

/// <summary>
/// The random choices of the integrity runs: how many whole frames a call moves, its timeout (-1, 0 or a wait in
/// ms, including waits shorter than a FreeRTOS tick), which overload it uses, and when the application "stalls"
/// (does other work while the virtual hardware keeps running).
/// </summary>
internal sealed class RandomTraffic
{
    /// <summary>The fixed seed of every integrity run; tests print it.</summary>
    public const int Seed = 0x12C0DE;

    private readonly Random _random = new(Seed);

    public int Frames(int dmaBufferFrames) => _random.Next(1, (3 * dmaBufferFrames) + 1);

    public int Timeout()
    {
        var pick = _random.Next(10);
        return pick switch
        {
            < 3 => -1,
            < 6 => 0,
            _ => _random.Next(1, 60),
        };
    }

    /// <summary>0: byte[]; 1: byte[] with offset and count; 2: span.</summary>
    public int Overload() => _random.Next(3);

    public int Offset(int maxOffset) => _random.Next(0, maxOffset + 1);

    /// <summary>Virtual microseconds of other work before the next call: usually none, sometimes up to two rings.</summary>
    public ulong Stall(ulong ringMicroseconds) => _random.Next(8) == 0 ? (ulong)_random.NextInt64(0, (long)(2 * ringMicroseconds)) : 0;
}
