using I2sGen;

namespace MicRecorder;

/// <summary>
/// An INMP441 MEMS microphone on the seed's hardware fixture (Lolin D32: BCK 13, WS 14, SD 34), configured as the
/// seed's record-mono-mic example: 32-bit slots (the mic delivers 24 bits), left channel (L/R tied to ground),
/// 22050 Hz, 50 DMA buffers of 256 frames. GPIO34 is input-only, which is fine for the microphone's data line.
/// Naming the part lets the analyzers check the wiring against the INMP441's datasheet (docs/parts.md) and adds
/// <c>ToSample</c>/<c>ConvertSamples</c>, which turn the 32-bit slots into the microphone's 24-bit samples.
/// </summary>
[I2sMicrophone(Bus = 0, Bck = 13, Ws = 14, Sdin = 34,
               Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low,
               DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
               SampleRate = 22050, DmaCount = 50, DmaLength = 256)]
public partial class Inmp441
{
}
