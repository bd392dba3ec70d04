using I2sGen.HostTests.Legacy;

namespace I2sGen.HostTests;

/// <summary>The bindings of this project (IDF 4.4 legacy driver) that the shared tests run against.</summary>
public static partial class Cases
{
    /// <summary>Which driver the C side of these bindings calls, for test output.</summary>
    internal const string Driver = "legacy";

    internal static BindingCase<IMicrophone>[] Microphones { get; } =
    {
        new("LegacyMic32Mono", typeof(LegacyMic32Mono), LegacyMic32Mono.Bus, LegacyMic32Mono.BytesPerFrame, LegacyMic32Mono.Channels,
            LegacyMic32Mono.DmaBufferFrames, LegacyMic32Mono.DmaBufferCount, LegacyMic32Mono.SampleRate, LegacyMic32Mono.RealSampleRate, static () => new LegacyMic32Mono()),
        new("LegacyMic16Stereo", typeof(LegacyMic16Stereo), LegacyMic16Stereo.Bus, LegacyMic16Stereo.BytesPerFrame, LegacyMic16Stereo.Channels,
            LegacyMic16Stereo.DmaBufferFrames, LegacyMic16Stereo.DmaBufferCount, LegacyMic16Stereo.SampleRate, LegacyMic16Stereo.RealSampleRate, static () => new LegacyMic16Stereo()),
    };

    internal static BindingCase<ISpeaker>[] Speakers { get; } =
    {
        new("LegacySpeaker16Stereo", typeof(LegacySpeaker16Stereo), LegacySpeaker16Stereo.Bus, LegacySpeaker16Stereo.BytesPerFrame,
            LegacySpeaker16Stereo.Channels, LegacySpeaker16Stereo.DmaBufferFrames, LegacySpeaker16Stereo.DmaBufferCount,
            LegacySpeaker16Stereo.SampleRate, LegacySpeaker16Stereo.RealSampleRate, static () => new LegacySpeaker16Stereo()),
        new("LegacySpeaker24Stereo", typeof(LegacySpeaker24Stereo), LegacySpeaker24Stereo.Bus, LegacySpeaker24Stereo.BytesPerFrame,
            LegacySpeaker24Stereo.Channels, LegacySpeaker24Stereo.DmaBufferFrames, LegacySpeaker24Stereo.DmaBufferCount,
            LegacySpeaker24Stereo.SampleRate, LegacySpeaker24Stereo.RealSampleRate, static () => new LegacySpeaker24Stereo()),
    };
}
