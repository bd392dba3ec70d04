namespace I2sGen
{
    /// <summary>
    /// Which slot a mono amplifier plays, as its channel-select pin is wired (MAX98357A SD_MODE voltage, NS4168 CTRL
    /// voltage). Used by <c>ChannelSelect</c>.
    /// </summary>
    public enum I2sAmpChannel
    {
        /// <summary>Not stated: the wiring cannot be checked.</summary>
        NotStated = 0,

        /// <summary>Plays the left slot (WS low in I2S).</summary>
        Left = 1,

        /// <summary>Plays the right slot (WS high in I2S).</summary>
        Right = 2,

        /// <summary>Plays (left + right) / 2 (MAX98357A only; the Adafruit breakout's default with SD_MODE unconnected).</summary>
        Mix = 3,
    }
}
