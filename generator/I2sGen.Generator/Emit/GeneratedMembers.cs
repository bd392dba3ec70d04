using System.Collections.Generic;

namespace I2sGen.Generator.Emit;

/// <summary>
/// The members the generator adds to a binding class: the ONE list shared by the C# wrapper emitter (which names
/// what it emits after these constants) and analyzer I2S0005 (which reports a user member that would clash).
/// Besides the named members, the generator adds a parameterless constructor and a finalizer.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>RX bindings: fills a buffer from the DMA ring.</summary>
    public const string ReadInto = "ReadInto";

    /// <summary>TX bindings: copies a buffer into the DMA ring.</summary>
    public const string Write = "Write";

    public const string Deinit = "Deinit";
    public const string Dispose = "Dispose";
    public const string IsDisposed = "IsDisposed";

    // Public constants stating the binding's figures (the C header #defines the same numbers).
    public const string BytesPerFrame = "BytesPerFrame";
    public const string DmaBufferBytes = "DmaBufferBytes";
    public const string TotalDmaBytes = "TotalDmaBytes";
    public const string BufferedLatencyMicroseconds = "BufferedLatencyMicroseconds";
    public const string SampleRate = "SampleRate";
    public const string RealSampleRate = "RealSampleRate";
    public const string Bus = "Bus";

    /// <summary>The generator always adds a parameterless instance constructor.</summary>
    public const bool AddsParameterlessConstructor = true;

    /// <summary>The generator always adds a finalizer (it releases the driver if Dispose was never called).</summary>
    public const bool AddsFinalizer = true;

    /// <summary>The named members every binding gets, whatever its direction.</summary>
    public static IReadOnlyList<string> Common { get; } = new[]
    {
        Deinit, Dispose, IsDisposed,
        BytesPerFrame, DmaBufferBytes, TotalDmaBytes, BufferedLatencyMicroseconds, SampleRate, RealSampleRate, Bus,
    };

    /// <summary>The named members of a binding: <see cref="Common"/> plus ReadInto (receive) or Write (transmit).</summary>
    public static IReadOnlyList<string> For(bool isReceive)
    {
        var names = new List<string>(Common.Count + 1) { isReceive ? ReadInto : Write };
        names.AddRange(Common);
        return names;
    }
}
