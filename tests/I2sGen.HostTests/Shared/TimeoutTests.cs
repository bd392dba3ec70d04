using System;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// The seed's timeout contract through the generated C#, the generated C and the simulated driver, measured on the
/// virtual clock: -1 waits (the clock jumps to the DMA buffer boundaries the call needs), 0 never waits (the clock
/// moves only by the per-call cost) and t &gt; 0 waits at most t per DMA buffer. FreeRTOS counts waits in ticks of
/// 10 ms (CONFIG_FREERTOS_HZ = 100, ESP-IDF's default): the driver rounds t down to whole ticks, and the generated C
/// raises a t shorter than one tick to one tick rather than letting it become non-blocking.
/// </summary>
public sealed class TimeoutTests : SimulatorTest
{
    private const ulong TickMicroseconds = 10_000;

    public static TheoryData<int> PositiveTimeouts => new() { 1, 5, 10, 15, 25, 40, 100 };

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void ReadWithMinusOneBlocksUntilTheBufferIsFull(string name)
    {
        var binding = Cases.Microphone(name);
        var count = (2 * binding.DmaBufferBytes) + binding.BytesPerFrame; // needs a third DMA buffer for one frame
        using var microphone = binding.Open();

        Assert.Equal(count, microphone.ReadInto(new byte[count], -1));

        Assert.Equal(binding.BufferBoundaryMicroseconds(3), I2sSimulator.NowMicroseconds);
        var stats = RxStats(binding.Bus);
        Assert.Equal(binding.BufferBoundaryMicroseconds(3), stats.BlockedMicroseconds);
        Assert.Equal(0UL, stats.Timeouts);
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void WriteWithMinusOneBlocksUntilEveryByteIsQueued(string name)
    {
        var binding = Cases.Speaker(name);
        var buffers = binding.DmaBufferCount + 2; // more than the ring holds: the call must wait for the DMA to play
        var count = ((buffers - 1) * binding.DmaBufferBytes) + binding.BytesPerFrame;
        using var speaker = binding.Open();

        Assert.Equal(count, speaker.Write(new byte[count], -1));

        // Nothing is free at start: every DMA buffer the call fills is one the hardware has just finished playing.
        Assert.Equal(binding.BufferBoundaryMicroseconds(buffers), I2sSimulator.NowMicroseconds);
        Assert.Equal(0UL, TxStats(binding.Bus).Timeouts);
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void ReadWithZeroNeverWaits(string name)
    {
        var binding = Cases.Microphone(name);
        var buffer = new byte[4 * binding.DmaBufferBytes];
        using var microphone = binding.Open();

        Assert.Equal(0, microphone.ReadInto(buffer, 0));
        Assert.Equal(0UL, I2sSimulator.NowMicroseconds);

        // Two buffers captured (and a half): a non-blocking read takes exactly the complete ones.
        var now = binding.BufferBoundaryMicroseconds(2) + (binding.BufferBoundaryMicroseconds(1) / 2);
        I2sSimulator.Advance(now);
        Assert.Equal(2 * binding.DmaBufferBytes, microphone.ReadInto(buffer, 0));
        Assert.Equal(now, I2sSimulator.NowMicroseconds);

        // With a per-call cost the clock moves by that cost and nothing else.
        I2sSimulator.SetCallCost(7);
        Assert.Equal(0, microphone.ReadInto(buffer, 0));
        Assert.Equal(now + 7, I2sSimulator.NowMicroseconds);
        Assert.Equal(0UL, RxStats(binding.Bus).BlockedMicroseconds);
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void WriteWithZeroNeverWaitsAndTakesOnlyFreeRoom(string name)
    {
        var binding = Cases.Speaker(name);
        var buffer = new byte[(binding.DmaBufferCount + 2) * binding.DmaBufferBytes];
        using var speaker = binding.Open();

        Assert.Equal(0, speaker.Write(buffer, 0));
        Assert.Equal(0UL, I2sSimulator.NowMicroseconds);

        // Three buffers played: three are free.
        var now = binding.BufferBoundaryMicroseconds(3);
        I2sSimulator.Advance(now);
        Assert.Equal(3 * binding.DmaBufferBytes, speaker.Write(buffer, 0));
        Assert.Equal(now, I2sSimulator.NowMicroseconds);

        // Long after the ring ran dry, the driver's queue of free buffers holds dma_desc_num - 1 entries.
        I2sSimulator.Advance(3 * binding.RingMicroseconds);
        now = I2sSimulator.NowMicroseconds;
        Assert.Equal((binding.DmaBufferCount - 1) * binding.DmaBufferBytes, speaker.Write(buffer, 0));
        Assert.Equal(now, I2sSimulator.NowMicroseconds);

        I2sSimulator.SetCallCost(7);
        Assert.Equal(0, speaker.Write(buffer, 0));
        Assert.Equal(now + 7, I2sSimulator.NowMicroseconds);
        Assert.Equal(0UL, TxStats(binding.Bus).BlockedMicroseconds);
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void ReadWithATimeoutWaitsAtMostThatLongPerDmaBuffer(string name)
    {
        var binding = Cases.Microphone(name);
        foreach (var timeout in PositiveTimeouts)
        {
            I2sSimulator.Reset();
            var count = 4 * binding.DmaBufferBytes;
            int n;
            using (var microphone = binding.Open())
            {
                n = microphone.ReadInto(new byte[count], timeout);
            }

            CheckTimedCall(binding, timeout, count, n, RxStats(binding.Bus).Timeouts);
        }
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void WriteWithATimeoutWaitsAtMostThatLongPerDmaBuffer(string name)
    {
        var binding = Cases.Speaker(name);
        foreach (var timeout in PositiveTimeouts)
        {
            I2sSimulator.Reset();
            var count = 4 * binding.DmaBufferBytes;
            int n;
            using (var speaker = binding.Open())
            {
                n = speaker.Write(new byte[count], timeout);
            }

            CheckTimedCall(binding, timeout, count, n, TxStats(binding.Bus).Timeouts);
        }
    }

    [Fact]
    public void AWaitShorterThanTheDmaBufferTimesOutThenTheNextCallGetsTheBuffer()
    {
        // The 16-bit mono microphone's DMA buffers take 16 ms (or more): a 10 ms wait is too short for the first one.
        var binding = SlowestMicrophone();
        Assert.True(binding.BufferBoundaryMicroseconds(1) > TickMicroseconds, binding.Name + " fills a DMA buffer within one tick");
        var buffer = new byte[binding.DmaBufferBytes];
        using var microphone = binding.Open();

        Assert.Equal(0, microphone.ReadInto(buffer, 10));
        Assert.Equal(TickMicroseconds, I2sSimulator.NowMicroseconds);
        Assert.Equal(1UL, RxStats(binding.Bus).Timeouts);

        Assert.Equal(binding.DmaBufferBytes, microphone.ReadInto(buffer, 10));
        Assert.Equal(binding.BufferBoundaryMicroseconds(1), I2sSimulator.NowMicroseconds);
        Assert.Equal(1UL, RxStats(binding.Bus).Timeouts);
    }

    /// <summary>How long the driver waits for one DMA buffer when the call passes <paramref name="timeoutMs"/> &gt; 0.</summary>
    private static ulong WaitMicroseconds(int timeoutMs) => Math.Max(1UL, (ulong)timeoutMs * 1000 / TickMicroseconds) * TickMicroseconds;

    private static void CheckTimedCall<TDevice>(BindingCase<TDevice> binding, int timeout, int count, int n, ulong timeouts)
        where TDevice : IDisposable
    {
        var elapsed = I2sSimulator.NowMicroseconds;
        var wait = WaitMicroseconds(timeout);
        var context = binding.Name + ", timeout " + timeout + " ms: moved " + n + " of " + count + " bytes in " + elapsed + " us";
        Assert.True(n >= 0 && n <= count && n % binding.BytesPerFrame == 0, context);

        // At most one wait per DMA buffer the call moved, plus the one that ran out; each wait is at most t, or one
        // tick when t is shorter than a tick.
        var waits = (ulong)((n + binding.DmaBufferBytes - 1) / binding.DmaBufferBytes) + (n < count ? 1UL : 0UL);
        Assert.True(elapsed <= waits * wait, context + ": waited longer than " + waits + " x " + wait + " us");
        Assert.True(wait <= Math.Max((ulong)timeout * 1000, TickMicroseconds), context);

        // A short count means a wait ran out (counted once), and then it lasted its whole length.
        Assert.True(n == count ? timeouts == 0 : timeouts == 1, context + ": " + timeouts + " timeouts counted");
        if (n < count)
        {
            Assert.True(elapsed >= wait, context + ": returned before the wait ran out");
        }

        // A wait longer than the gap between two DMA buffers never runs out; one shorter than the first buffer always does.
        var gap = binding.BufferBoundaryMicroseconds(2) - binding.BufferBoundaryMicroseconds(1) + 1;
        if (wait >= Math.Max(gap, binding.BufferBoundaryMicroseconds(1)))
        {
            Assert.True(n == count, context + ": the wait was long enough for every buffer");
            Assert.Equal(binding.BufferBoundaryMicroseconds(4), elapsed);
        }

        if (wait < binding.BufferBoundaryMicroseconds(1))
        {
            Assert.True(n == 0, context + ": the first buffer could not have arrived");
            Assert.Equal(wait, elapsed);
        }
    }

    private static BindingCase<IMicrophone> SlowestMicrophone()
    {
        var slowest = Cases.Microphones[0];
        foreach (var microphone in Cases.Microphones)
        {
            if (microphone.BufferBoundaryMicroseconds(1) > slowest.BufferBoundaryMicroseconds(1))
            {
                slowest = microphone;
            }
        }

        return slowest;
    }
}
