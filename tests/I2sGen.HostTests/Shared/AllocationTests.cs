using System;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// A binding allocates once, at construction; ReadInto and Write then move audio without a single managed
/// allocation (every overload, every kind of timeout), so an audio loop never wakes the GC.
/// </summary>
public sealed class AllocationTests : SimulatorTest
{
    private const int Calls = 2000;

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void ReadIntoAllocatesNothing(string name)
    {
        var binding = Cases.Microphone(name);
        var buffer = new byte[2 * binding.DmaBufferBytes];
        var frame = binding.BytesPerFrame;
        using var microphone = binding.Open();

        long Loop(int calls)
        {
            long moved = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls; i++)
            {
                moved += microphone.ReadInto(buffer, -1);
                moved += microphone.ReadInto(buffer, frame, buffer.Length - frame, 0);
                moved += microphone.ReadInto(buffer.AsSpan(0, binding.DmaBufferBytes), 25);
                I2sSimulator.Advance(binding.BufferBoundaryMicroseconds(1));
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(moved > 0);
            return allocated;
        }

        Loop(100); // JIT and first-call costs (P/Invoke stubs) happen here, not in the measurement
        Assert.Equal(0, Loop(Calls));
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void WriteAllocatesNothing(string name)
    {
        var binding = Cases.Speaker(name);
        var buffer = new byte[2 * binding.DmaBufferBytes];
        var frame = binding.BytesPerFrame;
        using var speaker = binding.Open();

        long Loop(int calls)
        {
            long moved = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls; i++)
            {
                moved += speaker.Write(buffer, -1);
                moved += speaker.Write(buffer, frame, buffer.Length - frame, 0);
                moved += speaker.Write(new ReadOnlySpan<byte>(buffer, 0, binding.DmaBufferBytes), 25);
                I2sSimulator.Advance(binding.BufferBoundaryMicroseconds(1));
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(moved > 0);
            return allocated;
        }

        Loop(100);
        Assert.Equal(0, Loop(Calls));
    }
}
