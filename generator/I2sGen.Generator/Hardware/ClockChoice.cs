namespace I2sGen.Generator.Hardware;

/// <summary>
/// The clock settings a binding runs with (<see cref="ClockChooser"/>): the MCLK multiple and the source, whether
/// the user wrote each or I2sGen chose it, and what ESP-IDF's default settings would have given, for the message that
/// explains a departure from them (I2S0406).
/// </summary>
/// <param name="MclkMultiple">MCLK / fs, written into the generated C (<c>mclk_multiple</c>).</param>
/// <param name="UsesApll">Whether the audio PLL is the source (<c>I2S_CLK_SRC_APLL</c> / <c>use_apll</c>).</param>
/// <param name="MultipleGiven">The user wrote MclkMultiple, or ApllRate (which implies the multiple).</param>
/// <param name="SourceGiven">The user wrote ApllRate (0 pins the default source).</param>
/// <param name="DefaultMultiple">ESP-IDF's customary multiple for the width: 256, or 384 for 24-bit data.</param>
/// <param name="DefaultRealRateMilliHz">The real rate of the default multiple on the default source in mHz, or null when ESP-IDF produces none.</param>
internal sealed record ClockChoice(
    int MclkMultiple,
    bool UsesApll,
    bool MultipleGiven,
    bool SourceGiven,
    int DefaultMultiple,
    ulong? DefaultRealRateMilliHz)
{
    /// <summary>I2sGen chose something other than ESP-IDF's defaults where the user left the choice open.</summary>
    public bool DepartsFromDefault => (!MultipleGiven && MclkMultiple != DefaultMultiple) || (!SourceGiven && UsesApll);

    /// <summary>Whether anything was left for I2sGen to choose.</summary>
    public bool IsOpen => !MultipleGiven || !SourceGiven;
}
