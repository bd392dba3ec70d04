using System;
using System.Globalization;
using System.IO;
using I2sGen.Host;
using I2sGen.Samples;
using VoiceAssistant;

// The voice-assistant loop of ESPHome on the host simulator: listen (the microphone hears a 440 Hz "question"), close
// the microphone, speak (a 660 Hz "answer" into the amplifier), close the speaker, listen again. Writes what the
// microphone heard (listen-1.wav, listen-2.wav) and what the speaker played (reply.wav) into the output folder
// (default: next to the program), and shows that the two bindings take turns: opening the microphone while the
// speaker is open throws, naming the speaker.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
var folder = Path.GetFullPath(args.Length > 1 ? args[1] : AppContext.BaseDirectory);
Directory.CreateDirectory(folder);

Console.WriteLine("I2sGen voice assistant (host simulator, no hardware needed)");
Console.WriteLine($"  bus          I2S{Microphone.Bus} shared: BCK GPIO{Microphone.BckPin}, WS GPIO{Microphone.WsPin}, the bindings take turns");
Console.WriteLine($"  microphone   Microphone: SD GPIO{Microphone.SdinPin}, {Microphone.BitsPerSample}-bit, {Microphone.Channels} channel(s), {Microphone.SampleRate} Hz");
Console.WriteLine($"  speaker      Speaker: DIN GPIO{Speaker.SdoutPin}, {Speaker.BitsPerSample}-bit, {Speaker.Channels} channel(s), {Speaker.SampleRate} Hz");
Console.WriteLine($"  firmware     {BindingReport.NativeOutputPath}");

I2sSimulator.Reset();
I2sSimulator.SetCallCost(125);

Listen("listen-1.wav", 440);
Speak("reply.wav", 660);
Listen("listen-2.wav", 440);
return 0;

// Records `seconds` of the simulated room (a tone of `heardHz`) into a 16-bit mono WAV, then closes the microphone.
void Listen(string file, double heardHz)
{
    I2sSimulator.AttachTone(Microphone.Bus, heardHz, 0.5);
    var frames = (int)(seconds * Microphone.SampleRate);
    var pcm = new byte[frames * 2];
    var buffer = new byte[Microphone.BytesPerFrame * 256];
    var recorded = 0;
    using (var microphone = new Microphone())
    {
        while (recorded < frames)
        {
            var count = microphone.ReadInto(buffer);
            for (var i = 0; i * Microphone.BytesPerFrame < count && recorded < frames; i++, recorded++)
            {
                // The INMP441's 24-bit sample (the part's generated ToSample), cut to its top 16 bits.
                var sample = Microphone.ToSample(buffer, i) >> (Microphone.PartSampleBits - 16);
                pcm[recorded * 2] = (byte)sample;
                pcm[(recorded * 2) + 1] = (byte)(sample >> 8);
            }
        }
    }

    WavFile.Write16(Path.Combine(folder, file), Microphone.SampleRate, 1, pcm);
    Console.WriteLine($"  listened     {recorded} frames to {file}");
}

// Plays `seconds` of a tone of `hz` into the amplifier and keeps what it received; while it plays, the microphone
// cannot open.
void Speak(string file, double hz)
{
    var frames = (int)(seconds * Speaker.SampleRate);
    var pcm = new byte[frames * Speaker.BytesPerFrame];
    for (var i = 0; i < frames; i++)
    {
        var sample = (short)(Math.Sin(2 * Math.PI * hz * i / Speaker.SampleRate) * 12000);
        pcm[i * 2] = (byte)sample;
        pcm[(i * 2) + 1] = (byte)(sample >> 8);
    }

    var output = Path.Combine(folder, file);
    I2sSimulator.AttachWavSink(Speaker.Bus, output);
    using (var speaker = new Speaker())
    {
        try
        {
            using var microphone = new Microphone();
            Console.WriteLine("  taking turns FAILED: the microphone opened while the speaker was open");
        }
        catch (InvalidOperationException refused)
        {
            Console.WriteLine($"  taking turns {refused.Message}");
        }

        for (var offset = 0; offset < pcm.Length;)
        {
            offset += speaker.Write(pcm, offset, pcm.Length - offset);
        }

        // Let the DMA ring drain to the amplifier before closing, as firmware would.
        I2sSimulator.Advance((ulong)Speaker.BufferedLatencyMicroseconds + 1000);
    }

    I2sSimulator.DetachSink(Speaker.Bus);
    Console.WriteLine($"  spoke        {frames} frames, the amplifier's input in {file}");
}
