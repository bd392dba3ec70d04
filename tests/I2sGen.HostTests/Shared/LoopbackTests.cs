using System;
using System.Buffers.Binary;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// The simulator's loopback source through the generated C#: what a speaker binding plays, a microphone binding on
/// the other port hears (<see cref="I2sSimulator.AttachLoopback(int, int, int, double)"/>), converted to its format and
/// late by exactly the driver's latency.
/// </summary>
public sealed class LoopbackTests : SimulatorTest
{
    [Fact]
    public void TheMicrophoneHearsWhatTheSpeakerOnTheOtherPortPlaysAfterTheDriversLatency()
    {
        // PartMax98357a (bus 1, 16-bit stereo) and PartInmp441 (bus 0, 32-bit, left slot) both run at 16 kHz; opened at
        // one virtual instant, their frames line up, so every sample comes back exactly.
        Assert.Equal(PartMax98357a.SampleRate, PartInmp441.SampleRate);
        Assert.NotEqual(PartMax98357a.Bus, PartInmp441.Bus);
        I2sSimulator.AttachLoopback(PartInmp441.Bus, PartMax98357a.Bus, 0, 1.0);
        const int Buffers = 40;
        var frames = PartMax98357a.DmaBufferFrames;
        var played = new byte[frames * PartMax98357a.BytesPerFrame];
        var heard = new byte[(Buffers + PartInmp441.DmaBufferCount) * PartInmp441.DmaBufferFrames * PartInmp441.BytesPerFrame];
        var got = 0;
        using (var microphone = new PartInmp441())
        using (var speaker = new PartMax98357a())
        {
            for (var buffer = 0; buffer < Buffers; buffer++)
            {
                for (var frame = 0; frame < frames; frame++)
                {
                    var value = (short)((buffer * frames) + frame + 1);
                    BinaryPrimitives.WriteInt16LittleEndian(played.AsSpan(frame * 4), value);
                    BinaryPrimitives.WriteInt16LittleEndian(played.AsSpan((frame * 4) + 2), (short)-value);
                }

                Assert.Equal(played.Length, speaker.Write(played, -1));
                got += microphone.ReadInto(heard.AsSpan(got), 0);
            }
        }

        // The first frame written goes out when the speaker's ring comes round to the buffer it filled: DmaBufferCount
        // buffers after the start (the first write waited for buffer 0, which went out empty).
        var latency = PartMax98357a.DmaBufferCount * PartMax98357a.DmaBufferFrames;
        var heardFrames = got / PartInmp441.BytesPerFrame;
        Assert.True(heardFrames > latency + frames, "heard " + heardFrames + " frames");
        var first = heard.AsSpan(0, got).IndexOfAnyExcept((byte)0) / PartInmp441.BytesPerFrame;
        Assert.Equal(latency, first);
        for (var frame = latency; frame < heardFrames; frame++)
        {
            // The left 16-bit slot, left-justified in the microphone's 32-bit slot.
            var expected = (frame - latency + 1) << 16;
            Assert.Equal(expected, BinaryPrimitives.ReadInt32LittleEndian(heard.AsSpan(frame * PartInmp441.BytesPerFrame)));
        }
    }

    [Fact]
    public void ArgumentsOutOfRangeAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => I2sSimulator.AttachLoopback(0, 1, -1, 1.0));
        var error = Assert.Throws<I2sException>(() => I2sSimulator.AttachLoopback(0, I2sSimulator.PortCount, 0, 1.0));
        Assert.Equal(I2sError.InvalidArgument, error.ErrorCode);
        Assert.Throws<I2sException>(() => I2sSimulator.AttachLoopback(0, 0, 0, -1.0));
        I2sSimulator.AttachLoopback(1);
        I2sSimulator.AttachSilence(1);
    }
}
