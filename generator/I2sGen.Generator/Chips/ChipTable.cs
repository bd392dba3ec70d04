using System.Collections.Generic;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Chips;

/// <summary>
/// The one chip table. Analyzers, the generator and the tests all read hardware facts from here.
/// Sources: shared/reference/esp-idf.md §5.2 (SOC caps, GPIO masks), §5.3 (strapping, flash, PSRAM, USB-JTAG),
/// §5.4 (MCLK pins), §6.1 (I2S source clocks), §3.7 (DMA buffer limit and byte rounding, IDF ≥ 5.5).
/// The facts are those of the newest release (the DMA limit: the std driver's); what differs per ESP-IDF release is in
/// <see cref="IdfSupport"/>.
/// <para>
/// ConsoleMask: TX and RX of UART0, the default console, from <c>U0TXD_GPIO_NUM</c>/<c>U0RXD_GPIO_NUM</c> in ESP-IDF's
/// <c>components/soc/&lt;chip&gt;/include/soc/uart_pins.h</c> (v5.5.1): ESP32 1/3, S2 and S3 43/44, C3 21/20,
/// C6 16/17, H2 24/23, P4 37/38, C5 11/12, C61 11/10.
/// </para>
/// <para>
/// PackageOnlyPins: GPIOs bonded out on some packages only, from ESP-IDF's
/// <c>docs/en/api-reference/peripherals/gpio/&lt;chip&gt;.inc</c> (v5.5.1, esp-idf.md §5.1, §5.3): ESP32 GPIO20 exists
/// only on ESP32-PICO-V3 (it is in <c>SOC_GPIO_VALID_GPIO_MASK</c>, but not on the QFN packages and modules);
/// ESP32-C6 GPIO10-11 are not bonded out on the variants with in-package flash, GPIO14 not on those without;
/// ESP32-H2 GPIO6-7 are not bonded out on the variants with in-package flash.
/// </para>
/// <para>
/// InternalRamBytes: the chip's internal SRAM, from the Espressif datasheets' memory sections (ESP32 520 KB,
/// ESP32-S2 320 KB, ESP32-S3 512 KB, ESP32-C3 400 KB, ESP32-C6 512 KB HP SRAM, ESP32-H2 320 KB, ESP32-P4 768 KB
/// HP L2MEM; ESP32-C5 384 KB, ESP32-C61 320 KB HP SRAM, the DRAM range of their soc.h@v5.5.1). The I2S drivers allocate DMA buffers in internal DMA-capable RAM (<c>MALLOC_CAP_INTERNAL |
/// MALLOC_CAP_DMA</c>), so no configuration can ever get more; the real free amount is lower.
/// </para>
/// </summary>
internal static class ChipTable
{
    private const ulong AllPins = ulong.MaxValue;

