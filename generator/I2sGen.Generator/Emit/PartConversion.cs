using I2sGen.Generator.Model;
using I2sGen.Generator.Parts;

namespace I2sGen.Generator.Emit;

/// <summary>
/// How one sample of a named part sits in the DMA buffer, for the conversion helpers both the C# wrapper and the C
/// header get. ESP-IDF stores each slot little-endian in <see cref="ContainerBytes"/> bytes with the first bit on the
/// wire (the MSB) at the top of the container; the part's <see cref="SampleBits"/> significant bits are the top bits
/// (MSB-justified in the slot: the INMP441's 24 bits in a 32-bit slot, the SPH0645's 18).
/// <para>
/// 24-bit data in a 4-byte container: on the ESP32 (both drivers: the same FIFO mode, <c>fifo_mod = 2</c> with
/// <c>bits_mod = 24</c>, hal/esp32/include/hal/i2s_ll.h <c>i2s_ll_[rt]x_set_sample_bit</c>) ESP-IDF's programming guide
/// states the layout for both directions (docs/en/api-reference/peripherals/i2s.rst, ESP32 notes of "STD TX Mode" and
/// "STD RX Mode"): the buffer uses 4 bytes per sample "and only the high 24 bits are valid while the low 8 bits are
/// dropped" (TX); received 24-bit data sits in the "high 24 bits in every four bytes" (RX, line 0x00005A reads as
/// 0x00005A00). So the same arithmetic holds with a 32-bit container and 24 sample bits. The legacy driver on the other
/// chips also sizes 24-bit samples at 4 bytes (<c>((bits+15)/16)*2</c>, driver/deprecated/i2s_legacy.c@v5.5.1), but
/// their hardware packs 24-bit data into 3 bytes (the same guide's notes for ESP32-S2 and later: "every 3 bytes stands
/// for a 24-bit data in one slot"; the HW v2 registers' RX/TX_24_FILL_EN reset to 0, "store 24 channel bits to 24
/// bits", and no driver sets them: soc/esp32s3/register/soc/i2s_struct.h@v5.5.1), so what lands in 4-byte containers
/// is not established: no helpers there (<see cref="WhyNone"/> says so).
/// </para>
/// </summary>
/// <param name="Part">The part.</param>
/// <param name="ContainerBytes">Bytes per sample in DMA memory.</param>
/// <param name="SlotBits">The data bits of one slot on the wire (<c>DataFormat</c>).</param>
/// <param name="SampleBits">The part's significant bits, the top of the slot.</param>
/// <param name="Receive">Whether the binding receives.</param>
internal sealed record PartConversion(PartInfo Part, int ContainerBytes, int SlotBits, int SampleBits, bool Receive)
{
    public static PartConversion? For(BindingSpec spec)
    {
        if (PartCatalog.Find(spec.Config.Part.Part) is not { } part || WhyNone(spec) is not null)
        {
            return null;
        }

        var bits = spec.Config.DataFormat;
        return new PartConversion(part, spec.Figures.BytesPerSample, bits, bits < part.DataBits ? bits : part.DataBits, spec.Config.IsReceive);
    }

    /// <summary>
    /// Why a binding with a named part gets no conversion helpers (null when it gets them, or has no part): the one
    /// layout ESP-IDF does not document, 24-bit data in 4-byte containers off the ESP32.
    /// </summary>
    public static string? WhyNone(BindingSpec spec)
    {
        if (PartCatalog.Find(spec.Config.Part.Part) is null)
        {
            return null;
        }

        var bits = spec.Config.DataFormat;
        var bytes = spec.Figures.BytesPerSample;
        if (bytes * 8 == bits || IsEsp32HighAligned24(spec, bits, bytes))
        {
            return null;
        }

        return $"no conversion helpers: the {Driver(spec)} driver sizes {bits}-bit samples at {bytes} bytes on this chip, but its I2S hardware stores them in 3; how the two meet is not documented";
    }

    /// <summary>Whether this is the ESP32's documented layout: 24-bit data in the high 3 bytes of each 4-byte container.</summary>
    private static bool IsEsp32HighAligned24(BindingSpec spec, int bits, int bytes) =>
        bits == 24 && bytes == 4 && spec.Target.Chip == Chip.Esp32;

    private static string Driver(BindingSpec spec) => spec.Target.Driver == Model.Driver.Legacy ? "legacy" : "std";

    /// <summary>The left shift that puts container byte <paramref name="index"/> (little-endian) in place in a 32-bit word.</summary>
    public int ByteShift(int index) => 32 - (8 * ContainerBytes) + (8 * index);

    /// <summary>The right shift from the 32-bit word to the signed sample (arithmetic).</summary>
    public int SampleShift => 32 - SampleBits;

    /// <summary>Whether the container is wider than the slot's data (24-bit data in 4 bytes on the ESP32).</summary>
    public bool IsPadded => ContainerBytes * 8 > SlotBits;

    /// <summary>A sentence on the layout, for both languages' documentation.</summary>
    public string Layout => IsPadded
        ? $"{SampleBits}-bit two's-complement samples, MSB first, in the high {SlotBits} bits of {ContainerBytes * 8}-bit little-endian containers (the low {(ContainerBytes * 8) - SlotBits} bits are not used)"
        : $"{SampleBits}-bit two's-complement samples, MSB first, in {ContainerBytes * 8}-bit little-endian slots";
}
