using System;
using I2sGen.Host;
using Xunit;
using Xunit.Abstractions;

namespace I2sGen.HostTests;

/// <summary>
/// Ten minutes of virtual audio through Write, the generated C and the simulated DMA into a memory sink, with random
/// sizes, timeouts, overloads and stalls. Each call continues where the previous one's returned count ended (as the
/// seed's <c>write(mv[n:])</c> loops do). What was played must be exactly the frames written, once and in order,
/// with only underrun silence (counted by the simulator) between them.
/// </summary>
public sealed class TransmitIntegrityTests : SimulatorTest
{
    private const ulong VirtualDuration = 600_000_000; // ten minutes, in virtual microseconds
    private const ulong SinkCapacity = 64UL << 20;
    private const ulong SinkCheckBytes = 4UL << 20;
    private const uint CallCostMicroseconds = 20;

    private readonly ITestOutputHelper _output;

    public TransmitIntegrityTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void TenMinutesWrittenArePlayedOnceAndInOrderBetweenCountedUnderruns(string name)
    {
        var binding = Cases.Speaker(name);
        var bpf = binding.BytesPerFrame;
        var traffic = new RandomTraffic();
        _output.WriteLine(name + " (" + Cases.Driver + " driver), seed " + RandomTraffic.Seed);

        I2sSimulator.SetCallCost(CallCostMicroseconds);
        I2sSimulator.AttachMemorySink(binding.Bus, SinkCapacity);
        const int guard = 16;
        var scratch = new byte[(3 * binding.DmaBufferBytes) + guard];
        var played = new PlayedChecker(binding);

        ulong written = 0; // frames accepted by Write so far: the next call starts at this frame
        ulong returned = 0;
        long calls = 0;
        ulong start = I2sSimulator.NowMicroseconds;
        using (var speaker = binding.Open())
        {
            while (I2sSimulator.NowMicroseconds - start < VirtualDuration)
            {
                var count = traffic.Frames(binding.DmaBufferFrames) * bpf;
                var timeout = traffic.Timeout();
                var overload = traffic.Overload();
                var offset = overload == 1 ? traffic.Offset(guard) : 0;
                byte[] buffer = overload == 0 ? new byte[count] : scratch;
                Frames.FillTransmit(buffer.AsSpan(offset, count), bpf, written);

                var before = TxStats(binding.Bus).AppBytes;
                var n = overload switch
                {
                    0 => speaker.Write(buffer, timeout),
                    1 => speaker.Write(buffer, offset, count, timeout),
                    _ => speaker.Write(new ReadOnlySpan<byte>(buffer, 0, count), timeout),
                };
                calls++;

                Assert.InRange(n, 0, count);
                Assert.Equal(0, n % bpf);
                Assert.Equal((ulong)n, TxStats(binding.Bus).AppBytes - before);
                if (timeout == -1)
                {
                    Assert.Equal(count, n);
                }

                written += (ulong)(n / bpf);
                returned += (ulong)n;
                I2sSimulator.Advance(traffic.Stall(binding.RingMicroseconds));
                if (I2sSimulator.MemorySinkSize(binding.Bus) >= SinkCheckBytes)
                {
                    played.CheckAndRestartSink();
                }
            }

            // Let the ring play out everything queued, including a partly filled buffer.
            I2sSimulator.Advance(binding.BufferBoundaryMicroseconds(binding.DmaBufferCount + 2));
        }

        played.CheckAndRestartSink();
        var stats = TxStats(binding.Bus);
        _output.WriteLine(calls + " calls, " + written + " frames written, " + stats.UnderrunFrames + " underrun, "
            + stats.Timeouts + " timeouts, " + (I2sSimulator.NowMicroseconds - start) / 1_000_000.0 + " s virtual");

        Assert.Equal(returned, stats.AppBytes);
        Assert.Equal(written, played.DataFrames);
        Assert.Equal(written, stats.DataFrames);
        Assert.Equal(0UL, stats.DiscardedFrames);
        Assert.Equal(played.SilentFrames, stats.UnderrunFrames);
        Assert.Equal(played.SinkFrames, stats.HardwareFrames);
        Assert.Equal(stats.DataFrames + stats.UnderrunFrames, stats.HardwareFrames);
        Assert.True(stats.HardwareFrames >= (ulong)binding.SampleRate * (VirtualDuration / 1_000_000), "less than ten minutes were played");

        Assert.True(stats.UnderrunFrames > 0, "no underrun happened");
        Assert.True(stats.Timeouts > 0, "no call timed out");
    }

    /// <summary>
    /// Walks what the sink received, chunk by chunk (the sink is replaced after each check so memory stays bounded):
    /// every frame is either the next frame written or silence.
    /// </summary>
    private sealed class PlayedChecker
    {
        private readonly BindingCase<ISpeaker> _binding;

        public PlayedChecker(BindingCase<ISpeaker> binding) => _binding = binding;

        public ulong DataFrames { get; private set; }

        public ulong SilentFrames { get; private set; }

        public ulong SinkFrames { get; private set; }

        public void CheckAndRestartSink()
        {
            var bpf = _binding.BytesPerFrame;
            var bytes = I2sSimulator.MemorySinkBytes(_binding.Bus);
            Assert.Equal(0, bytes.Length % _binding.DmaBufferBytes);
            I2sSimulator.AttachMemorySink(_binding.Bus, SinkCapacity);

            for (var f = 0; f < bytes.Length; f += bpf)
            {
                var frame = new ReadOnlySpan<byte>(bytes, f, bpf);
                if (Frames.IsSilent(frame))
                {
                    SilentFrames++;
                    continue;
                }

                var value = Frames.Value(frame);
                var expected = Frames.TransmitValue(DataFrames, bpf);
                if (value != expected)
                {
                    Assert.Fail("played frame " + (SinkFrames + (ulong)(f / bpf)) + " holds " + value + ", expected written frame " + DataFrames + " (" + expected + ")");
                }

                DataFrames++;
            }

            SinkFrames += (ulong)(bytes.Length / bpf);
        }
    }
}
