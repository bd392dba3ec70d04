namespace I2sGen.Generator.Model;

// The generator cannot load the runtime assembly, so it mirrors the runtime enums' values here.
// RuntimeEnumParityTests fails if the two ever disagree.

/// <summary>Which attribute declared the binding.</summary>
internal enum BindingKind
{
    General,
    Microphone,
    Speaker,
}

/// <summary>Mirror of <c>I2sGen.I2sChip</c>.</summary>
internal enum Chip
{
    Esp32 = 0,
    Esp32S2 = 1,
    Esp32S3 = 2,
    Esp32C3 = 3,
    Esp32C6 = 4,
    Esp32H2 = 5,
    Esp32P4 = 6,
    Esp32C5 = 7,
    Esp32C61 = 8,
}

/// <summary>Mirror of <c>I2sGen.I2sDriver</c>.</summary>
internal enum Driver
{
    Std = 0,
    Legacy = 1,
}

/// <summary>
/// What the nanoFramework half of the wrapper calls (MSBuild property <c>I2sGenBackend</c>; not a runtime enum).
/// </summary>
internal enum Backend
{
    /// <summary>The fixed interop assembly I2sGen.Interop, implemented by the generated C and nanoCLR glue (custom firmware).</summary>
    Interop = 0,

    /// <summary>nanoFramework's own System.Device.I2s and nanoFramework.Hardware.Esp32 (stock firmware).</summary>
    Stock = 1,
}

/// <summary>Mirror of <c>I2sGen.I2sMode</c>.</summary>
internal enum Mode
{
    MasterTx = 5,
    MasterRx = 9,
}

/// <summary>Mirror of <c>I2sGen.I2sStandard</c>.</summary>
internal enum Standard
{
    Philips = 1,
    Msb = 2,
    PcmShort = 4,
    Lsb = 5,
}

/// <summary>Mirror of <c>I2sGen.I2sDataFormat</c>.</summary>
internal enum DataFormat
{
    B16 = 16,
    B24 = 24,
    B32 = 32,
}

/// <summary>Mirror of <c>I2sGen.I2sChannelFormat</c>.</summary>
internal enum ChannelFormat
{
    RightLeft = 0,
    AllRight = 1,
    AllLeft = 2,
    OnlyRight = 3,
    OnlyLeft = 4,
}

/// <summary>Mirror of <c>I2sGen.I2sPart</c>.</summary>
internal enum Part
{
    None = 0,
    Inmp441 = 1,
    Ics43434 = 2,
    Sph0645lm4h = 3,
    Msm261s4030h0 = 4,
    Max98357a = 5,
    Ns4168 = 6,
    Pcm5102a = 7,
    Uda1334a = 8,
    Es8311 = 9,
    Wm8960 = 10,
}

/// <summary>Mirror of <c>I2sGen.I2sPinLevel</c>.</summary>
internal enum PinLevel
{
    NotStated = 0,
    Low = 1,
    High = 2,
}

/// <summary>Mirror of <c>I2sGen.I2sAmpChannel</c>.</summary>
internal enum AmpChannel
{
    NotStated = 0,
    Left = 1,
    Right = 2,
    Mix = 3,
}

/// <summary>Mirror of <c>I2sGen.I2sBusSharing</c>.</summary>
internal enum BusSharing
{
    Auto = 0,
    FullDuplex = 1,
    TakeTurns = 2,
}
