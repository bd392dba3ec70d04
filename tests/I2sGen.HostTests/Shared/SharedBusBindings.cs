using System;
using I2sGen;
using I2sGen.HostTests;

// Shared buses (issue 11), compiled into every host test project, so they run on both drivers and both host glues.
// The planner groups the bindings with the same bus, BCK and WS (in any order): these pairs form their own groups, and
// the projects' own bindings (legacy_…, std_…) use other clock pins on the same buses, so they stay outside them.
// Their pins overlap the projects' bindings, which never run at the same time (see Std/Bindings.cs), hence the same
// suppressions.
#pragma warning disable I2S0308, I2S0309

namespace I2sGen.HostTests;

/// <summary>
/// The ESPHome voice assistant's microphone: an INMP441-like part, 32-bit slots, the left one, 16 kHz, sharing BCK
/// and WS with <see cref="BusVoiceSpeaker"/> and taking turns with it.
/// </summary>
[I2sMicrophone(Bus = 0, Bck = 32, Ws = 33, Sdin = 39, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
    SampleRate = 16000, DmaCount = 8, DmaLength = 256, MclkMultiple = 256, ApllRate = 0, BusSharing = I2sBusSharing.TakeTurns)]
internal sealed partial class BusVoiceMic : IMicrophone
{
}

/// <summary>The voice assistant's amplifier: MAX98357A-like, 16-bit mono, 16 kHz, taking turns with <see cref="BusVoiceMic"/>.</summary>
[I2sSpeaker(Bus = 0, Bck = 32, Ws = 33, Sdout = 23, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft,
    SampleRate = 16000, DmaCount = 8, DmaLength = 256, MclkMultiple = 256, ApllRate = 0, BusSharing = I2sBusSharing.TakeTurns)]
internal sealed partial class BusVoiceSpeaker : ISpeaker
{
}

/// <summary>A codec's ADC: 16-bit stereo at 16 kHz, full duplex with <see cref="BusDuplexSpeaker"/> (one clock).</summary>
[I2sMicrophone(Bus = 1, Bck = 19, Ws = 18, Sdin = 36, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 16000, DmaCount = 6, DmaLength = 240, MclkMultiple = 256, ApllRate = 0, BusSharing = I2sBusSharing.FullDuplex)]
internal sealed partial class BusDuplexMic : IMicrophone
{
}

/// <summary>The codec's DAC: the same clock and format as <see cref="BusDuplexMic"/>, on its own data pin.</summary>
[I2sSpeaker(Bus = 1, Bck = 19, Ws = 18, Sdout = 27, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft,
    SampleRate = 16000, DmaCount = 6, DmaLength = 240, MclkMultiple = 256, ApllRate = 0, BusSharing = I2sBusSharing.FullDuplex)]
internal sealed partial class BusDuplexSpeaker : ISpeaker
{
}

/// <summary>The shared-bus bindings, which every project declares the same way (their tests name them directly).</summary>
public static partial class Cases
{
    internal static Type[] SharedBusBindings { get; } = { typeof(BusVoiceMic), typeof(BusVoiceSpeaker), typeof(BusDuplexMic), typeof(BusDuplexSpeaker) };
}
