using System;
using System.IO;
using I2sGen.Host;
using Xunit;
using Xunit.Abstractions;

namespace I2sGen.HostTests;

/// <summary>
/// The conversion helpers a named part adds (issue 14), through the generated C# on the host: the simulator's tone
/// read through ReadInto and converted with ConvertSamples/ToSample is the tone again at the part's sample width
/// (frequency from zero crossings, amplitude from the peak); samples converted with ConvertSamples and played through
/// Write reach the simulator's sink as the slots the part expects.
/// </summary>
public sealed class PartConversionTests : SimulatorTest
{
    private const double ToneHz = 1000;
    private const double ToneAmplitude = 0.5;

    private readonly ITestOutputHelper _output;

    public PartConversionTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Inmp441ToneComesBackAs24BitSamples()
    {
        I2sSimulator.AttachTone(PartInmp441.Bus, ToneHz, ToneAmplitude);
        var data = new byte[PartInmp441.SampleRate * PartInmp441.BytesPerFrame]; // one second, mono
        using (var microphone = new PartInmp441())
        {
            Fill(data, (buffer, offset, count) => microphone.ReadInto(buffer, offset, count, -1));
        }

        var samples = new int[data.Length / 4];
        Assert.Equal(samples.Length, PartInmp441.ConvertSamples(data, samples));
        Assert.Equal(24, PartInmp441.PartSampleBits);
        AssertTone("INMP441", samples, PartInmp441.SampleRate, PartInmp441.PartSampleBits);
        for (var index = 0; index < samples.Length; index += 97)
        {
            Assert.Equal(samples[index], PartInmp441.ToSample(data, index));
        }
    }

    [Fact]
    public void Sph0645ToneComesBackAs18BitSamples()
    {
        I2sSimulator.AttachTone(PartSph0645.Bus, ToneHz, ToneAmplitude);
        var data = new byte[PartSph0645.SampleRate * PartSph0645.BytesPerFrame];
        using (var microphone = new PartSph0645())
        {
            Fill(data, (buffer, offset, count) => microphone.ReadInto(buffer, offset, count, -1));
        }

        var samples = new int[data.Length / 4];
        Assert.Equal(samples.Length, PartSph0645.ConvertSamples(data, samples));
        Assert.Equal(18, PartSph0645.PartSampleBits);
        AssertTone("SPH0645LM4H", samples, PartSph0645.SampleRate, PartSph0645.PartSampleBits);
    }

