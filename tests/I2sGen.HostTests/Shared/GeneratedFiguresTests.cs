using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// The generator's constants of every binding equal the figures written by hand in this project's <c>Cases</c>
/// (from the declarations, the ESP32's DMA layout and ESP-IDF's own clock arithmetic). The other host tests check
/// the simulator against the hand-written figures, so a wrong generated constant fails here, not silently there.
/// </summary>
public sealed class GeneratedFiguresTests
{
    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void MicrophoneConstantsEqualTheHandWrittenFigures(string name) => AssertConstants(Cases.Microphone(name));

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void SpeakerConstantsEqualTheHandWrittenFigures(string name) => AssertConstants(Cases.Speaker(name));

    [Fact]
    public void EveryBindingOfTheProjectIsACase()
    {
        var declared = typeof(Cases).Assembly.GetTypes()
            .Where(static t => t.IsClass && (typeof(IMicrophone).IsAssignableFrom(t) || typeof(ISpeaker).IsAssignableFrom(t)))
            .Select(static t => t.Name)
            .OrderBy(static n => n, StringComparer.Ordinal)
            .ToArray();
        var listed = Cases.Microphones.Select(static c => c.Type.Name)
            .Concat(Cases.Speakers.Select(static c => c.Type.Name))
            .Concat(Cases.SharedBusBindings.Select(static t => t.Name))
            .OrderBy(static n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, listed);
    }

    private static void AssertConstants<TDevice>(BindingCase<TDevice> binding)
        where TDevice : IDisposable
    {
        Assert.Equal(binding.Name, binding.Type.Name);
        Assert.Equal(binding.Bus, Constant<int>(binding.Type, "Bus"));
        Assert.Equal(binding.BytesPerFrame, Constant<int>(binding.Type, "BytesPerFrame"));
        Assert.Equal(binding.Channels, Constant<int>(binding.Type, "Channels"));
        Assert.Equal(binding.DmaBufferFrames, Constant<int>(binding.Type, "DmaBufferFrames"));
        Assert.Equal(binding.DmaBufferCount, Constant<int>(binding.Type, "DmaBufferCount"));
        Assert.Equal(binding.DmaBufferBytes, Constant<int>(binding.Type, "DmaBufferBytes"));
        Assert.Equal(binding.SampleRate, Constant<int>(binding.Type, "SampleRate"));

        // A micro-hertz: far below any divider step (the nearest other rate of these configurations is Hz away),
        // above the last-digit differences of two ways of rounding the same fraction to a double.
        Assert.Equal(binding.RealSampleRate, Constant<double>(binding.Type, "RealSampleRate"), 1e-6);
    }

    private static T Constant<T>(Type type, string name)
    {
        var field = type.GetField(name, BindingFlags.Public | BindingFlags.Static);
        Assert.True(field is { IsLiteral: true }, type.Name + " has no public constant " + name);
        return Assert.IsType<T>(field!.GetRawConstantValue());
    }
}
