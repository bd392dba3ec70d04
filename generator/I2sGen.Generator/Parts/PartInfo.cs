using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parts;

/// <summary>What kind of part it is: which directions it supports and which strap it has.</summary>
internal enum PartRole
{
    Microphone,
    Amplifier,
    Dac,
    Codec,
}

/// <summary>The strap pin whose wiring the declaration states (one per part at most).</summary>
internal enum PartStrap
{
    None,

    /// <summary>A microphone's L/R (SELECT) pin: low = left slot, high = right slot (<see cref="BindingArgument.LrPin"/>).</summary>
    LrPin,

    /// <summary>An amplifier's channel-select pin voltage (<see cref="BindingArgument.ChannelSelect"/>).</summary>
    ChannelSelect,

    /// <summary>A DAC's format pin: low = I2S, high = left-justified (<see cref="BindingArgument.FormatPin"/>).</summary>
    FormatPin,
}

/// <summary>Whether the part needs the MCLK line.</summary>
internal enum MclkNeed
{
    /// <summary>The part has no MCLK input: an MCLK pin only spends a GPIO and radiates.</summary>
    NoInput,

    /// <summary>The part works with or without MCLK (PLL from BCK, or BCLK as MCLK after configuration).</summary>
    Optional,

    /// <summary>The part derives its internal clock from MCLK only.</summary>
    Required,
}

/// <summary>
/// The I2S-side facts of one part, each from the source named in <see cref="PartCatalog"/>. Ranges are null where no
/// source we could read states them; the rules then do not check them (docs/parts.md says which).
/// </summary>
/// <param name="Id">The part.</param>
/// <param name="DisplayName">The part number as printed in messages.</param>
/// <param name="Role">Microphone, amplifier, DAC or codec.</param>
/// <param name="IsStereo">Whether one part carries both slots (DACs, stereo codecs) or one (microphones, mono amplifiers).</param>
/// <param name="DataBits">The part's precision: the bits of a sample it produces or uses (24 for the INMP441, 18 for the SPH0645).</param>
/// <param name="DataFormats">The slot widths (<see cref="DataFormat"/> values) the part accepts on the wire.</param>
/// <param name="PreferredDataFormat">The slot width a fix sets.</param>
/// <param name="Standards">The frame standards (<see cref="Standard"/> values) the part speaks; a strap may narrow them.</param>
/// <param name="MinSampleRate">Lowest sample rate in Hz, or null when not stated.</param>
/// <param name="MaxSampleRate">Highest sample rate in Hz, or null when not stated.</param>
/// <param name="MinBclkHz">Lowest bit clock in Hz, or null when not stated.</param>
/// <param name="MaxBclkHz">Highest bit clock in Hz, or null when not stated.</param>
/// <param name="Mclk">Whether the part needs MCLK.</param>
/// <param name="Strap">The strap the declaration states.</param>
/// <param name="ControlBus">For codecs: what their control bus needs (I2sGen does not configure it); null otherwise.</param>
internal sealed record PartInfo(
    Part Id,
    string DisplayName,
    PartRole Role,
    bool IsStereo,
    int DataBits,
    EquatableArray<int> DataFormats,
    int PreferredDataFormat,
    EquatableArray<int> Standards,
    int? MinSampleRate,
    int? MaxSampleRate,
    long? MinBclkHz,
    long? MaxBclkHz,
    MclkNeed Mclk,
    PartStrap Strap,
    string? ControlBus)
{
    public bool CanReceive => Role is PartRole.Microphone or PartRole.Codec;

    public bool CanTransmit => Role is PartRole.Amplifier or PartRole.Dac or PartRole.Codec;

    /// <summary>The standards the part speaks as its strap is wired (the PCM5102A's FMT pin picks one).</summary>
    public EquatableArray<int> StandardsFor(PartConfig part) => Strap == PartStrap.FormatPin && part.FormatPin != (int)PinLevel.NotStated
        ? new[] { part.FormatPin == (int)PinLevel.High ? (int)Standard.Msb : (int)Standard.Philips }.ToEquatableArray()
        : Standards;
}
