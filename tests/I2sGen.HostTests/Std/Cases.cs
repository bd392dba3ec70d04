using I2sGen.HostTests.Std;
using static I2sGen.HostTests.ClockFigures;

namespace I2sGen.HostTests;

/// <summary>
/// The bindings of this project (IDF 5 i2s_std driver) that the shared tests run against, with their figures written
/// by hand from the declarations in Std/Bindings.cs, not read from the generated constants: the tests check the
/// simulator against these, and <see cref="GeneratedFiguresTests"/> checks the generated constants against them.
/// </summary>
/// <remarks>
/// Bytes per frame = channels (2 for RightLeft, 1 for OnlyLeft/OnlyRight) x bytes per slot in memory (2 for 16-bit
/// data; 4 for 24- and 32-bit, which the ESP32's DMA keeps in a 32-bit container). DMA frames and count are the
/// declared DmaLength and DmaCount. The real rate: the dividers of the ESP32 PLL_F160M row of
/// tests/I2sGen.Tests/Clock/Golden/idf5.5.1-std-esp32.csv for (rate, data bits, slot bits = data bits, MCLK multiple
/// 256, or 384 for 24-bit data, which the std driver requires to be a multiple of 3), two slots per frame.
/// </remarks>
public static partial class Cases
{
    /// <summary>Which driver the C side of these bindings calls, for test output.</summary>
    internal const string Driver = "std";

    internal static BindingCase<IMicrophone>[] Microphones { get; } =
    {
        // Row 16000,16,16,256: N 39 + 1/16, BCLK / 8, 32 bits per frame -> exactly 16 kHz.
        new("StdMic16Mono", typeof(StdMic16Mono), Bus: 0, BytesPerFrame: 1 * 2, Channels: 1, DmaBufferFrames: 256, DmaBufferCount: 8,
            SampleRate: 16000, RealSampleRate: RealRate(Pll160MHz, n: 39, b: 1, a: 16, bclkDiv: 8, bitsPerFrame: 2 * 16),
            static () => new StdMic16Mono()),

        // Row 48000,24,24,384: N 8 + 17/25, BCLK / 8, 48 bits per frame -> 48003.072 Hz.
        new("StdMic24Stereo", typeof(StdMic24Stereo), Bus: 1, BytesPerFrame: 2 * 4, Channels: 2, DmaBufferFrames: 240, DmaBufferCount: 6,
            SampleRate: 48000, RealSampleRate: RealRate(Pll160MHz, n: 8, b: 17, a: 25, bclkDiv: 8, bitsPerFrame: 2 * 24),
            static () => new StdMic24Stereo()),

        // Row 32000,32,32,256: N 19 + 17/32, BCLK / 4, 64 bits per frame -> exactly 32 kHz.
        new("StdMic32Stereo", typeof(StdMic32Stereo), Bus: 1, BytesPerFrame: 2 * 4, Channels: 2, DmaBufferFrames: 128, DmaBufferCount: 4,
            SampleRate: 32000, RealSampleRate: RealRate(Pll160MHz, n: 19, b: 17, a: 32, bclkDiv: 4, bitsPerFrame: 2 * 32),
            static () => new StdMic32Stereo()),
    };

    internal static BindingCase<ISpeaker>[] Speakers { get; } =
    {
        // Row 44100,16,16,256: N 14 + 5/29, BCLK / 8, 32 bits per frame -> 44099.757 Hz.
        new("StdSpeaker16Stereo", typeof(StdSpeaker16Stereo), Bus: 0, BytesPerFrame: 2 * 2, Channels: 2, DmaBufferFrames: 480, DmaBufferCount: 8,
            SampleRate: 44100, RealSampleRate: RealRate(Pll160MHz, n: 14, b: 5, a: 29, bclkDiv: 8, bitsPerFrame: 2 * 16),
            static () => new StdSpeaker16Stereo()),

        // Row 16000,32,32,256: N 39 + 1/16, BCLK / 4, 64 bits per frame -> exactly 16 kHz.
        new("StdSpeaker32Mono", typeof(StdSpeaker32Mono), Bus: 1, BytesPerFrame: 1 * 4, Channels: 1, DmaBufferFrames: 512, DmaBufferCount: 10,
            SampleRate: 16000, RealSampleRate: RealRate(Pll160MHz, n: 39, b: 1, a: 16, bclkDiv: 4, bitsPerFrame: 2 * 32),
            static () => new StdSpeaker32Mono()),

        // Row 24000,24,24,384: N 17 + 13/36, BCLK / 8, 48 bits per frame -> exactly 24 kHz.
        new("StdSpeaker24Mono", typeof(StdSpeaker24Mono), Bus: 0, BytesPerFrame: 1 * 4, Channels: 1, DmaBufferFrames: 300, DmaBufferCount: 6,
            SampleRate: 24000, RealSampleRate: RealRate(Pll160MHz, n: 17, b: 13, a: 36, bclkDiv: 8, bitsPerFrame: 2 * 24),
            static () => new StdSpeaker24Mono()),
    };
}
