using System;
using System.IO;
using I2sGen.Host;
using Xunit;
using Xunit.Abstractions;

namespace I2sGen.HostTests;

/// <summary>
/// Audio files end to end: recording a simulated tone through ReadInto into a WAV file (the seed's
/// record-to-SD-card example), and playing a WAV file through Write into the simulator's WAV sink.
/// </summary>
public sealed class WavTests : SimulatorTest, IDisposable
{
    private const double ToneHz = 1000;
    private const double ToneAmplitude = 0.5;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "i2sgen-hosttests-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public WavTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_directory);
    }

    void IDisposable.Dispose()
    {
        Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void AToneRecordedThroughReadIntoIntoAWavFileHasTheToneFrequency(string name)
    {
        var binding = Cases.Microphone(name);
        var path = Path.Combine(_directory, name + ".wav");
        var seconds = 2;
        var data = new byte[seconds * binding.SampleRate * binding.BytesPerFrame];
        I2sSimulator.AttachTone(binding.Bus, ToneHz, ToneAmplitude);
        using (var microphone = binding.Open())
        {
            // As the seed's recorder: DMA-buffer-sized reads appended to the file's data.
            var chunk = new byte[binding.DmaBufferBytes];
            for (var filled = 0; filled < data.Length;)
            {
                var n = microphone.ReadInto(chunk, 0, Math.Min(chunk.Length, data.Length - filled), -1);
                chunk.AsSpan(0, n).CopyTo(data.AsSpan(filled));
                filled += n;
            }
        }

        new WavFile(binding.Channels, binding.SampleRate, binding.BytesPerSample * 8, data).Save(path);
        var wav = WavFile.Load(path);

        Assert.Equal(binding.Channels, wav.Channels);
        Assert.Equal(binding.SampleRate, wav.SampleRate);
        Assert.Equal(seconds * binding.SampleRate, wav.Frames);

        var crossings = 0;
        var peak = 0.0;
        var previous = wav.Sample(0, 0);
        for (var frame = 1; frame < wav.Frames; frame++)
        {
            var sample = wav.Sample(frame, 0);
            crossings += (previous < 0) != (sample < 0) ? 1 : 0;
            peak = Math.Max(peak, Math.Abs(sample));
            previous = sample;
            for (var channel = 1; channel < wav.Channels; channel++)
            {
                Assert.Equal(sample, wav.Sample(frame, channel)); // the tone is the same on every slot
            }
        }

        var frequency = crossings / 2.0 / seconds;
        _output.WriteLine(name + ": " + crossings + " zero crossings in " + seconds + " s = " + frequency + " Hz, peak " + peak);
        Assert.InRange(frequency, ToneHz - 1, ToneHz + 1);
        Assert.InRange(peak, ToneAmplitude * 0.99, ToneAmplitude * 1.01);
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void AWavFilePlayedThroughWriteReachesTheWavSinkSampleForSample(string name)
    {
        var binding = Cases.Speaker(name);
        var input = Path.Combine(_directory, name + "-in.wav");
        var played = Path.Combine(_directory, name + "-played.wav");
        var source = TwoTones(binding, frames: (3 * binding.SampleRate / 2) + 7);
        source.Save(input);

        I2sSimulator.AttachWavSink(binding.Bus, played);
        var data = WavFile.Load(input).Data;
        using (var speaker = binding.Open())
        {
            // As the seed's player: DMA-buffer-sized writes, the last one shorter (whole frames).
            for (var offset = 0; offset < data.Length;)
            {
                offset += speaker.Write(data, offset, Math.Min(binding.DmaBufferBytes, data.Length - offset), -1);
            }

            I2sSimulator.Advance(binding.BufferBoundaryMicroseconds(binding.DmaBufferCount + 2));
        }

        var wav = WavFile.Load(played); // deleting the channel completed the file
        Assert.Equal(binding.Channels, wav.Channels);
        Assert.Equal(binding.SampleRate, wav.SampleRate);
        Assert.Equal(binding.BytesPerSample * 8, wav.BitsPerSample);
        Assert.Equal(TxStats(binding.Bus).HardwareFrames, (ulong)wav.Frames);

        // Underrun silence (whole DMA buffers) until the first write was played, then the file, then silence.
        var start = wav.Data.AsSpan().IndexOfAnyExcept((byte)0);
        Assert.True(start >= 0, "nothing but silence was played");
        Assert.Equal(0, start % binding.DmaBufferBytes);
        Assert.True(wav.Data.Length >= start + data.Length, "the file was cut short");
        Assert.True(data.AsSpan().SequenceEqual(wav.Data.AsSpan(start, data.Length)), "the played samples differ from the file's");
        Assert.True(wav.Data.AsSpan(start + data.Length).IndexOfAnyExcept((byte)0) < 0, "something was played after the file");
        _output.WriteLine(name + ": " + source.Frames + " frames played after " + start / binding.BytesPerFrame + " frames of silence");
    }

    /// <summary>A different tone on each channel, starting off zero so the first played frame is not silence.</summary>
    private static WavFile TwoTones(BindingCase<ISpeaker> binding, int frames)
    {
        var bytesPerSample = binding.BytesPerSample;
        var data = new byte[frames * binding.BytesPerFrame];
        for (var frame = 0; frame < frames; frame++)
        {
            for (var channel = 0; channel < binding.Channels; channel++)
            {
                var x = 0.6 * Math.Sin((2 * Math.PI * (440 + (110 * channel)) * frame / binding.SampleRate) + 0.5);
                var sample = (long)(x * (bytesPerSample == 2 ? short.MaxValue : int.MaxValue));
                var offset = (frame * binding.BytesPerFrame) + (channel * bytesPerSample);
                for (var b = 0; b < bytesPerSample; b++)
                {
                    data[offset + b] = (byte)(sample >> (8 * b));
                }
            }
        }

        return new WavFile(binding.Channels, binding.SampleRate, bytesPerSample * 8, data);
    }
}
