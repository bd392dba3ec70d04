using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// The host glue's proof of sameness (issue 12): one fixed scenario per binding (transfers of random sizes with every
/// kind of timeout, clock advances that provoke overruns and underruns, a partial frame, a second instance on a busy
/// bus, and the statistics after every step), recorded as text: returned counts, the virtual clock, a hash of every
/// byte read or played, exceptions and the driver's last logged error. Each driver has one recorded trace
/// (Traces/&lt;driver&gt;.trace.txt); the projects that compile the generated C and the projects that run on the
/// prebuilt glue must both reproduce it byte for byte, so the two paths agree with each other. Regenerate with
/// I2SGEN_UPDATE_BASELINES=1 (that run fails by design) and review the diff.
/// </summary>
public sealed class GlueTraceTests : SimulatorTest
{
    [Fact]
    public void EveryBindingReproducesTheRecordedTrace()
    {
        var trace = new StringBuilder();
        foreach (var microphone in Cases.Microphones)
        {
            I2sSimulator.Reset();
            RecordMicrophone(trace, microphone);
        }

        foreach (var speaker in Cases.Speakers)
        {
            I2sSimulator.Reset();
            RecordSpeaker(trace, speaker);
        }

        I2sSimulator.Reset();
        RecordSharedBuses(trace);

        var path = Path.Combine(TraceDirectory(), Cases.Driver + ".trace.txt");
        var actual = trace.ToString();
        if (Environment.GetEnvironmentVariable("I2SGEN_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Fail("Trace rewritten: " + path + " (re-run without I2SGEN_UPDATE_BASELINES)");
        }

        Assert.True(File.Exists(path), "No recorded trace at " + path + "; record it with I2SGEN_UPDATE_BASELINES=1");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var at = FirstDifference(expected, actual);
            Assert.Fail("The " + Cases.Driver + " trace (" + HostGlue + " glue) differs from " + path + " at line " + at
                + "\nexpected: " + Line(expected, at) + "\nactual:   " + Line(actual, at));
        }
    }

    /// <summary>Which glue this project runs on, from the library the generated simulator class loads.</summary>
    private static string HostGlue => typeof(GlueTraceTests).Assembly.GetName().Name!.EndsWith("Prebuilt", StringComparison.Ordinal) ? "prebuilt" : "compiled";

    private static void RecordMicrophone(StringBuilder trace, BindingCase<IMicrophone> binding)
    {
        trace.Append("== microphone ").Append(binding.Name).Append('\n');
        I2sSimulator.SetCallCost(37);
        I2sSimulator.AttachPattern(binding.Bus);
        var random = new Random(12);
        using (var microphone = binding.Open())
        {
            Step(trace, "second instance", () => { using var again = binding.Open(); return 0; });
            foreach (var other in Cases.Microphones)
            {
                if (other.Bus == binding.Bus && other.Name != binding.Name)
                {
                    // Another binding's channel on the busy port: the driver refuses it, the glue logs and returns its code.
                    Step(trace, "busy bus " + other.Name, () => { using var clash = other.Open(); return 0; });
                }
            }

            Step(trace, "partial frame", () => microphone.ReadInto(new byte[binding.BytesPerFrame + 1], 0));
            Step(trace, "timeout -2", () => microphone.ReadInto(new byte[binding.BytesPerFrame], -2));
            for (var call = 0; call < 40; call++)
            {
                var frames = random.Next(0, 3 * binding.DmaBufferFrames);
                var timeout = Timeout(random);
                var buffer = new byte[frames * binding.BytesPerFrame];
                if (random.Next(6) == 0)
                {
                    // Long enough for the DMA queue to fill and drop its oldest buffers: overruns.
                    I2sSimulator.Advance(binding.RingMicroseconds + (ulong)random.Next(50_000));
                }

                Step(trace, "read " + buffer.Length + " t=" + timeout, () => microphone.ReadInto(buffer, timeout), buffer);
                Stats(trace, binding.Bus, I2sSimulator.DirectionRx);
            }
        }

        Stats(trace, binding.Bus, I2sSimulator.DirectionRx);
    }

