using System.Collections.Generic;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Chips;

/// <summary>
/// The one chip table. Analyzers, the generator and the tests all read hardware facts from here.
/// Sources: shared/reference/esp-idf.md §5.2 (SOC caps, GPIO masks), §5.3 (strapping, flash, PSRAM, USB-JTAG),
/// §5.4 (MCLK pins), §6.1 (I2S source clocks), §3.7 (DMA buffer limit and byte rounding, IDF ≥ 5.5).
/// </summary>
internal static class ChipTable
{
    private const ulong AllPins = ulong.MaxValue;

    private static readonly Dictionary<Chip, ChipInfo> Chips = new()
    {
        [Chip.Esp32] = new(
            Chip.Esp32, "ESP32", "esp32", ControllerCount: 2,
            ValidGpioMask: 0xFF0EFFFFFFUL,
            OutputGpioMask: 0x30EFFFFFFUL,
            StrappingMask: Pins(0, 2, 5, 12, 15),
            FlashMask: Pins(6, 7, 8, 9, 10, 11),
            PsramMask: Pins(16, 17),
            UsbJtagMask: 0,
            MclkMask: Pins(0, 1, 3),
            HasApll: true, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, StdUses16BitSampleAlignment: true),
        [Chip.Esp32S2] = new(
            Chip.Esp32S2, "ESP32-S2", "esp32s2", ControllerCount: 1,
            ValidGpioMask: 0x7FFFFC3FFFFFUL,
            OutputGpioMask: 0x3FFFFC3FFFFFUL,
            StrappingMask: Pins(0, 45, 46),
            FlashMask: Pins(27, 28, 29, 30, 31, 32),
            PsramMask: Pins(26),
            UsbJtagMask: 0,
            MclkMask: AllPins,
            HasApll: true, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, StdUses16BitSampleAlignment: false),
        [Chip.Esp32S3] = new(
            Chip.Esp32S3, "ESP32-S3", "esp32s3", ControllerCount: 2,
            ValidGpioMask: 0x1FFFFFC3FFFFFUL,
            OutputGpioMask: 0x1FFFFFC3FFFFFUL,
            StrappingMask: Pins(0, 3, 45, 46),
            FlashMask: Pins(27, 28, 29, 30, 31, 32),
            PsramMask: Pins(26, 33, 34, 35, 36, 37),
            UsbJtagMask: Pins(19, 20),
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, StdUses16BitSampleAlignment: false),
        [Chip.Esp32C3] = new(
            Chip.Esp32C3, "ESP32-C3", "esp32c3", ControllerCount: 1,
            ValidGpioMask: (1UL << 22) - 1,
            OutputGpioMask: (1UL << 22) - 1,
            StrappingMask: Pins(2, 8, 9),
            FlashMask: Pins(12, 13, 14, 15, 16, 17),
            PsramMask: 0,
            UsbJtagMask: Pins(18, 19),
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, StdUses16BitSampleAlignment: false),
        [Chip.Esp32C6] = new(
            Chip.Esp32C6, "ESP32-C6", "esp32c6", ControllerCount: 1,
            ValidGpioMask: (1UL << 31) - 1,
            OutputGpioMask: (1UL << 31) - 1,
            StrappingMask: Pins(4, 5, 8, 9, 15),
            FlashMask: Pins(24, 25, 26, 27, 28, 29, 30),
            PsramMask: 0,
            UsbJtagMask: Pins(12, 13),
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, StdUses16BitSampleAlignment: false),
        [Chip.Esp32H2] = new(
            Chip.Esp32H2, "ESP32-H2", "esp32h2", ControllerCount: 1,
            ValidGpioMask: (1UL << 28) - 1,
            OutputGpioMask: (1UL << 28) - 1,
            StrappingMask: Pins(2, 3, 8, 9, 25),
            FlashMask: Pins(15, 16, 17, 18, 19, 20, 21),
            PsramMask: 0,
            UsbJtagMask: Pins(26, 27),
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 96_000_000, SourceClockName: "PLL_F96M",
            MaxDmaBufferBytes: 4092, StdUses16BitSampleAlignment: false),
        [Chip.Esp32P4] = new(
            Chip.Esp32P4, "ESP32-P4", "esp32p4", ControllerCount: 3,
            ValidGpioMask: 0x007FFFFFFFFFFFFFUL,
            OutputGpioMask: 0x007FFFFFFFFFFFFFUL,
            StrappingMask: Pins(34, 35, 36, 37, 38),
            FlashMask: 0,
            PsramMask: 0,
            UsbJtagMask: Pins(24, 25),
            MclkMask: AllPins,
            HasApll: true, SourceClockHz: 40_000_000, SourceClockName: "XTAL",
            MaxDmaBufferBytes: 4032, StdUses16BitSampleAlignment: false),
    };

    /// <summary>All chips, in enum order.</summary>
    public static IReadOnlyList<ChipInfo> All { get; } = new[]
    {
        Chips[Chip.Esp32], Chips[Chip.Esp32S2], Chips[Chip.Esp32S3], Chips[Chip.Esp32C3],
        Chips[Chip.Esp32C6], Chips[Chip.Esp32H2], Chips[Chip.Esp32P4],
    };

    public static ChipInfo Get(Chip chip) => Chips[chip];

    /// <summary>Parses an MSBuild value such as <c>esp32s3</c> or <c>ESP32-S3</c>; case and dashes do not matter.</summary>
    public static bool TryParse(string text, out Chip chip)
    {
        var key = text.Replace("-", string.Empty).Replace("_", string.Empty).Trim().ToLowerInvariant();
        foreach (var info in All)
        {
            if (info.IdfTarget == key)
            {
                chip = info.Chip;
                return true;
            }
        }

        chip = Chip.Esp32;
        return false;
    }

    private static ulong Pins(params int[] pins)
    {
        ulong mask = 0;
        foreach (var pin in pins)
        {
            mask |= 1UL << pin;
        }

        return mask;
    }
}
