using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using I2sGen.Host;

namespace I2sGen.Benchmarks;

/// <summary>
/// Sustained bytes per second through the whole host data path: the generated C# (argument checks, span pinning,
/// P/Invoke), the generated C (the contract's checks and timeout loop) and the simulated ESP-IDF driver (virtual-time
/// DMA ring, one copy between the application buffer and a DMA buffer). The silence source and the null sink keep
/// the audio side to a memset per DMA buffer, so what is measured is the data path itself. Baseline: copying the same
/// bytes with a plain memory copy in the same run. Blocking calls (-1) never sleep: the virtual clock jumps to the
/// next DMA buffer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DataPathBenchmarks
{
    private byte[] _source = Array.Empty<byte>();
    private byte[] _destination = Array.Empty<byte>();
    private DataPathMicrophone? _microphone;
    private DataPathSpeaker? _speaker;

    /// <summary>Bytes per call: one DMA buffer, and sixteen (a typical "record a chunk" call).</summary>
    [Params(DataPathMicrophone.DmaBufferBytes, 16 * DataPathMicrophone.DmaBufferBytes)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = new byte[Bytes];
        _destination = new byte[Bytes];
        new Random(1).NextBytes(_source);
        I2sSimulator.Reset();
        I2sSimulator.AttachSilence(DataPathMicrophone.Bus);
        I2sSimulator.AttachNullSink(DataPathSpeaker.Bus);
        _microphone = new DataPathMicrophone();
        _speaker = new DataPathSpeaker();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _microphone?.Dispose();
        _speaker?.Dispose();
        I2sSimulator.Reset();
    }

    [Benchmark(Baseline = true, Description = "memory copy")]
    public int MemoryCopy()
    {
        _source.AsSpan().CopyTo(_destination);
        return _destination[Bytes - 1];
    }

    [Benchmark(Description = "ReadInto (-1)")]
    public int ReadInto() => _microphone!.ReadInto(_destination, -1);

    [Benchmark(Description = "Write (-1)")]
    public int Write() => _speaker!.Write(_source, -1);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new DataPathThroughputColumn());
    }
}
