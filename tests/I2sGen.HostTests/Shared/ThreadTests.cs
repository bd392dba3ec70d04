using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// The threading contract of the generated classes (docs/user-guide.md section 8): transfers on one instance are
/// serialised, and Dispose or Deinit from another thread during transfers (or racing another Dispose) ends them
/// with their bytes or an <see cref="ObjectDisposedException"/>, never a crash or another exception. The simulator
/// runs on virtual time, so thousands of rounds take well under a second of waiting each.
/// </summary>
public sealed class ThreadTests : SimulatorTest
{
    private const int Threads = 4;
    private const int ReadsPerThread = 500;
    private const int FramesPerRead = 8;
    private const int DisposeRounds = 1000;

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void ConcurrentReadsOnOneInstanceGetEveryFrameOnceAndInOrder(string name)
    {
        var binding = Cases.Microphone(name);
        var bpf = binding.BytesPerFrame;
        I2sSimulator.AttachPattern(binding.Bus);
        var firstFrames = new List<ulong>[Threads];
        var errors = new List<Exception>();
        using (var microphone = binding.Open())
        {
            RunTogether(Threads, thread =>
            {
                var buffer = new byte[FramesPerRead * bpf];
                var firsts = new List<ulong>(ReadsPerThread);
                for (var i = 0; i < ReadsPerThread; i++)
                {
                    Assert.Equal(buffer.Length, microphone.ReadInto(buffer));

                    // Serialised transfers: the frames of one read are consecutive, never interleaved with another's.
                    var first = Frames.Value(buffer.AsSpan(0, bpf));
                    for (var f = 1; f < FramesPerRead; f++)
                    {
                        Assert.Equal(0UL, Frames.Distance(first + (ulong)f, Frames.Value(buffer.AsSpan(f * bpf, bpf)), bpf));
                    }

                    firsts.Add(first);
                }

                firstFrames[thread] = firsts;
            }, errors);
        }

        Assert.Empty(errors);
        var stats = RxStats(binding.Bus);
        Assert.Equal(0UL, stats.OverrunFrames);

        // Every frame the hardware captured went to exactly one read: the reads' first frames are the pattern's
        // values 1, 1 + 8, 1 + 16, ... each once.
        var all = firstFrames.SelectMany(static f => f).OrderBy(static v => v).ToList();
        var expected = Enumerable.Range(0, Threads * ReadsPerThread).Select(i => Frames.PatternValue((ulong)(i * FramesPerRead), bpf)).OrderBy(static v => v);
        Assert.Equal(expected, all);
        Assert.Equal((ulong)(Threads * ReadsPerThread * FramesPerRead * bpf), stats.AppBytes);
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void DisposeDuringReadsEndsThemWithBytesOrObjectDisposedException(string name)
    {
        var binding = Cases.Microphone(name);
        var bpf = binding.BytesPerFrame;
        DisposeDuringTransfers(binding.Open, static device => device.Deinit(), static device => device.IsDisposed, bpf, binding.DmaBufferBytes, static (device, buffer, round) =>
        {
            // Blocking, timed and non-blocking reads over every overload.
            var timeout = (round % 3) - 1;
            return (round % 2) == 0 ? device.ReadInto(buffer, timeout) : device.ReadInto(buffer.AsSpan(), timeout);
        });
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void DisposeDuringWritesEndsThemWithBytesOrObjectDisposedException(string name)
    {
        var binding = Cases.Speaker(name);
        DisposeDuringTransfers(binding.Open, static device => device.Deinit(), static device => device.IsDisposed, binding.BytesPerFrame, binding.DmaBufferBytes, static (device, buffer, round) =>
        {
            var timeout = (round % 3) - 1;
            return (round % 2) == 0 ? device.Write(buffer, timeout) : device.Write(new ReadOnlySpan<byte>(buffer), timeout);
        });
    }

    /// <summary>
    /// <see cref="DisposeRounds"/> rounds: open the binding, let two threads transfer on it in a loop while two others
    /// dispose it (one with Dispose, one with Deinit), all released by one barrier. Each transfer returns whole frames
    /// or throws <see cref="ObjectDisposedException"/>; each round must release the driver, so the next one can open it.
    /// </summary>
    private static void DisposeDuringTransfers<TDevice>(
        Func<TDevice> open, Action<TDevice> deinit, Func<TDevice, bool> isDisposed, int bpf, int bufferBytes, Func<TDevice, byte[], int, int> transfer)
        where TDevice : class, IDisposable
    {
        var errors = new List<Exception>();
        var transfers = 0L;
        var disposedSeen = 0L;
        for (var round = 0; round < DisposeRounds && errors.Count == 0; round++)
        {
            var device = open();
            var r = round;
            RunTogether(4, thread =>
            {
                if (thread >= 2)
                {
                    // Dispose racing Dispose (or Deinit): one releases the driver, the other returns; neither throws.
                    for (var spin = 0; spin < (r % 7) * 50; spin++)
                    {
                        Thread.SpinWait(10);
                    }

                    if (thread == 2)
                    {
                        device.Dispose();
                    }
                    else
                    {
                        deinit(device);
                    }

                    return;
                }

                var buffer = new byte[bufferBytes];
                for (var i = 0; ; i++)
                {
                    int moved;
                    try
                    {
                        moved = transfer(device, buffer, r + i + thread);
                    }
                    catch (ObjectDisposedException)
                    {
                        Interlocked.Increment(ref disposedSeen);
                        return;
                    }

                    Assert.InRange(moved, 0, buffer.Length);
                    Assert.Equal(0, moved % bpf);
                    Interlocked.Increment(ref transfers);
                }
            }, errors);

            Assert.True(isDisposed(device));
        }

        Assert.Empty(errors);

        // Every round ended both transfer loops with ObjectDisposedException, so none was lost to another exception.
        Assert.Equal(2L * DisposeRounds, disposedSeen);
        Assert.True(transfers > 0);
    }

    /// <summary>Runs <paramref name="count"/> threads released together by one barrier; their exceptions go to <paramref name="errors"/>.</summary>
    private static void RunTogether(int count, Action<int> body, List<Exception> errors)
    {
        using var barrier = new Barrier(count);
        var threads = new Thread[count];
        for (var t = 0; t < count; t++)
        {
            var index = t;
            threads[t] = new Thread(() =>
            {
                try
                {
                    barrier.SignalAndWait();
                    body(index);
                }
                catch (Exception e)
                {
                    lock (errors)
                    {
                        errors.Add(e);
                    }
                }
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }
    }
}
