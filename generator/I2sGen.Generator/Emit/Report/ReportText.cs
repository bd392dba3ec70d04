using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Report;

/// <summary>The names the report gives enum arguments: the runtime enum member names users write in the attribute.</summary>
internal static class ReportText
{
    public static string Standard(int standard) => standard switch
    {
        (int)Model.Standard.Msb => "Msb",
        (int)Model.Standard.PcmShort => "PcmShort",
        (int)Model.Standard.Lsb => "Lsb",
        _ => "Philips",
    };

    public static string ChannelFormat(int channelFormat) => channelFormat switch
    {
        (int)Model.ChannelFormat.AllRight => "AllRight",
        (int)Model.ChannelFormat.AllLeft => "AllLeft",
        (int)Model.ChannelFormat.OnlyRight => "OnlyRight",
        (int)Model.ChannelFormat.OnlyLeft => "OnlyLeft",
        _ => "RightLeft",
    };
}
