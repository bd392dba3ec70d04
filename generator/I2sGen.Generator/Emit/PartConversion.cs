using I2sGen.Generator.Model;
using I2sGen.Generator.Parts;

namespace I2sGen.Generator.Emit;

/// <summary>
/// How one sample of a named part sits in the DMA buffer, for the conversion helpers both the C# wrapper and the C
/// header get. ESP-IDF stores each slot little-endian in <see cref="ContainerBytes"/> bytes with the first bit on the
/// wire (the MSB) at the top of the container; the part's <see cref="SampleBits"/> significant bits are the top bits
/// (MSB-justified in the slot: the INMP441's 24 bits in a 32-bit slot, the SPH0645's 18). Null (no helpers) without a
/// known part, or for 24-bit data in a 4-byte container (the ESP32's 16-bit-aligned layout), whose bit position we have
/// not verified.
/// </summary>
internal sealed record PartConversion(PartInfo Part, int ContainerBytes, int SampleBits, bool Receive)
{
    public static PartConversion? For(BindingSpec spec)
    {
        if (PartCatalog.Find(spec.Config.Part.Part) is not { } part)
        {
            return null;
        }

        var bits = spec.Config.DataFormat;
        var bytes = spec.Figures.BytesPerSample;
        if (bytes * 8 != bits)
        {
            return null;
        }

        return new PartConversion(part, bytes, bits < part.DataBits ? bits : part.DataBits, spec.Config.IsReceive);
    }

    /// <summary>The left shift that puts container byte <paramref name="index"/> (little-endian) in place in a 32-bit word.</summary>
    public int ByteShift(int index) => 32 - (8 * ContainerBytes) + (8 * index);

    /// <summary>The right shift from the 32-bit word to the signed sample (arithmetic).</summary>
    public int SampleShift => 32 - SampleBits;

    /// <summary>A sentence on the layout, for both languages' documentation.</summary>
    public string Layout => $"{SampleBits}-bit two's-complement samples, MSB first, in {ContainerBytes * 8}-bit little-endian slots";
}
