using I2sGen;

namespace SpeakerPlayer;

/// <summary>
/// An Adafruit MAX98357A I2S amplifier as in the seed's play-mono-wav example: BCK 21, WS 22, DIN 27, 16-bit mono on
/// the left slot, 16 kHz, 10 DMA buffers of 512 frames. SD_MODE is pulled above 1.4 V (a 100 kOhm resistor from VIN to
/// SD on the breakout), which selects the left slot; with the breakout's default (L+R)/2 the mono stream plays at
/// half level, so the part is declared with the wiring the analyzers check (docs/parts.md).
/// </summary>
[I2sSpeaker(Bus = 0, Bck = 21, Ws = 22, Sdout = 27,
            Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Left,
            DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft,
            SampleRate = 16000, DmaCount = 10, DmaLength = 512)]
public partial class Max98357a
{
}
