using System.Collections.Generic;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// The numeric values of the ESP-IDF constants the generated C names, for the prebuilt host glue: the generated C#
/// passes a binding's configuration to it as numbers (native/host/i2sgen_host.h), the same constants the generated
/// C spells out. ESP-IDF fixes these values in its public headers (hal/i2s_types.h, driver/i2s_types.h,
/// driver/i2s_types_legacy.h) and they are equal on every chip; HostGlueTests compiles a C file that asserts each
/// one against native/include, so a wrong entry fails the build of that test.
/// </summary>
internal static class IdfConstants
{
    public static IReadOnlyDictionary<string, int> All { get; } = new Dictionary<string, int>(System.StringComparer.Ordinal)
    {
        ["I2S_SLOT_MODE_MONO"] = 1,
        ["I2S_SLOT_MODE_STEREO"] = 2,
        ["I2S_STD_SLOT_LEFT"] = 1,
        ["I2S_STD_SLOT_RIGHT"] = 2,
        ["I2S_STD_SLOT_BOTH"] = 3,
        ["I2S_CHANNEL_FMT_RIGHT_LEFT"] = 0,
        ["I2S_CHANNEL_FMT_ALL_RIGHT"] = 1,
        ["I2S_CHANNEL_FMT_ALL_LEFT"] = 2,
        ["I2S_CHANNEL_FMT_ONLY_RIGHT"] = 3,
        ["I2S_CHANNEL_FMT_ONLY_LEFT"] = 4,
        ["I2S_COMM_FORMAT_STAND_I2S"] = 1,
        ["I2S_COMM_FORMAT_STAND_MSB"] = 2,
        ["I2S_COMM_FORMAT_STAND_PCM_SHORT"] = 4,
    };

    /// <summary>The value of <paramref name="symbol"/>; the generator only asks for symbols of the table.</summary>
    public static int Value(string symbol) => All[symbol];
}
