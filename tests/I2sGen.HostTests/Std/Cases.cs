using I2sGen.HostTests.Std;

namespace I2sGen.HostTests;

/// <summary>The bindings of this project (IDF 5 i2s_std driver) that the shared tests run against.</summary>
public static partial class Cases
{
    /// <summary>Which driver the C side of these bindings calls, for test output.</summary>
    internal const string Driver = "std";

    internal static BindingCase<IMicrophone>[] Microphones { get; } =
    {
        new("StdMic16Mono", typeof(StdMic16Mono), StdMic16Mono.Bus, StdMic16Mono.BytesPerFrame, StdMic16Mono.Channels,
            StdMic16Mono.DmaBufferFrames, StdMic16Mono.DmaBufferCount, StdMic16Mono.SampleRate, StdMic16Mono.RealSampleRate, static () => new StdMic16Mono()),
        new("StdMic24Stereo", typeof(StdMic24Stereo), StdMic24Stereo.Bus, StdMic24Stereo.BytesPerFrame, StdMic24Stereo.Channels,
            StdMic24Stereo.DmaBufferFrames, StdMic24Stereo.DmaBufferCount, StdMic24Stereo.SampleRate, StdMic24Stereo.RealSampleRate, static () => new StdMic24Stereo()),
        new("StdMic32Stereo", typeof(StdMic32Stereo), StdMic32Stereo.Bus, StdMic32Stereo.BytesPerFrame, StdMic32Stereo.Channels,
            StdMic32Stereo.DmaBufferFrames, StdMic32Stereo.DmaBufferCount, StdMic32Stereo.SampleRate, StdMic32Stereo.RealSampleRate, static () => new StdMic32Stereo()),
    };

    internal static BindingCase<ISpeaker>[] Speakers { get; } =
    {
        new("StdSpeaker16Stereo", typeof(StdSpeaker16Stereo), StdSpeaker16Stereo.Bus, StdSpeaker16Stereo.BytesPerFrame, StdSpeaker16Stereo.Channels,
            StdSpeaker16Stereo.DmaBufferFrames, StdSpeaker16Stereo.DmaBufferCount, StdSpeaker16Stereo.SampleRate, StdSpeaker16Stereo.RealSampleRate, static () => new StdSpeaker16Stereo()),
        new("StdSpeaker32Mono", typeof(StdSpeaker32Mono), StdSpeaker32Mono.Bus, StdSpeaker32Mono.BytesPerFrame, StdSpeaker32Mono.Channels,
            StdSpeaker32Mono.DmaBufferFrames, StdSpeaker32Mono.DmaBufferCount, StdSpeaker32Mono.SampleRate, StdSpeaker32Mono.RealSampleRate, static () => new StdSpeaker32Mono()),
        new("StdSpeaker24Mono", typeof(StdSpeaker24Mono), StdSpeaker24Mono.Bus, StdSpeaker24Mono.BytesPerFrame, StdSpeaker24Mono.Channels,
            StdSpeaker24Mono.DmaBufferFrames, StdSpeaker24Mono.DmaBufferCount, StdSpeaker24Mono.SampleRate, StdSpeaker24Mono.RealSampleRate, static () => new StdSpeaker24Mono()),
    };
}