    private static void RecordSpeaker(StringBuilder trace, BindingCase<ISpeaker> binding)
    {
        trace.Append("== speaker ").Append(binding.Name).Append('\n');
        I2sSimulator.SetCallCost(37);
        I2sSimulator.AttachMemorySink(binding.Bus, 1 << 22);
        var random = new Random(21);
        ulong frame = 0;
        using (var speaker = binding.Open())
        {
            Step(trace, "second instance", () => { using var again = binding.Open(); return 0; });
            Step(trace, "partial frame", () => speaker.Write(new byte[binding.BytesPerFrame + 1], 0));
            Step(trace, "timeout -2", () => speaker.Write(new byte[binding.BytesPerFrame], -2));
            for (var call = 0; call < 40; call++)
            {
                var frames = random.Next(0, 3 * binding.DmaBufferFrames);
                var timeout = Timeout(random);
                var buffer = new byte[frames * binding.BytesPerFrame];
                I2sSimulator.FillPattern(buffer, binding.BytesPerFrame, frame);
                if (random.Next(6) == 0)
                {
                    // Long enough for the DMA ring to run dry: underruns.
                    I2sSimulator.Advance(binding.RingMicroseconds + (ulong)random.Next(50_000));
                }

                var written = 0;
                Step(trace, "write " + buffer.Length + " t=" + timeout, () => written = speaker.Write(buffer, timeout));
                frame += (ulong)(written / binding.BytesPerFrame);
                Stats(trace, binding.Bus, I2sSimulator.DirectionTx);
            }
        }

        Stats(trace, binding.Bus, I2sSimulator.DirectionTx);
        var played = I2sSimulator.MemorySinkBytes(binding.Bus);
        trace.Append("played ").Append(played.Length).Append(" sha256 ").Append(Hash(played)).Append('\n');
    }

    /// <summary>
    /// Shared buses (issue 11): the voice assistant taking turns on bus 0 (listen, a refused speaker, speak, a refused
    /// microphone, listen again) and the full-duplex pair on bus 1 round-tripping a pattern over the loopback source,
    /// with a member closing while the other runs. Both glues must drive the driver alike, so the statistics, the bytes
    /// and the logs agree.
    /// </summary>
    private static void RecordSharedBuses(StringBuilder trace)
    {
        trace.Append("== shared bus 0, taking turns\n");
        I2sSimulator.SetCallCost(37);
        I2sSimulator.AttachPattern(0);
        I2sSimulator.AttachMemorySink(0, 1 << 20);
        var heard = new byte[BusVoiceMic.DmaBufferBytes];
        using (var microphone = new BusVoiceMic())
        {
            Step(trace, "speaker while listening", () => { using var speaker = new BusVoiceSpeaker(); return 0; });
            Step(trace, "listen", () => microphone.ReadInto(heard), heard);
        }

        Stats(trace, 0, I2sSimulator.DirectionRx);
        using (var speaker = new BusVoiceSpeaker())
        {
            Step(trace, "microphone while speaking", () => { using var microphone = new BusVoiceMic(); return 0; });
            var said = new byte[BusVoiceSpeaker.DmaBufferBytes * 3];
            I2sSimulator.FillPattern(said, BusVoiceSpeaker.BytesPerFrame, 0);
            Step(trace, "speak", () => speaker.Write(said));
        }

        Stats(trace, 0, I2sSimulator.DirectionTx);
        using (var microphone = new BusVoiceMic())
        {
            Step(trace, "listen again", () => microphone.ReadInto(heard), heard);
        }

        Stats(trace, 0, I2sSimulator.DirectionRx);
        trace.Append("== shared bus 1, full duplex\n");
        I2sSimulator.AttachLoopback(1);
        I2sSimulator.AttachMemorySink(1, 1 << 20);
        var sent = new byte[BusDuplexSpeaker.DmaBufferBytes * 4];
        I2sSimulator.FillPattern(sent, BusDuplexSpeaker.BytesPerFrame, 0);
        var received = new byte[BusDuplexMic.DmaBufferBytes];
        using (var microphone = new BusDuplexMic())
        {
            Step(trace, "microphone alone", () => microphone.ReadInto(received, 20), received);
            using (var speaker = new BusDuplexSpeaker())
            {
                Step(trace, "second microphone", () => { using var again = new BusDuplexMic(); return 0; });
                Step(trace, "play", () => speaker.Write(sent));
                for (var call = 0; call < 12; call++)
                {
                    Step(trace, "record " + call, () => microphone.ReadInto(received, 20), received);
                    Stats(trace, 1, I2sSimulator.DirectionRx);
                }
            }

            Stats(trace, 1, I2sSimulator.DirectionTx);
            Step(trace, "microphone after the speaker", () => microphone.ReadInto(received, 20), received);
        }

        Stats(trace, 1, I2sSimulator.DirectionRx);
        Stats(trace, 1, I2sSimulator.DirectionTx);
        var played = I2sSimulator.MemorySinkBytes(1);
        trace.Append("played ").Append(played.Length).Append(" sha256 ").Append(Hash(played)).Append('\n');
    }

