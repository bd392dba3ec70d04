namespace I2sGen.Generator.Model;

/// <summary>
/// The part a binding names and how its strap pins are wired, as declared (raw integers, like <see cref="BindingConfig"/>,
/// so out-of-range enum casts stay visible to the rules). All zero is "no part": the binding is checked as without one.
/// Kept apart from <see cref="BindingConfig"/>'s positional arguments so a part never changes the driver configuration
/// (nor <see cref="BindingFingerprint"/>): it only adds checks and a conversion helper.
/// </summary>
internal sealed record PartConfig(int Part, int LrPin, int ChannelSelect, int FormatPin)
{
    public static PartConfig None { get; } = new(0, 0, 0, 0);

    public bool HasPart => Part != (int)Model.Part.None;

    /// <summary>Whether any part argument was written (a strap without a part is reported too).</summary>
    public bool IsEmpty => this == None;

    /// <summary>The value of one strap argument (<see cref="BindingArgument.LrPin"/>, ChannelSelect, FormatPin); 0 otherwise.</summary>
    public int Get(BindingArgument argument) => argument switch
    {
        BindingArgument.LrPin => LrPin,
        BindingArgument.ChannelSelect => ChannelSelect,
        BindingArgument.FormatPin => FormatPin,
        _ => 0,
    };
}
