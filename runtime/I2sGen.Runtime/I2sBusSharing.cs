namespace I2sGen
{
    /// <summary>
    /// How bindings that name the same bus and the same BCK and WS pins share the I2S controller. Used by
    /// <c>BusSharing</c>; see "Shared buses" in the user guide.
    /// </summary>
    public enum I2sBusSharing
    {
        /// <summary>
        /// Not stated (default): a microphone and a speaker whose clocks agree run in full duplex; any other pair takes
        /// turns. A binding alone on its bus ignores it.
        /// </summary>
        Auto = 0,

        /// <summary>
        /// One microphone and one speaker run at the same time on one controller (one clock, one data pin each):
        /// echo cancellation, loopback, codecs with shared clocks. Their clock settings must agree.
        /// </summary>
        FullDuplex = 1,

        /// <summary>
        /// The bindings take turns (half duplex): one is open at a time and each opening installs its own
        /// configuration; opening a second while another is open throws, naming the open one.
        /// </summary>
        TakeTurns = 2,
    }
}
