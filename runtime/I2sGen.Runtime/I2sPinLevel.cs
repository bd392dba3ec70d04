namespace I2sGen
{
    /// <summary>How a part's strap pin is wired: to ground or to the supply. Used by <c>LrPin</c> and <c>FormatPin</c>.</summary>
    public enum I2sPinLevel
    {
        /// <summary>Not stated: the wiring cannot be checked.</summary>
        NotStated = 0,

        /// <summary>Tied to ground (logic low).</summary>
        Low = 1,

        /// <summary>Tied to the supply (logic high).</summary>
        High = 2,
    }
}
