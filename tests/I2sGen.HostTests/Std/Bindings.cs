using I2sGen;
using I2sGen.HostTests;

// The simulator runs one binding at a time (every test releases its bindings and resets the simulator), so these
// bindings may share buses and pins, which firmware could not: a binding per configuration under test, and in
// particular two classes on bus 0 whose clash the misuse tests provoke at run time. The analyzers would report
// I2S0308 (GPIO used by two bindings) and I2S0309 (bus used by two bindings) at compile time; the tests need the
// run-time path instead.
#pragma warning disable I2S0308, I2S0309
//
// Each binding writes its clock (MclkMultiple, and ApllRate, 0 for the default source) so that the figures Cases.cs
// states by hand are those of ESP-IDF's default clock; I2sGen's own choice for open settings (issue 10, I2S0406) is
// tested in I2sGen.Tests (ClockChoiceFlowTests, ClockChoiceRuleTests).

namespace I2sGen.HostTests.Std;

/// <summary>16-bit mono capture at 16 kHz, 8 x 256 frames: the smallest frame (2 bytes).</summary>
[I2sMicrophone(Bus = 0, Bck = 14, Ws = 13, Sdin = 34, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft,
    SampleRate = 16000, DmaCount = 8, DmaLength = 256, MclkMultiple = 256, ApllRate = 0)]
internal sealed partial class StdMic16Mono : IMicrophone
{
}

/// <summary>24-bit stereo capture at 48 kHz (PCM short frame, MCLK 384 x fs), 6 x 240 frames.</summary>
[I2sMicrophone(Bus = 1, Bck = 18, Ws = 19, Sdin = 23, Standard = I2sStandard.PcmShort, DataFormat = I2sDataFormat.B24,
    ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 6, DmaLength = 240, MclkMultiple = 384, ApllRate = 0)]
internal sealed partial class StdMic24Stereo : IMicrophone
{
}

/// <summary>32-bit stereo capture at 32 kHz with a short ring (4 x 128 frames), so stalls overrun quickly.</summary>
[I2sMicrophone(Bus = 1, Bck = 32, Ws = 33, Sdin = 35, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 32000, DmaCount = 4, DmaLength = 128, MclkMultiple = 256, ApllRate = 0)]
internal sealed partial class StdMic32Stereo : IMicrophone
{
}

/// <summary>16-bit stereo playback at 44.1 kHz, 8 x 480 frames (the same bus as <see cref="StdMic16Mono"/>).</summary>
[I2sSpeaker(Bus = 0, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 44100, DmaCount = 8, DmaLength = 480, MclkMultiple = 256, ApllRate = 0)]
internal sealed partial class StdSpeaker16Stereo : ISpeaker
{
}

/// <summary>32-bit mono playback at 16 kHz, the seed's MAX98357A ring (10 x 512 frames).</summary>
[I2sSpeaker(Bus = 1, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
    SampleRate = 16000, DmaCount = 10, DmaLength = 512, MclkMultiple = 256, ApllRate = 0)]
internal sealed partial class StdSpeaker32Mono : ISpeaker
{
}

/// <summary>24-bit mono playback at 24 kHz from the right slot, 6 x 300 frames.</summary>
[I2sSpeaker(Bus = 0, Bck = 4, Ws = 18, Sdout = 19, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.OnlyRight,
    SampleRate = 24000, DmaCount = 6, DmaLength = 300, MclkMultiple = 384, ApllRate = 0)]
internal sealed partial class StdSpeaker24Mono : ISpeaker
{
}