    private static int Timeout(Random random) => random.Next(5) switch
    {
        0 => -1,
        1 => 0,
        2 => 1,
        3 => 5,
        _ => random.Next(1, 60),
    };

    private static void Step(StringBuilder trace, string what, Func<int> call, byte[]? data = null)
    {
        I2sSimulator.ClearLog();
        trace.Append(what).Append(" -> ");
        try
        {
            var count = call();
            trace.Append(count);
            if (data is not null)
            {
                trace.Append(" sha256 ").Append(Hash(data.AsSpan(0, count)));
            }
        }
        catch (Exception exception) when (exception is I2sException or ArgumentException or InvalidOperationException)
        {
            trace.Append(exception.GetType().Name).Append(": ").Append(exception.Message.ReplaceLineEndings(" "));
        }

        trace.Append(" | now ").Append(I2sSimulator.NowMicroseconds).Append(" | log ").Append(I2sSimulator.LastLog()).Append('\n');
    }

    private static void Stats(StringBuilder trace, int port, int direction)
    {
        var s = I2sSimulator.GetStats(port, direction);
        trace.Append("   stats app ").Append(s.AppBytes).Append('/').Append(s.AppFrames)
            .Append(" hw ").Append(s.HardwareFrames).Append(" data ").Append(s.DataFrames)
            .Append(" over ").Append(s.OverrunFrames).Append('/').Append(s.OverrunBuffers)
            .Append(" under ").Append(s.UnderrunFrames).Append('/').Append(s.UnderrunBuffers)
            .Append(" discarded ").Append(s.DiscardedFrames).Append(" dma ").Append(s.DmaBuffers)
            .Append(" timeouts ").Append(s.Timeouts).Append(" blocked ").Append(s.BlockedMicroseconds)
            .Append(" state ").Append(s.State).Append(" rate ").Append(s.SampleRateHz).Append(" bpf ").Append(s.BytesPerFrame)
            .Append(" ring ").Append(s.DmaBufferCount).Append('x').Append(s.DmaBufferBytes).Append(" queued ").Append(s.QueuedBuffers)
            .Append('\n');
    }

    private static string Hash(ReadOnlySpan<byte> data) => Convert.ToHexString(SHA256.HashData(data))[..16];

    private static string TraceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "I2sGen.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "tests", "I2sGen.HostTests", "Traces");
    }

    private static int FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }

    private static string Line(string text, int line)
    {
        var lines = text.Split('\n');
        return line <= lines.Length ? lines[line - 1] : "(end)";
    }
}
