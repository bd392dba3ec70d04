using System;
using System.Threading;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// A full-duplex bus (issue 11) through the generated C#: <see cref="BusDuplexMic"/> and <see cref="BusDuplexSpeaker"/>
/// on bus 1, one controller, one clock. The speaker plays a tone while the microphone records, from two threads at
/// once, and the simulator's loopback source feeds the microphone what the speaker puts on the wire: the tone comes
/// back sample for sample, late by the driver's own latency (the speaker's DMA queue, then the microphone's buffer).
/// Either member closes without stopping the other; the last one to close frees the bus.
/// </summary>
public sealed class FullDuplexTests : SimulatorTest
{
    private const int Bus = 1;
    private const int ToneFrames = 16000;

    [Fact]
    public void APlayedToneIsRecordedBackAtTheSameTimeFromTwoThreads()
    {
        Assert.Equal(BusDuplexMic.SampleRate, BusDuplexSpeaker.SampleRate);
        I2sSimulator.AttachLoopback(Bus);
        var tone = Tone.Pcm16(1000, 12000, BusDuplexSpeaker.SampleRate, ToneFrames, channels: 2);

        // The microphone reads until the tone has come back whole (or far too long has passed), one DMA buffer a call,
        // while the speaker writes one DMA buffer a call. Calls are atomic in virtual time and a blocking one advances
        // it, so a thread far ahead in real time would run the clock on its own: a writer past the microphone's ring
        // (overruns, as on a device whose reader stalls), a reader through silence before the first write. So the two
        // keep pace: each at most two calls ahead of the other until the tone is written (then the reader reads on); a
        // blocking write may advance the clock by a buffer from its first call.
        var recorded = new byte[4 * ToneFrames * BusDuplexMic.BytesPerFrame];
        var length = 0;
        var onset = -1;
        Exception? failure = null;
        using (var microphone = new BusDuplexMic())
        using (var speaker = new BusDuplexSpeaker())
        using (var credits = new SemaphoreSlim(2))
        using (var readCredits = new SemaphoreSlim(2))
        {
            var chunk = BusDuplexMic.DmaBufferBytes;
            var reader = new Thread(() => Run(ref failure, () =>
            {
                while (length < recorded.Length && (onset < 0 || length - onset < tone.Length))
                {
                    if (!readCredits.Wait(TimeSpan.FromSeconds(30)))
                    {
                        throw new InvalidOperationException("the writer stopped writing");
                    }

                    var read = microphone.ReadInto(recorded, length, Math.Min(chunk, recorded.Length - length));
                    if (onset < 0 && Tone.Onset(Tone.Samples16(recorded.AsSpan(length, read)), 1) is var first and >= 0)
                    {
                        onset = length + (first * 2);
                    }

                    length += read;
                    credits.Release();
                }
            }));
            var writer = new Thread(() => Run(ref failure, () =>
            {
                for (var at = 0; at < tone.Length;)
                {
                    if (!credits.Wait(TimeSpan.FromSeconds(30)))
                    {
                        throw new InvalidOperationException("the reader stopped reading");
                    }

                    at += speaker.Write(tone, at, Math.Min(chunk, tone.Length - at));
                    readCredits.Release();
                }

                // The tone is written: the microphone reads on, unpaced, until it has heard all of it.
                readCredits.Release(recorded.Length / chunk);
            }));
            reader.Start();
            writer.Start();
            writer.Join();
            reader.Join();
        }

        Assert.Null(failure);
        var heard = Tone.Samples16(recorded.AsSpan(0, length));

        // The tone comes back: its frequency, its level, and every sample of it, in order, after the latency.
        Assert.True(onset > 0, "the microphone never heard the speaker, or heard it from its first frame");
        onset /= BusDuplexMic.BytesPerFrame;
        var back = heard.AsSpan(onset * 2, ToneFrames * 2);
        Assert.Equal(0UL, RxStats(Bus).OverrunFrames);
        Assert.InRange(Tone.Frequency(back, BusDuplexMic.SampleRate * 2.0), 999, 1001);
        Assert.Equal(12000, Tone.Peak(back));
        Assert.True(back.SequenceEqual(Tone.Samples16(tone)), "the recorded tone differs from the played one");

        // The latency is the driver's: at least the speaker's whole DMA queue (what it plays first was queued behind
        // it), at most that plus the microphone's ring and the buffer being filled.
        var minimum = BusDuplexSpeaker.DmaBufferCount * BusDuplexSpeaker.DmaBufferFrames;
        var maximum = minimum + ((BusDuplexMic.DmaBufferCount + 1) * BusDuplexMic.DmaBufferFrames);
        Assert.InRange(onset, minimum, maximum);
        Assert.InRange(onset * 1_000_000L / BusDuplexMic.SampleRate, BusDuplexSpeaker.BufferedLatencyMicroseconds,
            BusDuplexSpeaker.BufferedLatencyMicroseconds + BusDuplexMic.BufferedLatencyMicroseconds + (BusDuplexMic.BufferedLatencyMicroseconds / BusDuplexMic.DmaBufferCount));
        Assert.Equal(0UL, RxStats(Bus).OverrunFrames);
    }

