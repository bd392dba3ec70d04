using System;
using System.Globalization;
using System.IO;
using I2sGen.Host;
using I2sGen.Samples;
using MicRecorder;

// Records N seconds (default 3) from a simulated INMP441 into a 16-bit mono WAV file (default: recording.wav next to the program),
// the way the seed's record-mono-mic example does on a device: non-blocking ReadInto calls (timeout 0) into a
// 4096-byte buffer, keeping the top 16 bits of each 32-bit sample.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3.0;
var outputPath = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "recording.wav"));

Console.WriteLine("I2sGen microphone recorder (host simulator, no hardware needed)");
Console.WriteLine($"  binding      Inmp441 on I2S{Inmp441.Bus}: BCK GPIO{Inmp441.BckPin}, WS GPIO{Inmp441.WsPin}, SD GPIO{Inmp441.SdinPin}");
Console.WriteLine($"  format       {Inmp441.BitsPerSample}-bit, {Inmp441.Channels} channel(s), {Inmp441.BytesPerFrame} bytes per frame");
Console.WriteLine($"  sample rate  {Inmp441.SampleRate} Hz requested, {Inmp441.RealSampleRate:0.###} Hz real");
Console.WriteLine($"  DMA          {Inmp441.DmaBufferCount} x {Inmp441.DmaBufferBytes} B = {Inmp441.TotalDmaBytes} B, {Inmp441.BufferedLatencyMicroseconds / 1000.0:0.#} ms buffered");
Console.WriteLine($"  firmware     {BindingReport.NativeOutputPath}");

// The simulated microphone hears a 200 Hz to 2 kHz sweep; each driver call costs 125 µs of virtual time, the
// return time the seed measured for a non-blocking call.
I2sSimulator.Reset();
I2sSimulator.AttachChirp(Inmp441.Bus, 200, 2000, 1.5, 0.5);
I2sSimulator.SetCallCost(125);

var frames = (long)(seconds * Inmp441.SampleRate);
var pcm = new byte[frames * 2];
var buffer = new byte[4096];
long recorded = 0, emptyPolls = 0;
using (var mic = new Inmp441())
{
    while (recorded < frames)
    {
        var count = mic.ReadInto(buffer, timeoutMs: 0);
        if (count == 0)
        {
            emptyPolls++;
            continue;
        }

        // The INMP441's 24-bit samples (the part's generated ToSample), cut to their top 16 bits for the WAV file
        // (the seed's snip_16_mono keeps the same bits: bytes 2-3 of each little-endian 32-bit slot).
        for (var i = 0; (i + 1) * 4 <= count && recorded < frames; i++, recorded++)
        {
            var sample = Inmp441.ToSample(buffer, i) >> (Inmp441.PartSampleBits - 16);
            pcm[recorded * 2] = (byte)sample;
            pcm[(recorded * 2) + 1] = (byte)(sample >> 8);
        }

        if (recorded % (Inmp441.SampleRate / 4) < count / 4 || recorded >= frames)
        {
            BindingReport.PrintProgress("recording", (double)recorded / frames);
        }
    }
}

var stats = I2sSimulator.GetStats(Inmp441.Bus, I2sSimulator.DirectionRx);
WavFile.Write16(outputPath, Inmp441.SampleRate, 1, pcm);
Console.WriteLine($"  recorded     {recorded} frames ({recorded / (double)Inmp441.SampleRate:0.00} s of virtual time) to {outputPath}");
Console.WriteLine($"  driver       {stats.DmaBuffers} DMA buffers, {stats.OverrunFrames} frames lost to overrun, {emptyPolls} empty non-blocking reads");
