using I2sGen;
using I2sGen.HostTests;

// As in Std/Bindings.cs: the tests run one binding at a time, so these may share buses and pins; the analyzers'
// cross-binding rules (I2S0308, I2S0309) would stop the run-time clash the misuse tests provoke on purpose.
#pragma warning disable I2S0308, I2S0309
//
// Each binding writes its clock (MclkMultiple, and ApllRate, 0 for the default source) so that the figures Cases.cs
// states by hand are those of ESP-IDF's default clock; I2sGen's own choice for open settings (issue 10, I2S0406) is
// tested in I2sGen.Tests (ClockChoiceFlowTests, ClockChoiceRuleTests).

namespace I2sGen.HostTests.Legacy;

/// <summary>The seed's INMP441 (example 3a) on the driver the seed ran on: 32-bit mono, 22.05 kHz, 50 x 256 frames.</summary>
[I2sMicrophone(Bus = 0, Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
    SampleRate = 22050, DmaCount = 50, DmaLength = 256, MclkMultiple = 256, ApllRate = 0)]
internal sealed partial class LegacyMic32Mono : IMicrophone
{
}

/// <summary>16-bit stereo capture at 16 kHz, 8 x 256 frames.</summary>
[I2sMicrophone(Bus = 1, Bck = 14, Ws = 13, Sdin = 35, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 16000, DmaCount = 8, DmaLength = 256, MclkMultiple = 256, ApllRate = 0)]
internal sealed partial class LegacyMic16Stereo : IMicrophone
{
}

/// <summary>16-bit stereo playback at an exact 44.1 kHz from the APLL, 8 x 512 frames (the same bus as <see cref="LegacyMic32Mono"/>).</summary>
[I2sSpeaker(Bus = 0, Bck = 26, Ws = 25, Sdout = 22, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 44100, DmaCount = 8, DmaLength = 512, ApllRate = 11289600)]
internal sealed partial class LegacySpeaker16Stereo : ISpeaker
{
}

/// <summary>24-bit stereo playback at 48 kHz, 6 x 240 frames.</summary>
[I2sSpeaker(Bus = 1, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sDataFormat.B24, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 48000, DmaCount = 6, DmaLength = 240, MclkMultiple = 384, ApllRate = 0)]
internal sealed partial class LegacySpeaker24Stereo : ISpeaker
{
}
