using I2sGen;

namespace I2sGen.Benchmarks;

/// <summary>
/// The data-path benchmark's microphone: 16-bit stereo at 48 kHz with the largest DMA buffer the driver allows
/// (1023 frames x 4 bytes = 4092 bytes), so per-buffer work is amortised over as many bytes as a real binding can.
/// </summary>
[I2sMicrophone(Bus = 0, Bck = 14, Ws = 13, Sdin = 34, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 48000, DmaCount = 8, DmaLength = 1023)]
internal sealed partial class DataPathMicrophone
{
}

/// <summary>The data-path benchmark's speaker: the same format on the other controller.</summary>
[I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 48000, DmaCount = 8, DmaLength = 1023)]
internal sealed partial class DataPathSpeaker
{
}