    private static readonly Dictionary<int, string> NoPackagePins = new();

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
            ConsoleMask: Pins(1, 3),
            PackageOnlyPins: new Dictionary<int, string> { [20] = "the ESP32-PICO-V3 package" },
            MclkMask: Pins(0, 1, 3),
            HasApll: true, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 520 * 1024, StdUses16BitSampleAlignment: true),
        [Chip.Esp32S2] = new(
            Chip.Esp32S2, "ESP32-S2", "esp32s2", ControllerCount: 1,
            ValidGpioMask: 0x7FFFFC3FFFFFUL,
            OutputGpioMask: 0x3FFFFC3FFFFFUL,
            StrappingMask: Pins(0, 45, 46),
            FlashMask: Pins(27, 28, 29, 30, 31, 32),
            PsramMask: Pins(26),
            UsbJtagMask: 0,
            ConsoleMask: Pins(43, 44),
            PackageOnlyPins: NoPackagePins,
            MclkMask: AllPins,
            HasApll: true, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 320 * 1024, StdUses16BitSampleAlignment: false),
        [Chip.Esp32S3] = new(
            Chip.Esp32S3, "ESP32-S3", "esp32s3", ControllerCount: 2,
            ValidGpioMask: 0x1FFFFFC3FFFFFUL,
            OutputGpioMask: 0x1FFFFFC3FFFFFUL,
            StrappingMask: Pins(0, 3, 45, 46),
            FlashMask: Pins(27, 28, 29, 30, 31, 32),
            PsramMask: Pins(26, 33, 34, 35, 36, 37),
            UsbJtagMask: Pins(19, 20),
            ConsoleMask: Pins(43, 44),
            PackageOnlyPins: NoPackagePins,
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 512 * 1024, StdUses16BitSampleAlignment: false),
        [Chip.Esp32C3] = new(
            Chip.Esp32C3, "ESP32-C3", "esp32c3", ControllerCount: 1,
            ValidGpioMask: (1UL << 22) - 1,
            OutputGpioMask: (1UL << 22) - 1,
            StrappingMask: Pins(2, 8, 9),
            FlashMask: Pins(12, 13, 14, 15, 16, 17),
            PsramMask: 0,
            UsbJtagMask: Pins(18, 19),
            ConsoleMask: Pins(20, 21),
            PackageOnlyPins: NoPackagePins,
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 400 * 1024, StdUses16BitSampleAlignment: false),
        [Chip.Esp32C6] = new(
            Chip.Esp32C6, "ESP32-C6", "esp32c6", ControllerCount: 1,
            ValidGpioMask: (1UL << 31) - 1,
            OutputGpioMask: (1UL << 31) - 1,
            StrappingMask: Pins(4, 5, 8, 9, 15),
            FlashMask: Pins(24, 25, 26, 27, 28, 29, 30),
            PsramMask: 0,
            UsbJtagMask: Pins(12, 13),
            ConsoleMask: Pins(16, 17),
            PackageOnlyPins: new Dictionary<int, string> { [10] = "variants without in-package flash", [11] = "variants without in-package flash", [14] = "variants with in-package flash" },
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 512 * 1024, StdUses16BitSampleAlignment: false),
        [Chip.Esp32H2] = new(
            Chip.Esp32H2, "ESP32-H2", "esp32h2", ControllerCount: 1,
            ValidGpioMask: (1UL << 28) - 1,
            OutputGpioMask: (1UL << 28) - 1,
            StrappingMask: Pins(2, 3, 8, 9, 25),
            FlashMask: Pins(15, 16, 17, 18, 19, 20, 21),
            PsramMask: 0,
            UsbJtagMask: Pins(26, 27),
            ConsoleMask: Pins(23, 24),
            PackageOnlyPins: new Dictionary<int, string> { [6] = "variants without in-package flash", [7] = "variants without in-package flash" },
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 96_000_000, SourceClockName: "PLL_F96M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 320 * 1024, StdUses16BitSampleAlignment: false),
        [Chip.Esp32P4] = new(
            Chip.Esp32P4, "ESP32-P4", "esp32p4", ControllerCount: 3,
            ValidGpioMask: 0x007FFFFFFFFFFFFFUL,
            OutputGpioMask: 0x007FFFFFFFFFFFFFUL,
            StrappingMask: Pins(34, 35, 36, 37, 38),
            FlashMask: 0,
            PsramMask: 0,
            UsbJtagMask: Pins(24, 25),
            ConsoleMask: Pins(37, 38),
            PackageOnlyPins: NoPackagePins,
            MclkMask: AllPins,
            HasApll: true, SourceClockHz: 40_000_000, SourceClockName: "XTAL",
            MaxDmaBufferBytes: 4032, InternalRamBytes: 768 * 1024, StdUses16BitSampleAlignment: false),

        // ESP32-C5 and ESP32-C61 (supported targets from ESP-IDF v5.5.1), every fact @v5.5.1:
        // soc/<chip>/include/soc/soc_caps.h: SOC_I2S_NUM 1, SOC_GPIO_PIN_COUNT 29 / 30, VALID_OUTPUT = VALID, no
        // SOC_I2S_SUPPORTS_APLL; I2S_CLK_SRC_DEFAULT = PLL_F160M (soc/<chip>/include/soc/clk_tree_defs.h).
        // docs/en/api-reference/peripherals/gpio/<chip>.inc: C5 strapping GPIO2, 7, 25, 27, 28, SPI0/1 GPIO16-22,
        // USB-JTAG GPIO13/14; C61 SPI0/1 GPIO14-17 and 19-21, USB-JTAG GPIO12/13 (its strapping pins are only in
        // the datasheet: GPIO8 and GPIO9 select the boot mode, esptool docs "Boot Mode Selection" for ESP32-C61).
        // soc/<chip>/include/soc/spi_pins.h: the PSRAM chip select MSPI_IOMUX_PIN_NUM_CS1 is GPIO15 (C5), GPIO14 (C61);
        // the other MSPI pins are the flash's. uart_pins.h: U0TXD/U0RXD 11/12 (C5), 11/10 (C61). Internal RAM:
        // SOC_DRAM_HIGH - SOC_DRAM_LOW in soc/<chip>/include/soc/soc.h = 384 KB (C5), 320 KB (C61). DMA: neither
        // has SOC_CACHE_INTERNAL_MEM_VIA_L1CACHE, so the std driver's limit is 4092 (esp_driver_i2s/i2s_common.c).
        [Chip.Esp32C5] = new(
            Chip.Esp32C5, "ESP32-C5", "esp32c5", ControllerCount: 1,
            ValidGpioMask: (1UL << 29) - 1,
            OutputGpioMask: (1UL << 29) - 1,
            StrappingMask: Pins(2, 7, 25, 27, 28),
            FlashMask: Pins(16, 17, 18, 19, 20, 21, 22),
            PsramMask: Pins(15),
            UsbJtagMask: Pins(13, 14),
            ConsoleMask: Pins(11, 12),
            PackageOnlyPins: NoPackagePins,
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 384 * 1024, StdUses16BitSampleAlignment: false),
        [Chip.Esp32C61] = new(
            Chip.Esp32C61, "ESP32-C61", "esp32c61", ControllerCount: 1,
            ValidGpioMask: (1UL << 30) - 1,
            OutputGpioMask: (1UL << 30) - 1,
            StrappingMask: Pins(8, 9),
            FlashMask: Pins(15, 16, 17, 19, 20, 21),
            PsramMask: Pins(14),
            UsbJtagMask: Pins(12, 13),
            ConsoleMask: Pins(10, 11),
            PackageOnlyPins: NoPackagePins,
            MclkMask: AllPins,
            HasApll: false, SourceClockHz: 160_000_000, SourceClockName: "PLL_F160M",
            MaxDmaBufferBytes: 4092, InternalRamBytes: 320 * 1024, StdUses16BitSampleAlignment: false),
    };

    /// <summary>All chips, in enum order.</summary>
    public static IReadOnlyList<ChipInfo> All { get; } = new[]
    {
        Chips[Chip.Esp32], Chips[Chip.Esp32S2], Chips[Chip.Esp32S3], Chips[Chip.Esp32C3],
        Chips[Chip.Esp32C6], Chips[Chip.Esp32H2], Chips[Chip.Esp32P4], Chips[Chip.Esp32C5], Chips[Chip.Esp32C61],
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