    [Fact]
    public void ConvertSamplesStopsAtTheShorterArrayAndAllocatesNothing()
    {
        var data = new byte[64];
        data[3] = 0x80; // the first slot's top byte: the most negative 24-bit sample
        var samples = new int[4];
        PartInmp441.ConvertSamples(data, samples); // warm up the JIT
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = PartInmp441.ConvertSamples(data, samples);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(4, count);
        Assert.Equal(-(1 << 23), samples[0]);
        Assert.Equal(0, allocated);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartInmp441.ToSample(data, 16));
        Assert.Throws<ArgumentNullException>(() => PartInmp441.ConvertSamples(null!, samples));
    }

    [Fact]
    public void Max98357aSamplesConvertedForWriteReachTheSinkAs16BitSlots()
    {
        var directory = Path.Combine(Path.GetTempPath(), "i2sgen-parts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var played = Path.Combine(directory, "played.wav");
            var frames = PartMax98357a.SampleRate / 2;
            var tone = new int[frames * PartMax98357a.Channels];
            for (var index = 0; index < tone.Length; index++)
            {
                // The same sample in both slots (the amplifier plays (L+R)/2); a cosine, so the first sample is not silence.
                tone[index] = (int)Math.Round(ToneAmplitude * 32767 * Math.Cos(2 * Math.PI * ToneHz * (index / 2) / PartMax98357a.SampleRate));
            }

            var data = new byte[tone.Length * 2];
            Assert.Equal(tone.Length, PartMax98357a.ConvertSamples(tone, data));
            I2sSimulator.AttachWavSink(PartMax98357a.Bus, played);
            using (var speaker = new PartMax98357a())
            {
                for (var offset = 0; offset < data.Length;)
                {
                    offset += speaker.Write(data, offset, Math.Min(PartMax98357a.DmaBufferBytes, data.Length - offset), -1);
                }

                I2sSimulator.Advance(1_000_000L * (PartMax98357a.DmaBufferCount + 2) * PartMax98357a.DmaBufferFrames / PartMax98357a.SampleRate);
            }

            var wav = WavFile.Load(played);
            var firstSound = wav.Data.AsSpan().IndexOfAnyExcept((byte)0);
            Assert.True(firstSound >= 0, "nothing but silence was played");
            var start = firstSound - (firstSound % PartMax98357a.BytesPerFrame); // the first slot's low byte is 0 (16384 = 0x4000)
            var mismatch = data.AsSpan().CommonPrefixLength(wav.Data.AsSpan(start, Math.Min(data.Length, wav.Data.Length - start)));
            Assert.True(mismatch == data.Length, $"the played slots differ from the converted samples at byte {mismatch} of {data.Length} (played from byte {start} of {wav.Data.Length})");

            // Decoded by hand as the amplifier reads a slot: 16-bit two's complement, little-endian in memory.
            for (var index = 0; index < tone.Length; index += 31)
            {
                Assert.Equal(tone[index], (int)BitConverter.ToInt16(wav.Data, start + (index * 2)));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Es8311ToneIn24BitSlotsComesBackFromTheHigh3BytesOf4()
    {
        // ESP32: 24-bit data takes 4 bytes of DMA memory, the sample in the high 24 bits (ESP-IDF's programming guide).
        I2sSimulator.AttachTone(PartEs8311.Bus, ToneHz, ToneAmplitude);
        var data = new byte[PartEs8311.SampleRate * PartEs8311.BytesPerFrame];
        using (var microphone = new PartEs8311())
        {
            Fill(data, (buffer, offset, count) => microphone.ReadInto(buffer, offset, count, -1));
        }

        Assert.Equal(24, PartEs8311.BitsPerSample);
        Assert.Equal(4, PartEs8311.BytesPerFrame);
        var samples = new int[data.Length / 4];
        Assert.Equal(samples.Length, PartEs8311.ConvertSamples(data, samples));
        Assert.Equal(24, PartEs8311.PartSampleBits);
        AssertTone("ES8311 (B24)", samples, PartEs8311.SampleRate, PartEs8311.PartSampleBits);
        for (var index = 0; index < samples.Length; index += 89)
        {
            // By hand: the little-endian word, arithmetic-shifted down by the unused low byte.
            Assert.Equal(BitConverter.ToInt32(data, index * 4) >> 8, samples[index]);
            Assert.Equal(samples[index], PartEs8311.ToSample(data, index));
        }
    }

    [Fact]
    public void Pcm5102aSamplesConvertedForWriteReachTheSinkAs24BitDataInThe4ByteSlots()
    {
        var directory = Path.Combine(Path.GetTempPath(), "i2sgen-parts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var played = Path.Combine(directory, "played.wav");
            var frames = PartPcm5102a.SampleRate / 4;
            var tone = new int[frames * PartPcm5102a.Channels];
            const int FullScale24 = (1 << 23) - 1;
            for (var index = 0; index < tone.Length; index++)
            {
                // Left a cosine, right its negative: the slots must not be swapped; neither sample's low byte is 0 in general.
                var value = (int)Math.Round(ToneAmplitude * FullScale24 * Math.Cos(2 * Math.PI * ToneHz * (index / 2) / PartPcm5102a.SampleRate));
                tone[index] = index % 2 == 0 ? value : -value;
            }

            Assert.Equal(24, PartPcm5102a.PartSampleBits);
            var data = new byte[tone.Length * 4];
            Assert.Equal(tone.Length, PartPcm5102a.ConvertSamples(tone, data));
            for (var index = 0; index < tone.Length; index++)
            {
                Assert.Equal(0, data[index * 4]); // the unused low byte
                Assert.Equal(tone[index], BitConverter.ToInt32(data, index * 4) >> 8);
            }

            I2sSimulator.AttachWavSink(PartPcm5102a.Bus, played);
            using (var speaker = new PartPcm5102a())
            {
                for (var offset = 0; offset < data.Length;)
                {
                    offset += speaker.Write(data, offset, Math.Min(PartPcm5102a.DmaBufferBytes, data.Length - offset), -1);
                }

                I2sSimulator.Advance(1_000_000L * (PartPcm5102a.DmaBufferCount + 2) * PartPcm5102a.DmaBufferFrames / PartPcm5102a.SampleRate);
            }

            var wav = WavFile.Load(played);
            var firstSound = wav.Data.AsSpan().IndexOfAnyExcept((byte)0);
            Assert.True(firstSound >= 0, "nothing but silence was played");
            var start = firstSound - (firstSound % PartPcm5102a.BytesPerFrame);
            var mismatch = data.AsSpan().CommonPrefixLength(wav.Data.AsSpan(start, Math.Min(data.Length, wav.Data.Length - start)));
            Assert.True(mismatch == data.Length, $"the played slots differ from the converted samples at byte {mismatch} of {data.Length} (played from byte {start} of {wav.Data.Length})");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Fill(byte[] data, Func<byte[], int, int, int> read)
    {
        for (var filled = 0; filled < data.Length;)
        {
            filled += read(data, filled, data.Length - filled);
        }
    }

    private void AssertTone(string part, int[] samples, int sampleRate, int bits)
    {
        var crossings = 0;
        var peak = 0L;
        for (var index = 1; index < samples.Length; index++)
        {
            crossings += (samples[index - 1] < 0) != (samples[index] < 0) ? 1 : 0;
            peak = Math.Max(peak, Math.Abs((long)samples[index]));
        }

        var seconds = (double)samples.Length / sampleRate;
        var frequency = crossings / 2.0 / seconds;
        var fullScale = (1L << (bits - 1)) - 1;
        _output.WriteLine($"{part}: {crossings} zero crossings in {seconds} s = {frequency} Hz, peak {peak} of {fullScale}");
        Assert.InRange(frequency, ToneHz - 1, ToneHz + 1);
        Assert.InRange(peak, (long)(ToneAmplitude * fullScale * 0.99), (long)(ToneAmplitude * fullScale * 1.01));
        Assert.True(peak <= fullScale, "a converted sample exceeds the part's width");
    }
}
