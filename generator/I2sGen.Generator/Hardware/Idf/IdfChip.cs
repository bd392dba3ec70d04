namespace I2sGen.Generator.Hardware.Idf;

/// <summary>
/// The ESP-IDF targets whose I2S clock arithmetic <see cref="IdfClockModel"/> reproduces. Kept separate from the
/// generator's chip table on purpose: the lead maps one to the other when wiring the model in.
/// </summary>
internal enum IdfChip
{
    Esp32,
    Esp32S2,
    Esp32S3,
    Esp32C3,
    Esp32C6,
    Esp32H2,
    Esp32P4,
    Esp32C5,
    Esp32C61,
}

/// <summary>The ESP-IDF I2S driver whose clock code runs.</summary>
internal enum IdfDriver
{
    /// <summary><c>driver/i2s.h</c> as shipped in v4.4.x (components/driver/i2s.c).</summary>
    Legacy,

    /// <summary>The v5 standard-mode driver (<c>i2s_std.c</c>, <c>i2s_common.c</c>).</summary>
    Std,
}
