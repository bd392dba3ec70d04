using System;
using I2sGen.Host;
using Xunit;
using Xunit.Abstractions;

namespace I2sGen.HostTests;

/// <summary>
/// Ten minutes of virtual audio from the frame-counter pattern source through the generated C and ReadInto, with
/// random sizes, timeouts, overloads and stalls. Every frame the hardware captured must reach the application once
/// and in order, or be counted by the simulator as an overrun (or discarded when the binding stops): nothing is
/// lost, duplicated or reordered silently, and every returned count is exactly what moved.
/// </summary>
public sealed class ReceiveIntegrityTests : SimulatorTest
{
    private const ulong VirtualDuration = 600_000_000; // ten minutes, in virtual microseconds
    private const byte Sentinel = 0xA5;
    private const uint CallCostMicroseconds = 20;

    private readonly ITestOutputHelper _output;

    public ReceiveIntegrityTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void TenMinutesOfPatternArriveOnceAndInOrderOrAsCountedOverruns(string name)
    {
        var binding = Cases.Microphone(name);
        var bpf = binding.BytesPerFrame;
        var traffic = new RandomTraffic();
        _output.WriteLine(name + " (" + Cases.Driver + " driver), seed " + RandomTraffic.Seed);

        I2sSimulator.SetCallCost(CallCostMicroseconds);
        I2sSimulator.AttachPattern(binding.Bus);
        const int guard = 16;
        var scratch = new byte[(3 * binding.DmaBufferBytes) + (2 * guard)];

        ulong expected = 0;       // index of the next pattern frame the application should see
        ulong overrunGap = 0;     // frames skipped between consecutive reads: must all be counted overruns
        ulong returned = 0;
        long calls = 0;
        ulong start = I2sSimulator.NowMicroseconds;
        using (var microphone = binding.Open())
        {
            while (I2sSimulator.NowMicroseconds - start < VirtualDuration)
            {
                // The application's other work happens before a read, never after the last one (see the drain).
                I2sSimulator.Advance(traffic.Stall(binding.RingMicroseconds));
                var count = traffic.Frames(binding.DmaBufferFrames) * bpf;
                var timeout = traffic.Timeout();
                var overload = traffic.Overload();
                var offset = overload == 1 ? traffic.Offset(guard) : 0;
                byte[] buffer = overload == 0 ? new byte[count] : scratch;
                buffer.AsSpan().Fill(Sentinel);

                var before = RxStats(binding.Bus).AppBytes;
                var n = overload switch
                {
                    0 => microphone.ReadInto(buffer, timeout),
                    1 => microphone.ReadInto(buffer, offset, count, timeout),
                    _ => microphone.ReadInto(buffer.AsSpan(0, count), timeout),
                };
                calls++;

                Assert.InRange(n, 0, count);
                Assert.Equal(0, n % bpf);
                Assert.Equal((ulong)n, RxStats(binding.Bus).AppBytes - before);
                if (timeout == -1)
                {
                    Assert.Equal(count, n);
                }

                // Only the first n bytes of the requested range were written.
                Assert.True(buffer.AsSpan(0, offset).IndexOfAnyExcept(Sentinel) < 0, "bytes before the offset were written");
                Assert.True(buffer.AsSpan(offset + n).IndexOfAnyExcept(Sentinel) < 0, "bytes after the returned count were written");

                var data = buffer.AsSpan(offset, n);
                if (n > 0)
                {
                    // The test's decoder agrees with the simulator's own.
                    Assert.Equal(I2sSimulator.PatternValue(data.Slice(0, bpf)), Frames.Value(data.Slice(0, bpf)));
                }

                CheckFrames(data);
                returned += (ulong)n;
            }

            // Drain what the ring holds, so that every overrun so far shows up as a gap in what was read (an overrun
            // drops the oldest queued buffer, which a reader that stops early would never notice).
            int drained;
            do
            {
                drained = microphone.ReadInto(scratch.AsSpan(0, binding.DmaBufferBytes), 0);
                CheckFrames(scratch.AsSpan(0, drained));
                returned += (ulong)drained;
            }
            while (drained > 0);
        }

        var stats = RxStats(binding.Bus);
        _output.WriteLine(calls + " calls, " + stats.AppFrames + " frames read, " + stats.OverrunFrames + " overrun, "
            + stats.DiscardedFrames + " discarded, " + stats.Timeouts + " timeouts, " + (I2sSimulator.NowMicroseconds - start) / 1_000_000.0 + " s virtual");

        // The drain emptied the ring, so stopping the binding threw nothing away.
        Assert.Equal(0UL, stats.DiscardedFrames);
        Assert.Equal(returned, stats.AppBytes);
        Assert.Equal(expected - overrunGap, stats.AppFrames);
        Assert.Equal(overrunGap, stats.OverrunFrames);
        Assert.Equal(stats.AppFrames + stats.OverrunFrames + stats.DiscardedFrames, stats.HardwareFrames);
        Assert.True(stats.HardwareFrames >= (ulong)binding.SampleRate * (VirtualDuration / 1_000_000), "less than ten minutes were captured");

        // The run must have exercised what it checks: losses, timeouts and every kind of call.
        Assert.True(stats.OverrunFrames > 0, "no overrun happened");
        Assert.True(stats.Timeouts > 0, "no call timed out");

        // Each frame read is either the next pattern frame, or the first after a run of frames lost to overruns.
        void CheckFrames(ReadOnlySpan<byte> data)
        {
            for (var f = 0; f < data.Length; f += bpf)
            {
                var value = Frames.Value(data.Slice(f, bpf));
                var gap = Frames.Distance(Frames.PatternValue(expected, bpf), value, bpf);
                if (gap != 0)
                {
                    // Overruns drop whole DMA buffers, and the reader's own buffer is never torn.
                    Assert.True(gap % (ulong)binding.DmaBufferFrames == 0,
                        "frame " + expected + ": jumped " + gap + " frames, not a whole number of DMA buffers (call " + calls + ")");
                    Assert.True(gap < 4UL * (ulong)binding.DmaBufferCount * (ulong)binding.DmaBufferFrames,
                        "frame " + expected + ": jumped " + gap + " frames, more than the stalls can explain (call " + calls + ")");
                    overrunGap += gap;
                    expected += gap;
                }

                expected++;
            }
        }
    }
}
