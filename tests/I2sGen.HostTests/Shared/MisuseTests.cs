using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// Misuse of the generated classes gives the documented exception, before anything reaches the driver; lifetime
/// (Dispose, Deinit, finalizer, a second instance, a second binding on a busy bus) behaves as documented.
/// </summary>
public sealed class MisuseTests : SimulatorTest
{
    private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;

    [Fact]
    public void ReadingASpeakerOrWritingAMicrophoneDoesNotCompile()
    {
        foreach (var speaker in Cases.Speakers)
        {
            Assert.DoesNotContain(speaker.Type.GetMethods(PublicInstance), static m => m.Name == "ReadInto");
            Assert.Equal(3, speaker.Type.GetMethods(PublicInstance).Count(static m => m.Name == "Write"));
        }

        foreach (var microphone in Cases.Microphones)
        {
            Assert.DoesNotContain(microphone.Type.GetMethods(PublicInstance), static m => m.Name == "Write");
            Assert.Equal(3, microphone.Type.GetMethods(PublicInstance).Count(static m => m.Name == "ReadInto"));
        }
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void ReadingAfterDisposeOrDeinitThrowsObjectDisposedException(string name)
    {
        var binding = Cases.Microphone(name);
        var buffer = new byte[binding.DmaBufferBytes];
        var microphone = binding.Open();
        microphone.Dispose();

        Assert.True(microphone.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => microphone.ReadInto(buffer));
        Assert.Throws<ObjectDisposedException>(() => microphone.ReadInto(buffer, 0, buffer.Length, 0));
        Assert.Throws<ObjectDisposedException>(() => microphone.ReadInto(buffer.AsSpan(), 0));

        var other = binding.Open();
        other.Deinit();
        Assert.True(other.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => other.ReadInto(buffer, 0));
        Assert.Equal(0UL, RxStats(binding.Bus).AppBytes);
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void WritingAfterDisposeOrDeinitThrowsObjectDisposedException(string name)
    {
        var binding = Cases.Speaker(name);
        var buffer = new byte[binding.DmaBufferBytes];
        var speaker = binding.Open();
        speaker.Dispose();

        Assert.True(speaker.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => speaker.Write(buffer));
        Assert.Throws<ObjectDisposedException>(() => speaker.Write(buffer, 0, buffer.Length, 0));
        Assert.Throws<ObjectDisposedException>(() => speaker.Write(new ReadOnlySpan<byte>(buffer), 0));

        var other = binding.Open();
        other.Deinit();
        Assert.Throws<ObjectDisposedException>(() => other.Write(buffer, 0));
        Assert.Equal(0UL, TxStats(binding.Bus).AppBytes);
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void BadReadArgumentsThrowBeforeTheDriverIsCalled(string name)
    {
        var binding = Cases.Microphone(name);
        var bpf = binding.BytesPerFrame;
        var buffer = new byte[4 * bpf];
        using var microphone = binding.Open();

        Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => microphone.ReadInto(null!)).ParamName);
        Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => microphone.ReadInto(null!, 0, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => microphone.ReadInto(new byte[bpf + 1])).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => microphone.ReadInto(buffer, 0, bpf - 1)).ParamName);
        Assert.Equal("buffer", Assert.Throws<ArgumentException>(() => microphone.ReadInto(buffer.AsSpan(1, 2 * bpf - 1))).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => microphone.ReadInto(buffer, -1, bpf)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => microphone.ReadInto(buffer, buffer.Length + 1, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => microphone.ReadInto(buffer, 0, -bpf)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => microphone.ReadInto(buffer, bpf, buffer.Length)).ParamName);
        Assert.Equal("timeoutMs", Assert.Throws<ArgumentOutOfRangeException>(() => microphone.ReadInto(buffer, -2)).ParamName);
        Assert.Equal("timeoutMs", Assert.Throws<ArgumentOutOfRangeException>(() => microphone.ReadInto(buffer.AsSpan(), int.MinValue)).ParamName);

        // Nothing reached the driver, and nothing waited.
        Assert.Equal(0UL, RxStats(binding.Bus).AppBytes);
        Assert.Equal(0UL, I2sSimulator.NowMicroseconds);

