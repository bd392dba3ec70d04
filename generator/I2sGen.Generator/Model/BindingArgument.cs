namespace I2sGen.Generator.Model;

/// <summary>
/// An attribute argument a rule can point at. Each name equals the attribute property name, which is how the
/// analyzer finds the argument's location; <see cref="None"/> points at the attribute itself.
/// </summary>
internal enum BindingArgument
{
    None,
    Bus,
    Bck,
    Ws,
    Sdin,
    Sdout,
    Mclk,
    Standard,
    Mode,
    DataFormat,
    ChannelFormat,
    SampleRate,
    DmaCount,
    DmaLength,
    ApllRate,
    MclkMultiple,
    MaxRateErrorPpm,

    // The part and its straps (PartConfig). They come after ApllRate so BindingFingerprint, which hashes Bus..ApllRate,
    // does not change when a part is named: the part does not change the driver configuration.
    Part,
    LrPin,
    ChannelSelect,
    FormatPin,

    // How the binding shares its bus (BindingConfig.BusSharing); after the part for the same reason.
    BusSharing,
}
