namespace I2sGen.Generator.Hardware;

/// <summary>
/// Figures derived from a valid configuration: what the driver allocates and produces. The C# wrapper exposes
/// them as constants and the C header documents them, so both sides state the same numbers.
/// </summary>
/// <param name="BitsPerSample">Data bits per sample on the wire.</param>
/// <param name="ActiveSlots">Slots per frame in the buffer: 2 for stereo formats, 1 for mono.</param>
/// <param name="BytesPerSample">Bytes per sample in DMA memory (ESP-IDF's per-chip rounding).</param>
/// <param name="BytesPerFrame">Bytes per frame in the user's buffer; buffer lengths must be a multiple.</param>
/// <param name="DmaFrames">Frames per DMA buffer (dmalen).</param>
/// <param name="DmaBufferBytes">Bytes of one DMA buffer (a long: DmaLength × 8 bytes exceeds int).</param>
/// <param name="DmaBufferLimit">The driver's largest DMA buffer (4092, or 4032 on ESP32-P4).</param>
/// <param name="TotalDmaBytes">DMA RAM of all buffers; long.MaxValue when that does not fit a long (<see cref="SaturatingMath"/>).</param>
/// <param name="BufferedLatencyMicroseconds">Audio held by all DMA buffers, in µs at the requested rate; pinned like <paramref name="TotalDmaBytes"/>.</param>
/// <param name="MclkMultiple">MCLK / fs, as written or chosen (<see cref="ClockChooser"/>).</param>
/// <param name="Clock">The programmed divider chain and the real sample rate.</param>
/// <param name="UsesApll">Whether the audio PLL is the clock source.</param>
/// <param name="Choice">How the multiple and the source were decided (written, or chosen for the smallest error).</param>
internal sealed record BindingFigures(
    int BitsPerSample,
    int ActiveSlots,
    int BytesPerSample,
    int BytesPerFrame,
    int DmaFrames,
    long DmaBufferBytes,
    int DmaBufferLimit,
    long TotalDmaBytes,
    long BufferedLatencyMicroseconds,
    int MclkMultiple,
    ClockResult Clock,
    bool UsesApll,
    ClockChoice Choice)
{
    /// <summary>The largest dmalen whose buffer fits the driver's limit (the driver silently clamps to this).</summary>
    public int LargestValidDmaFrames => DmaBufferLimit / BytesPerFrame;
}
