using I2sGen.HostTests.Legacy;
using static I2sGen.HostTests.ClockFigures;

namespace I2sGen.HostTests;

/// <summary>
/// The bindings of this project (IDF 4.4 legacy driver) that the shared tests run against, with their figures written
/// by hand from the declarations in Legacy/Bindings.cs, not read from the generated constants: the tests check the
/// simulator against these, and <see cref="GeneratedFiguresTests"/> checks the generated constants against them.
/// </summary>
/// <remarks>
/// Bytes per frame = channels (2 for RightLeft, 1 for OnlyLeft) x bytes per slot in memory (2 for 16-bit data; 4 for
/// 24- and 32-bit, which the ESP32's DMA keeps in a 32-bit container). DMA frames and count are the declared DmaLength
/// and DmaCount. The real rate: the dividers of the row of tests/I2sGen.Tests/Clock/Golden/idf4.4.7-legacy-esp32.csv
/// for (rate, data bits, slot bits = data bits, MCLK multiple, APLL), two slots per frame; the MCLK multiple is
/// ApllRate / SampleRate when ApllRate is given, else 384 for 24-bit data and 256 otherwise (docs/user-guide.md).
/// </remarks>
public static partial class Cases
{
    /// <summary>Which driver the C side of these bindings calls, for test output.</summary>
    internal const string Driver = "legacy";

    internal static BindingCase<IMicrophone>[] Microphones { get; } =
    {
        // Row 22050,32,32,256,0: N 28 + 10/29, BCLK / 4, 64 bits per frame -> 22049.878 Hz.
        new("LegacyMic32Mono", typeof(LegacyMic32Mono), Bus: 0, BytesPerFrame: 1 * 4, Channels: 1, DmaBufferFrames: 256, DmaBufferCount: 50,
            SampleRate: 22050, RealSampleRate: RealRate(Pll160MHz, n: 28, b: 10, a: 29, bclkDiv: 4, bitsPerFrame: 2 * 32),
            static () => new LegacyMic32Mono()),

        // Row 16000,16,16,256,0: N 39 + 1/16, BCLK / 8, 32 bits per frame -> exactly 16 kHz.
        new("LegacyMic16Stereo", typeof(LegacyMic16Stereo), Bus: 1, BytesPerFrame: 2 * 2, Channels: 2, DmaBufferFrames: 256, DmaBufferCount: 8,
            SampleRate: 16000, RealSampleRate: RealRate(Pll160MHz, n: 39, b: 1, a: 16, bclkDiv: 8, bitsPerFrame: 2 * 16),
            static () => new LegacyMic16Stereo()),
    };

    internal static BindingCase<ISpeaker>[] Speakers { get; } =
    {
        // Row 44100,16,16,256,1 (ApllRate 11289600 = 44100 x 256): the APLL at 2 x MCLK, which ESP-IDF reports as
        // 22579193 Hz (the whole hertz of its exact output, 40 MHz x (9 + 8/256 + 28/65536) / 16), N 2, BCLK / 8,
        // 32 bits per frame -> 44099.986 Hz.
        new("LegacySpeaker16Stereo", typeof(LegacySpeaker16Stereo), Bus: 0, BytesPerFrame: 2 * 2, Channels: 2, DmaBufferFrames: 512,
            DmaBufferCount: 8, SampleRate: 44100, RealSampleRate: RealRate(22_579_193, n: 2, b: 0, a: 1, bclkDiv: 8, bitsPerFrame: 2 * 16),
            static () => new LegacySpeaker16Stereo()),

        // Row 48000,24,24,384,0: N 8 + 17/25, BCLK / 8, 48 bits per frame -> 48003.072 Hz.
        new("LegacySpeaker24Stereo", typeof(LegacySpeaker24Stereo), Bus: 1, BytesPerFrame: 2 * 4, Channels: 2, DmaBufferFrames: 240,
            DmaBufferCount: 6, SampleRate: 48000, RealSampleRate: RealRate(Pll160MHz, n: 8, b: 17, a: 25, bclkDiv: 8, bitsPerFrame: 2 * 24),
            static () => new LegacySpeaker24Stereo()),
    };
}
