using I2sGen;

// As in Bindings.cs: the simulator runs one binding at a time, so these may reuse the buses and pins of the others.
#pragma warning disable I2S0308, I2S0309

namespace I2sGen.HostTests;

/// <summary>An INMP441 with L/R tied low: 24-bit samples in 32-bit slots, the left slot, 16 kHz (issue 14).</summary>
[I2sMicrophone(Bus = 0, Bck = 14, Ws = 13, Sdin = 34, Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B32,
    ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 8, DmaLength = 256)]
internal sealed partial class PartInmp441
{
}

/// <summary>An SPH0645LM4H with SEL tied high: 18-bit samples in 32-bit slots, the right slot, 32 kHz.</summary>
[I2sMicrophone(Bus = 1, Bck = 32, Ws = 33, Sdin = 35, Part = I2sPart.Sph0645lm4h, LrPin = I2sPinLevel.High, DataFormat = I2sDataFormat.B32,
    ChannelFormat = I2sChannelFormat.OnlyRight, SampleRate = 32000, DmaCount = 4, DmaLength = 128)]
internal sealed partial class PartSph0645
{
}

/// <summary>A MAX98357A with SD_MODE on the breakout's pull-up ((L+R)/2): 16-bit stereo frames at 16 kHz.</summary>
[I2sSpeaker(Bus = 1, Bck = 21, Ws = 22, Sdout = 27, Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Mix, DataFormat = I2sDataFormat.B16,
    ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 16000, DmaCount = 8, DmaLength = 256)]
internal sealed partial class PartMax98357a
{
}

// The codec's registers are set elsewhere (I2S0613): the simulator needs none.
#pragma warning disable I2S0613

/// <summary>
/// An ES8311 sending 24-bit samples in 24-bit slots: on the ESP32 each sample takes 4 bytes of DMA memory, the data in
/// the high 3 (ESP-IDF's programming guide), so the helpers shift by 8.
/// </summary>
[I2sMicrophone(Bus = 0, Bck = 18, Ws = 19, Sdin = 39, Part = I2sPart.Es8311, DataFormat = I2sDataFormat.B24,
    ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 8, DmaLength = 240)]
internal sealed partial class PartEs8311
{
}

#pragma warning restore I2S0613

/// <summary>A PCM5102A with FMT low fed 24-bit stereo samples in 24-bit slots (4 bytes each in ESP32 DMA memory), 48 kHz.</summary>
[I2sSpeaker(Bus = 1, Bck = 26, Ws = 25, Sdout = 23, Part = I2sPart.Pcm5102a, FormatPin = I2sPinLevel.Low, DataFormat = I2sDataFormat.B24,
    ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 240)]
internal sealed partial class PartPcm5102a
{
}
