using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// Theory data and lookups over the bindings each project lists in its own part of this class (Microphones,
/// Speakers, Driver). Theories take the binding's name, so test names read "…(name: "StdMic16Mono")".
/// </summary>
public static partial class Cases
{
    public static TheoryData<string> MicrophoneNames => Names(Microphones);

    public static TheoryData<string> SpeakerNames => Names(Speakers);

    internal static BindingCase<IMicrophone> Microphone(string name) => Microphones.Single(c => c.Name == name);

    internal static BindingCase<ISpeaker> Speaker(string name) => Speakers.Single(c => c.Name == name);

    /// <summary>A microphone and a speaker on the same bus: on ESP32 one channel takes a whole controller.</summary>
    internal static (BindingCase<IMicrophone> Microphone, BindingCase<ISpeaker> Speaker) SameBus()
    {
        foreach (var microphone in Microphones)
        {
            var speaker = Speakers.FirstOrDefault(s => s.Bus == microphone.Bus);
            if (speaker is not null)
            {
                return (microphone, speaker);
            }
        }

        throw new InvalidOperationException("Cases must declare a microphone and a speaker on the same bus");
    }

    private static TheoryData<string> Names<TDevice>(IEnumerable<BindingCase<TDevice>> cases)
        where TDevice : IDisposable
    {
        var data = new TheoryData<string>();
        foreach (var bindingCase in cases)
        {
            data.Add(bindingCase.Name);
        }

        return data;
    }
}
