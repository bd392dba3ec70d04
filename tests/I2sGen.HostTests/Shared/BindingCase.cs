using System;

namespace I2sGen.HostTests;

/// <summary>
/// One generated binding under test: its figures (written by hand in each project's Cases; GeneratedFiguresTests checks
/// the generated constants against them), its type (for reflection) and a constructor call. <typeparamref name="TDevice"/> is <see cref="IMicrophone"/> or <see cref="ISpeaker"/>.
/// </summary>
internal sealed record BindingCase<TDevice>(
    string Name,
    Type Type,
    int Bus,
    int BytesPerFrame,
    int Channels,
    int DmaBufferFrames,
    int DmaBufferCount,
    int SampleRate,
    double RealSampleRate,
    Func<TDevice> Open)
    where TDevice : IDisposable
{
    public int DmaBufferBytes => DmaBufferFrames * BytesPerFrame;

    /// <summary>Bytes of one sample in memory (the DMA container: 2 or 4).</summary>
    public int BytesPerSample => BytesPerFrame / Channels;

    /// <summary>
    /// Virtual time, from the channel's start, at which the hardware completes DMA buffer <paramref name="buffers"/>
    /// (1-based): the instant its last frame has been clocked, rounded up to a microsecond. The simulator clocks
    /// frames at the rate the chip's dividers produce, the generated <c>RealSampleRate</c>, not the requested one.
    /// </summary>
    public ulong BufferBoundaryMicroseconds(long buffers) =>
        (ulong)Math.Ceiling(buffers * DmaBufferFrames * 1_000_000.0 / RealSampleRate);

    /// <summary>Audio held by the whole DMA ring, in virtual microseconds.</summary>
    public ulong RingMicroseconds => BufferBoundaryMicroseconds(DmaBufferCount);

    public override string ToString() => Name;
}
