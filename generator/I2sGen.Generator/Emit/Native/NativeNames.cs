using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The C names of one binding: file names, the function prefix, the upper-case macro prefix and the log tag.
/// The C# host backend and the simulator call these functions by name, so every emitter takes them from here.
/// </summary>
internal sealed class NativeNames
{
    public NativeNames(BindingSpec spec)
    {
        Prefix = spec.CName + "_i2s";
        MacroPrefix = Prefix.ToUpperInvariant();
        HeaderFile = Prefix + ".h";
        SourceFile = Prefix + ".c";
        IncludeGuard = MacroPrefix + "_H";
    }

    /// <summary>The function prefix, e.g. <c>inmp441_i2s</c>; also the ESP_LOG tag.</summary>
    public string Prefix { get; }

    /// <summary>The macro prefix, e.g. <c>INMP441_I2S</c>.</summary>
    public string MacroPrefix { get; }

    public string HeaderFile { get; }

    public string SourceFile { get; }

    public string IncludeGuard { get; }

    public string Init => Prefix + "_init";

    public string Deinit => Prefix + "_deinit";

    public string Read => Prefix + "_read";

    public string Write => Prefix + "_write";

    public string BytesPerFrame => MacroPrefix + "_BYTES_PER_FRAME";

    public string DmaBufferBytes => MacroPrefix + "_DMA_BUFFER_BYTES";

    public string DmaTotalBytes => MacroPrefix + "_DMA_TOTAL_BYTES";

    public string SampleRateHz => MacroPrefix + "_SAMPLE_RATE_HZ";

    public string LatencyUs => MacroPrefix + "_LATENCY_US";

    public string BitsPerSample => MacroPrefix + "_BITS_PER_SAMPLE";

    public string Channels => MacroPrefix + "_CHANNELS";

    public string DmaBufferCount => MacroPrefix + "_DMA_BUFFER_COUNT";

    public string DmaBufferFrames => MacroPrefix + "_DMA_BUFFER_FRAMES";

    /// <summary>The named part's significant sample bits (Emit/PartConversion).</summary>
    public string PartSampleBits => MacroPrefix + "_PART_SAMPLE_BITS";

    /// <summary>The named part's decoder: DMA bytes to a signed sample (receive bindings).</summary>
    public string ToSample => Prefix + "_to_sample";

    /// <summary>The named part's encoder: a signed sample to DMA bytes (transmit bindings).</summary>
    public string FromSample => Prefix + "_from_sample";
}
