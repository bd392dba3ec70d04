using System;
using System.IO;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// The samples build with <c>dotnet build</c> and run on the host simulator: the recorder writes a WAV of the
/// simulated microphone, the player's "speaker" receives every frame of the input, and both print the binding's
/// figures and where the firmware files are.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleTests : IDisposable
{
    private readonly TempDirectory _temp = new("i2sgen-samples-");

    private string Folder => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MicRecorderRecordsTheSimulatedMicrophone()
    {
        var output = Path.Combine(Folder, "take.wav");
        var run = BuildAndRun("MicRecorder", new[] { "1", output });

        Assert.Contains("Inmp441 on I2S0: BCK GPIO13, WS GPIO14, SD GPIO34", run, StringComparison.Ordinal);
        Assert.Contains("22049.992 Hz real", run, StringComparison.Ordinal); // I2sGen chose the APLL (I2S0406): PLL_F160M gives 22049.878 Hz
        Assert.Contains("0 frames lost to overrun", run, StringComparison.Ordinal);
        AssertFirmwareFiles(run, "inmp441_i2s.c");

        var samples = ReadMono16(output, expectedRate: 22050);
        Assert.Equal(22050, samples.Length);
        Assert.InRange(Peak(samples), 16000, 16384);
    }

    [Fact]
    public void SpeakerPlayerPlaysEveryFrameIntoTheAmplifier()
    {
        var output = Path.Combine(Folder, "speaker.wav");
        var run = BuildAndRun("SpeakerPlayer", new[] { Path.Combine(Folder, "melody.wav"), output }, writeMelody: true);

        Assert.Contains("speaker got  32000 frames of audio", run, StringComparison.Ordinal);
        AssertFirmwareFiles(run, "max98357a_i2s.c");
        var played = ReadMono16(output, expectedRate: 16000);
        Assert.True(played.Length >= 32000, $"speaker received {played.Length} frames");
        Assert.InRange(Peak(played), 11000, 12000);
    }

    [Fact]
    public void VoiceAssistantListensSpeaksAndListensAgainTakingTurnsOnOneBus()
    {
        var run = BuildAndRun("VoiceAssistant", new[] { "1", Folder });

        Assert.Contains("I2S0 shared: BCK GPIO26, WS GPIO25, the bindings take turns", run, StringComparison.Ordinal);
        Assert.Contains("taking turns I2S bus 0 is open by VoiceAssistant.Speaker: dispose VoiceAssistant.Speaker first; the bindings on bus 0 take turns.", run, StringComparison.Ordinal);
        AssertFirmwareFiles(run, "microphone_i2s.c");
        AssertFirmwareFiles(run, "speaker_i2s.c");

        // The microphone heard the 440 Hz tone at half scale both times (it reopened after the speaker closed), and
        // the amplifier received the 660 Hz reply: about 2 x f zero crossings per second.
        foreach (var listen in new[] { "listen-1.wav", "listen-2.wav" })
        {
            var heard = ReadMono16(Path.Combine(Folder, listen), expectedRate: 16000);
            Assert.Equal(16000, heard.Length);
            Assert.InRange(Peak(heard), 16000, 16384);
            Assert.InRange(ZeroCrossings(heard), 870, 890);
        }

        var reply = ReadMono16(Path.Combine(Folder, "reply.wav"), expectedRate: 16000);
        Assert.True(reply.Length >= 16000, $"speaker received {reply.Length} frames");
        Assert.InRange(Peak(reply), 11900, 12000);
        Assert.InRange(ZeroCrossings(reply), 1310, 1330); // the DMA ring's silence around the tone adds no crossings
    }

    private static int ZeroCrossings(short[] samples)
    {
        var crossings = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            if ((samples[i - 1] < 0) != (samples[i] < 0))
            {
                crossings++;
            }
        }

        return crossings;
    }

    private string BuildAndRun(string sample, string[] arguments, bool writeMelody = false)
    {
        var project = Path.Combine(RepoPaths.Samples, sample, sample + ".csproj");
        ProcessRunner.DotnetBuild(project, RepoPaths.Root).AssertSuccess("dotnet build " + sample);
        var dll = Path.Combine(RepoPaths.Samples, sample, "bin", BuildConfiguration.Name, "net10.0", sample + ".dll");
        if (writeMelody)
        {
            // Without arguments the player generates its melody; run it once that way to get the input file.
            ProcessRunner.Run("dotnet", new[] { dll }, Folder).AssertSuccess(sample + " without arguments");
            File.Copy(Path.Combine(Path.GetDirectoryName(dll)!, "melody.wav"), Path.Combine(Folder, "melody.wav"), overwrite: true);
        }

        return ProcessRunner.Run("dotnet", new[] { dll }.Concat(arguments), Folder).AssertSuccess(sample).Output;
    }

    private static void AssertFirmwareFiles(string output, string file)
    {
        var line = Array.Find(output.Split('\n'), static l => l.TrimStart().StartsWith("firmware", StringComparison.Ordinal));
        Assert.NotNull(line);
        var folder = line!.Trim()["firmware".Length..].Trim();
        Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} not in {folder}");
        Assert.True(File.Exists(Path.Combine(folder, "CMakeLists.txt")));
    }

    private static short[] ReadMono16(string path, int expectedRate)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(expectedRate, BitConverter.ToInt32(bytes, 24));
        Assert.Equal(1, BitConverter.ToInt16(bytes, 22));
        Assert.Equal(16, BitConverter.ToInt16(bytes, 34));
        var dataSize = BitConverter.ToInt32(bytes, 40);
        var samples = new short[dataSize / 2];
        Buffer.BlockCopy(bytes, 44, samples, 0, dataSize);
        return samples;
    }

    private static int Peak(short[] samples)
    {
        var peak = 0;
        foreach (var sample in samples)
        {
            peak = Math.Max(peak, Math.Abs((int)sample));
        }

        return peak;
    }
}
