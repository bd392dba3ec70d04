using System;
using System.IO;
using I2sGen.Host;
using I2sGen.Samples;
using SpeakerPlayer;

// Plays a 16-bit mono WAV file (default: a generated two-second melody) into a simulated MAX98357A, the way the
// seed's play-mono-wav example does on a device: a 1024-byte buffer written with timeout 0 until every byte is
// accepted. What the "speaker" received is written to speaker-output.wav next to the program.
var here = AppContext.BaseDirectory;
var inputPath = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(here, "melody.wav");
var outputPath = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(here, "speaker-output.wav"));
if (args.Length == 0)
{
    WavFile.Write16(inputPath, Max98357a.SampleRate, 1, Melody(Max98357a.SampleRate));
}

var (rate, channels, pcm) = WavFile.Read16(inputPath);
if (rate != Max98357a.SampleRate || channels != Max98357a.Channels)
{
    Console.Error.WriteLine($"{inputPath} is {rate} Hz with {channels} channel(s); this binding plays {Max98357a.SampleRate} Hz mono.");
    return 1;
}

Console.WriteLine("I2sGen speaker player (host simulator, no hardware needed)");
Console.WriteLine($"  binding      Max98357a on I2S{Max98357a.Bus}: BCK GPIO{Max98357a.BckPin}, WS GPIO{Max98357a.WsPin}, DIN GPIO{Max98357a.SdoutPin}");
Console.WriteLine($"  format       {Max98357a.BitsPerSample}-bit, {Max98357a.Channels} channel(s), {Max98357a.BytesPerFrame} bytes per frame");
Console.WriteLine($"  sample rate  {Max98357a.SampleRate} Hz requested, {Max98357a.RealSampleRate:0.###} Hz real");
Console.WriteLine($"  DMA          {Max98357a.DmaBufferCount} x {Max98357a.DmaBufferBytes} B = {Max98357a.TotalDmaBytes} B, {Max98357a.BufferedLatencyMicroseconds / 1000.0:0.#} ms buffered");
Console.WriteLine($"  firmware     {BindingReport.NativeOutputPath}");
Console.WriteLine($"  playing      {inputPath} ({pcm.Length / Max98357a.BytesPerFrame / (double)rate:0.00} s)");

I2sSimulator.Reset();
I2sSimulator.AttachWavSink(Max98357a.Bus, outputPath);
I2sSimulator.SetCallCost(125);

var buffer = new byte[1024];
using (var speaker = new Max98357a())
{
    for (var offset = 0; offset < pcm.Length;)
    {
        var chunk = Math.Min(buffer.Length, pcm.Length - offset);
        pcm.AsSpan(offset, chunk).CopyTo(buffer);
        var written = 0;
        while (written < chunk)
        {
            // Non-blocking: write what the DMA ring has room for, then come back (the seed's example 1 pattern).
            written += speaker.Write(buffer, written, chunk - written, timeoutMs: 0);
        }

        offset += chunk;
        if (offset % (Max98357a.SampleRate / 2) < chunk || offset == pcm.Length)
        {
            BindingReport.PrintProgress("playing", (double)offset / pcm.Length);
        }
    }

    // Let the DMA ring drain to the amplifier before stopping, as firmware would.
    I2sSimulator.Advance((ulong)Max98357a.BufferedLatencyMicroseconds + 1000);
}

var stats = I2sSimulator.GetStats(Max98357a.Bus, I2sSimulator.DirectionTx);
I2sSimulator.DetachSink(Max98357a.Bus);
Console.WriteLine($"  speaker got  {stats.DataFrames} frames of audio, {stats.UnderrunFrames} frames of underrun silence; written to {outputPath}");
return 0;

// A short C major arpeggio, 16-bit mono, with a gentle fade so notes do not click.
static byte[] Melody(int sampleRate)
{
    double[] notes = { 261.63, 329.63, 392.00, 523.25, 392.00, 329.63, 261.63, 0 };
    var perNote = sampleRate / 4;
    var data = new byte[notes.Length * perNote * 2];
    for (var n = 0; n < notes.Length; n++)
    {
        for (var i = 0; i < perNote; i++)
        {
            var envelope = Math.Min(1.0, Math.Min(i, perNote - i) / (sampleRate * 0.01));
            var value = (short)(Math.Sin(2 * Math.PI * notes[n] * i / sampleRate) * envelope * 12000);
            var at = ((n * perNote) + i) * 2;
            data[at] = (byte)value;
            data[at + 1] = (byte)(value >> 8);
        }
    }

    return data;
}
