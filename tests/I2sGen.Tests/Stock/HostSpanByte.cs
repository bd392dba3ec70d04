namespace System;

/// <summary>
/// Host stand-in of nanoFramework's <c>System.SpanByte</c> (mscorlib 1.17.11): a view of part of a byte array, with
/// the members the stock wrapper uses (constructor, <c>Length</c>, <c>CopyTo</c>) and the array and start the firmware
/// model reads as the native code reads the span's fields (nf-interpreter FIELD___array, FIELD___start).
/// Lets the wrapper generated for NANOFRAMEWORK_1_0 run on .NET in <see cref="I2sGen.Tests.Stock.StockEquivalenceTests"/>.
/// </summary>
public readonly struct SpanByte
{
    private readonly byte[] _array;
    private readonly int _start;
    private readonly int _length;

    public SpanByte(byte[] array, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (start < 0 || length < 0 || start > array.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        _array = array;
        _start = start;
        _length = length;
    }

    public int Length => _length;

    internal byte[] HostArray => _array;

    internal int HostStart => _start;

    public void CopyTo(SpanByte destination)
    {
        if (destination._length < _length)
        {
            throw new ArgumentException("destination is too short", nameof(destination));
        }

        Array.Copy(_array, _start, destination._array, destination._start, _length);
    }
}