        // Zero bytes is not misuse: it returns at once, even when asked to block.
        Assert.Equal(0, microphone.ReadInto(buffer, buffer.Length, 0, -1));
        Assert.Equal(0, microphone.ReadInto(Span<byte>.Empty, -1));
        Assert.Equal(0UL, I2sSimulator.NowMicroseconds);
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void BadWriteArgumentsThrowBeforeTheDriverIsCalled(string name)
    {
        var binding = Cases.Speaker(name);
        var bpf = binding.BytesPerFrame;
        var buffer = new byte[4 * bpf];
        using var speaker = binding.Open();

        Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => speaker.Write(null!)).ParamName);
        Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => speaker.Write(null!, 0, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => speaker.Write(new byte[bpf + 1])).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => speaker.Write(buffer, 0, bpf - 1)).ParamName);
        Assert.Equal("buffer", Assert.Throws<ArgumentException>(() => speaker.Write(new ReadOnlySpan<byte>(buffer, 1, 2 * bpf - 1))).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => speaker.Write(buffer, -1, bpf)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => speaker.Write(buffer, buffer.Length + 1, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => speaker.Write(buffer, 0, -bpf)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => speaker.Write(buffer, bpf, buffer.Length)).ParamName);
        Assert.Equal("timeoutMs", Assert.Throws<ArgumentOutOfRangeException>(() => speaker.Write(buffer, -2)).ParamName);

        Assert.Equal(0UL, TxStats(binding.Bus).AppBytes);
        Assert.Equal(0UL, I2sSimulator.NowMicroseconds);

        Assert.Equal(0, speaker.Write(buffer, buffer.Length, 0, -1));
        Assert.Equal(0, speaker.Write(ReadOnlySpan<byte>.Empty, -1));
        Assert.Equal(0UL, I2sSimulator.NowMicroseconds);
    }

    [Fact]
    public void ASecondBindingOnABusyBusThrowsInvalidOperationExceptionAndLeavesTheFirstRunning()
    {
        var (microphoneCase, speakerCase) = Cases.SameBus();
        var buffer = new byte[microphoneCase.DmaBufferBytes];
        using (var microphone = microphoneCase.Open())
        {
            var busy = Assert.Throws<InvalidOperationException>(() => speakerCase.Open());
            Assert.Contains("I2S bus " + speakerCase.Bus + " is already in use", busy.Message, StringComparison.Ordinal);

            // A second instance of the same class: the C side holds one driver per binding.
            var twice = Assert.Throws<InvalidOperationException>(() => microphoneCase.Open());
            Assert.Contains("already in use", twice.Message, StringComparison.Ordinal);

            // The failed constructors left nothing for a finalizer to tear down: the first binding still runs.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Assert.Equal(buffer.Length, microphone.ReadInto(buffer, -1));
        }

        // Released, the bus takes the other binding.
        using var speaker = speakerCase.Open();
        Assert.Equal(speakerCase.DmaBufferBytes, speaker.Write(new byte[speakerCase.DmaBufferBytes], -1));
    }

    [Theory]
    [MemberData(nameof(Cases.MicrophoneNames), MemberType = typeof(Cases))]
    public void DisposeIsIdempotentAndANewMicrophoneWorksAfterwards(string name)
    {
        var binding = Cases.Microphone(name);
        var buffer = new byte[binding.DmaBufferBytes];
        var first = binding.Open();
        Assert.False(first.IsDisposed);
        Assert.Equal(buffer.Length, first.ReadInto(buffer, -1));
        first.Dispose();
        first.Dispose();
        first.Deinit();
        Assert.True(first.IsDisposed);
        Assert.Equal((uint)I2sSimulator.StateNone, RxStats(binding.Bus).State);

        using var second = binding.Open();
        Assert.Equal((uint)I2sSimulator.StateRunning, RxStats(binding.Bus).State);
        Assert.Equal(buffer.Length, second.ReadInto(buffer, -1));
    }

    [Theory]
    [MemberData(nameof(Cases.SpeakerNames), MemberType = typeof(Cases))]
    public void DisposeIsIdempotentAndANewSpeakerWorksAfterwards(string name)
    {
        var binding = Cases.Speaker(name);
        var buffer = new byte[binding.DmaBufferBytes];
        var first = binding.Open();
        Assert.Equal(buffer.Length, first.Write(buffer, -1));
        first.Dispose();
        first.Dispose();
        first.Deinit();
        Assert.True(first.IsDisposed);
        Assert.Equal((uint)I2sSimulator.StateNone, TxStats(binding.Bus).State);

        using var second = binding.Open();
        Assert.Equal((uint)I2sSimulator.StateRunning, TxStats(binding.Bus).State);
        Assert.Equal(buffer.Length, second.Write(buffer, -1));
    }

    [Fact]
    public void AnAbandonedBindingIsReleasedByItsFinalizer()
    {
        var binding = Cases.Microphones[0];
        OpenAndAbandon(binding);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal((uint)I2sSimulator.StateNone, RxStats(binding.Bus).State);
        using var microphone = binding.Open();
        Assert.Equal(binding.DmaBufferBytes, microphone.ReadInto(new byte[binding.DmaBufferBytes], -1));
    }

    // Not inlined, so no local of the test method keeps the instance reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void OpenAndAbandon(BindingCase<IMicrophone> binding) => Assert.False(binding.Open().IsDisposed);
}