    [Fact]
    public void BothMembersOpenInEitherOrderAndTheLastToCloseFreesTheBus()
    {
        var speaker = new BusDuplexSpeaker();
        var microphone = new BusDuplexMic();
        Assert.True(TxStats(Bus).State != I2sSimulator.StateNone);
        Assert.True(RxStats(Bus).State != I2sSimulator.StateNone);

        // Closing the speaker first leaves the microphone open (its object stays usable); then the bus is free.
        speaker.Dispose();
        Assert.False(microphone.IsDisposed);
        microphone.Dispose();
        Assert.True(TxStats(Bus).State == I2sSimulator.StateNone);
        Assert.True(RxStats(Bus).State == I2sSimulator.StateNone);

        // And again the other way round, with the microphone opened first.
        using (new BusDuplexMic())
        using (new BusDuplexSpeaker())
        {
        }

        Assert.True(RxStats(Bus).State == I2sSimulator.StateNone);
    }

    [Fact]
    public void TheSpeakerKeepsPlayingWhenTheMicrophoneCloses()
    {
        I2sSimulator.AttachMemorySink(Bus, 1 << 22);
        var tone = Tone.Pcm16(500, 8000, BusDuplexSpeaker.SampleRate, 4000, channels: 2);
        using var speaker = new BusDuplexSpeaker();
        using (var microphone = new BusDuplexMic())
        {
            Assert.Equal(tone.Length, speaker.Write(tone));
        }

        Assert.Equal(tone.Length, speaker.Write(tone));
        I2sSimulator.Advance((ulong)BusDuplexSpeaker.BufferedLatencyMicroseconds + 1000);
        var played = Tone.Samples16(I2sSimulator.MemorySinkBytes(Bus));

        // Both writes reached the wire back to back: the microphone's closing did not stop or gap the transmitter.
        var onset = Tone.Onset(played, 1);
        Assert.True(onset >= 0 && played.Length >= onset + (2 * tone.Length / 2), "the speaker did not play both tones");
        var expected = Tone.Samples16(tone);
        Assert.True(played.AsSpan(onset, expected.Length).SequenceEqual(expected), "the first tone differs");
        Assert.True(played.AsSpan(onset + expected.Length, expected.Length).SequenceEqual(expected), "the second tone differs or came late");
    }

    [Fact]
    public void TheMicrophoneAloneRecordsOnTheClockTheBusKeepsRunning()
    {
        // The receiver of a full-duplex pair is a slave of the transmitter's clock: with no speaker open, the bus
        // keeps TX running on silence, so the microphone reads (silence, over the loopback) instead of waiting forever.
        I2sSimulator.AttachLoopback(Bus);
        var buffer = new byte[BusDuplexMic.DmaBufferBytes * 2];
        using (var microphone = new BusDuplexMic())
        {
            Assert.Equal(buffer.Length, microphone.ReadInto(buffer));
            using (var speaker = new BusDuplexSpeaker())
            {
            }

            // The speaker came and went: the microphone still has its clock.
            Assert.Equal(buffer.Length, microphone.ReadInto(buffer));
        }

        Assert.All(buffer, static b => Assert.Equal(0, b));
    }

    [Fact]
    public void ASecondInstanceOfAMemberIsRefusedAndNamesThePartner()
    {
        using var microphone = new BusDuplexMic();
        var again = Assert.Throws<InvalidOperationException>(() => new BusDuplexMic());
        Assert.StartsWith("I2S bus 1 is already in use by another BusDuplexMic instance or by a binding outside the bus shared with I2sGen.HostTests.BusDuplexSpeaker", again.Message, StringComparison.Ordinal);
        using var speaker = new BusDuplexSpeaker();
    }

    private static void Run(ref Exception? failure, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is I2sException or InvalidOperationException or ObjectDisposedException)
        {
            failure = exception;
        }
    }
}
