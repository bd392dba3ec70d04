using I2sGen.Generator.Model;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// How a seed channel format maps onto the IDF 5 standard driver's slots. This is ESP-IDF's own mapping of the
/// legacy formats (<c>i2s_config_transfer</c>, shared/reference/esp-idf.md §2.7): the three stereo formats keep a
/// stereo slot mode, the two mono formats use one slot.
/// </summary>
internal static class SlotLayout
{
    public static bool IsStereo(int channelFormat) => channelFormat is (int)ChannelFormat.RightLeft
        or (int)ChannelFormat.AllRight or (int)ChannelFormat.AllLeft;

    public static int ActiveSlots(int channelFormat) => IsStereo(channelFormat) ? 2 : 1;

    /// <summary>The <c>i2s_std_slot_mask_t</c> constant for the format.</summary>
    public static string StdSlotMask(int channelFormat) => channelFormat switch
    {
        (int)ChannelFormat.RightLeft => "I2S_STD_SLOT_BOTH",
        (int)ChannelFormat.AllLeft or (int)ChannelFormat.OnlyLeft => "I2S_STD_SLOT_LEFT",
        _ => "I2S_STD_SLOT_RIGHT",
    };

    /// <summary>The <c>i2s_slot_mode_t</c> constant for the format.</summary>
    public static string StdSlotMode(int channelFormat) => IsStereo(channelFormat) ? "I2S_SLOT_MODE_STEREO" : "I2S_SLOT_MODE_MONO";

    /// <summary>The legacy <c>i2s_channel_fmt_t</c> constant for the format.</summary>
    public static string LegacyChannelFormat(int channelFormat) => channelFormat switch
    {
        (int)ChannelFormat.AllRight => "I2S_CHANNEL_FMT_ALL_RIGHT",
        (int)ChannelFormat.AllLeft => "I2S_CHANNEL_FMT_ALL_LEFT",
        (int)ChannelFormat.OnlyRight => "I2S_CHANNEL_FMT_ONLY_RIGHT",
        (int)ChannelFormat.OnlyLeft => "I2S_CHANNEL_FMT_ONLY_LEFT",
        _ => "I2S_CHANNEL_FMT_RIGHT_LEFT",
    };
}
