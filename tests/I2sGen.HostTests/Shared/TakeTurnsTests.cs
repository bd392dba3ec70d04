using System;
using System.Threading;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// A bus whose bindings take turns (issue 11), through the generated C#: the ESPHome voice-assistant pattern of
/// <see cref="BusVoiceMic"/> (32-bit) and <see cref="BusVoiceSpeaker"/> (16-bit) on bus 0 with the same BCK and WS.
/// Listen, close, speak, close, listen again works; opening one while the other is open throws naming the open one,
/// and leaves the open one untouched; closing it frees the bus.
/// </summary>
public sealed class TakeTurnsTests : SimulatorTest
{
    private const string MicName = "I2sGen.HostTests.BusVoiceMic";
    private const string SpeakerName = "I2sGen.HostTests.BusVoiceSpeaker";

    [Fact]
    public void ListenSpeakListenAgain()
    {
        I2sSimulator.AttachTone(BusVoiceMic.Bus, 440, 0.5);
        Assert.InRange(Tone.Frequency(Listen(16000), BusVoiceMic.SampleRate), 438, 442);
        Assert.True(RxStats(0).State == I2sSimulator.StateNone);

        I2sSimulator.AttachMemorySink(BusVoiceSpeaker.Bus, 1 << 20);
        var pcm = Tone.Pcm16(660, 12000, BusVoiceSpeaker.SampleRate, frames: 8000);
        using (var speaker = new BusVoiceSpeaker())
        {
            Assert.Equal(pcm.Length, speaker.Write(pcm));
            I2sSimulator.Advance((ulong)BusVoiceSpeaker.BufferedLatencyMicroseconds + 1000);
        }

        Assert.True(TxStats(0).State == I2sSimulator.StateNone);
        var played = Tone.Samples16(I2sSimulator.MemorySinkBytes(BusVoiceSpeaker.Bus));
        Assert.InRange(Tone.Frequency(played, BusVoiceSpeaker.SampleRate), 655, 665);

        // The bus is free again: the microphone reopens with its own 32-bit format and hears the room again.
        Assert.InRange(Tone.Frequency(Listen(16000), BusVoiceMic.SampleRate), 438, 442);
    }

    [Fact]
    public void OpeningTheSpeakerWhileTheMicrophoneListensThrowsNamingTheMicrophone()
    {
        I2sSimulator.AttachTone(BusVoiceMic.Bus, 440, 0.5);
        using var microphone = new BusVoiceMic();
        var buffer = new byte[BusVoiceMic.BytesPerFrame * 256];
        Assert.Equal(buffer.Length, microphone.ReadInto(buffer));

        var refused = Assert.Throws<InvalidOperationException>(() => new BusVoiceSpeaker());
        Assert.Equal("I2S bus 0 is open by " + MicName + ": dispose " + MicName + " first; the bindings on bus 0 take turns.", refused.Message);

        // The refusal touched nothing: no transmit channel, and the microphone keeps reading.
        Assert.True(TxStats(0).State == I2sSimulator.StateNone);
        Assert.Equal(buffer.Length, microphone.ReadInto(buffer));
        Assert.False(microphone.IsDisposed);
    }

    [Fact]
    public void OpeningTheMicrophoneWhileTheSpeakerPlaysThrowsNamingTheSpeaker()
    {
        I2sSimulator.AttachMemorySink(BusVoiceSpeaker.Bus, 1 << 20);
        var speaker = new BusVoiceSpeaker();
        var refused = Assert.Throws<InvalidOperationException>(() => new BusVoiceMic());
        Assert.Equal("I2S bus 0 is open by " + SpeakerName + ": dispose " + SpeakerName + " first; the bindings on bus 0 take turns.", refused.Message);
        Assert.True(RxStats(0).State == I2sSimulator.StateNone);

        // Deinit frees the bus as Dispose does; the speaker's object stays disposed.
        speaker.Deinit();
        using var microphone = new BusVoiceMic();
        Assert.Throws<ObjectDisposedException>(() => speaker.Write(new byte[2]));
    }

    [Fact]
    public void ASecondInstanceOfTheOpenMemberIsRefusedByItsOwnInitAndKeepsTheTurn()
    {
        using var microphone = new BusVoiceMic();
        var again = Assert.Throws<InvalidOperationException>(() => new BusVoiceMic());
        Assert.StartsWith("I2S bus 0 is already in use by another BusVoiceMic instance or by a binding outside the bus shared with " + SpeakerName, again.Message, StringComparison.Ordinal);

        // The refused second instance gave back only its own claim: the bus still belongs to the open microphone.
        var refused = Assert.Throws<InvalidOperationException>(() => new BusVoiceSpeaker());
        Assert.Contains("open by " + MicName, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFinalizedMemberFreesTheBus()
    {
        OpenAndDrop();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        using var speaker = new BusVoiceSpeaker();
        Assert.True(RxStats(0).State == I2sSimulator.StateNone);
    }

    [Fact]
    public void TwoMembersOpenedAtOnceFromTwoThreadsGetOneTurn()
    {
        for (var round = 0; round < 20; round++)
        {
            using var start = new Barrier(2);
            IMicrophone? microphone = null;
            ISpeaker? speaker = null;
            var threads = new[]
            {
                new Thread(() => microphone = Open<IMicrophone>(start, static () => new BusVoiceMic())),
                new Thread(() => speaker = Open<ISpeaker>(start, static () => new BusVoiceSpeaker())),
            };
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            var opened = new IDisposable?[] { microphone, speaker };
            Assert.Single(opened, static device => device is not null);
            foreach (var device in opened)
            {
                device?.Dispose();
            }

            Assert.True(RxStats(0).State == I2sSimulator.StateNone);
            Assert.True(TxStats(0).State == I2sSimulator.StateNone);
        }
    }

    private static TDevice? Open<TDevice>(Barrier start, Func<TDevice> open)
        where TDevice : class, IDisposable
    {
        start.SignalAndWait();
        try
        {
            return open();
        }
        catch (InvalidOperationException refused) when (refused.Message.Contains("take turns", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static void OpenAndDrop() => _ = new BusVoiceMic();

    /// <summary>Opens the microphone, reads <paramref name="frames"/> frames (the left slot's top 16 bits), closes it.</summary>
    private static short[] Listen(int frames)
    {
        var samples = new short[frames];
        var buffer = new byte[BusVoiceMic.BytesPerFrame * frames];
        using (var microphone = new BusVoiceMic())
        {
            Assert.Equal(buffer.Length, microphone.ReadInto(buffer));
        }

        for (var i = 0; i < frames; i++)
        {
            samples[i] = BitConverter.ToInt16(buffer, (i * BusVoiceMic.BytesPerFrame) + 2);
        }

        return samples;
    }
}
