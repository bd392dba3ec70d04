namespace I2sGen.Generator.Model;

/// <summary>
/// The configuration of one binding exactly as declared: raw integers, so out-of-range enum casts and missing
/// values stay visible to the rule engine. <c>-1</c> is "not connected" for pins and "not given" for
/// <see cref="ChannelFormat"/>; <c>0</c> is "not given" for <see cref="Mode"/>, <see cref="DataFormat"/> and
/// <see cref="SampleRate"/> and <see cref="MclkMultiple"/>. <see cref="ApllRateGiven"/> says whether ApllRate was
/// written at all: written as 0 it pins the default source, left out it lets I2sGen choose.
/// </summary>
internal sealed record BindingConfig(
    BindingKind Kind,
    int Bus,
    int Bck,
    int Ws,
    int Sdin,
    int Sdout,
    int Mclk,
    int Standard,
    int Mode,
    int DataFormat,
    int ChannelFormat,
    int SampleRate,
    int DmaCount,
    int DmaLength,
    int ApllRate,
    int MclkMultiple = BindingConfig.NotGiven,
    int MaxRateErrorPpm = BindingConfig.NoBudgetGiven,
    bool ApllRateGiven = false)
{
    public const int NotConnected = -1;

    /// <summary><see cref="MclkMultiple"/> not written: I2sGen chooses (<see cref="Hardware.ClockChooser"/>).</summary>
    public const int NotGiven = 0;

    /// <summary><see cref="MaxRateErrorPpm"/> not written: the build's budget applies.</summary>
    public const int NoBudgetGiven = -1;

    /// <summary>The named part and its strap wiring; <see cref="PartConfig.None"/> when no part is named.</summary>
    public PartConfig Part { get; init; } = PartConfig.None;

    /// <summary>
    /// How the binding shares its bus with others on the same bus and clock pins (raw <see cref="Model.BusSharing"/>;
    /// 0 = Auto). Kept out of the positional arguments like <see cref="Part"/>: alone on its bus it changes nothing.
    /// </summary>
    public int BusSharing { get; init; }

    public const int DefaultDmaCount = 16;
    public const int DefaultDmaLength = 64;

    public bool IsReceive => Mode == (int)Model.Mode.MasterRx;

    public bool IsTransmit => Mode == (int)Model.Mode.MasterTx;

    /// <summary>The data pin in use: SDIN when receiving, SDOUT when transmitting.</summary>
    public int DataPin => IsReceive ? Sdin : Sdout;

    /// <summary>The attribute name users wrote, for messages.</summary>
    public string AttributeName => Kind switch
    {
        BindingKind.Microphone => "I2sMicrophone",
        BindingKind.Speaker => "I2sSpeaker",
        _ => "I2s",
    };

    /// <summary>Returns the value of one argument (for rules that work over pins or generic arguments).</summary>
    public int Get(BindingArgument argument) => argument switch
    {
        BindingArgument.Bus => Bus,
        BindingArgument.Bck => Bck,
        BindingArgument.Ws => Ws,
        BindingArgument.Sdin => Sdin,
        BindingArgument.Sdout => Sdout,
        BindingArgument.Mclk => Mclk,
        BindingArgument.Standard => Standard,
        BindingArgument.Mode => Mode,
        BindingArgument.DataFormat => DataFormat,
        BindingArgument.ChannelFormat => ChannelFormat,
        BindingArgument.SampleRate => SampleRate,
        BindingArgument.DmaCount => DmaCount,
        BindingArgument.DmaLength => DmaLength,
        BindingArgument.ApllRate => ApllRate,
        BindingArgument.MclkMultiple => MclkMultiple,
        BindingArgument.MaxRateErrorPpm => MaxRateErrorPpm,
        BindingArgument.Part => Part.Part,
        BindingArgument.LrPin => Part.LrPin,
        BindingArgument.ChannelSelect => Part.ChannelSelect,
        BindingArgument.FormatPin => Part.FormatPin,
        BindingArgument.BusSharing => BusSharing,
        _ => 0,
    };
}
