using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>
/// The per-chip hardware facts the <see cref="BindingOracle"/> decides with, written out here by hand from ESP-IDF
/// (shared/reference/esp-idf.md, which cites espressif/esp-idf v4.4.7 and v5.0-v5.5.1) and NOT read from the
/// generator's chip table, so that a wrong entry there shows up as a disagreement instead of being checked
/// against itself.
/// </summary>
/// <param name="Controllers"><c>SOC_I2S_NUM</c> (esp-idf.md §5.2, soc/&lt;chip&gt;/include/soc/soc_caps.h@v5.5.1).</param>
/// <param name="Valid">GPIOs in <c>SOC_GPIO_VALID_GPIO_MASK</c> (§5.2 "Explicit pin lists").</param>
/// <param name="Output">GPIOs in <c>SOC_GPIO_VALID_OUTPUT_GPIO_MASK</c> (§5.2).</param>
/// <param name="Flash">
/// GPIOs wired to the SPI flash on modules (§5.3, docs gpio/&lt;chip&gt;.inc@v5.5.1): the six flash signals SPICS0,
/// SPICLK, SPID, SPIQ, SPIWP, SPIHD (and VDD_SPI on C6/H2). On ESP32 GPIO16/17 and on S2/S3 GPIO26 (SPICS1) are the
/// PSRAM's, a warning rather than an error, so they are not listed.
/// </param>
/// <param name="MclkPins">GPIOs that can carry MCLK, null when the GPIO matrix routes it to any pin (§5.4: ESP32 only GPIO0/1/3).</param>
/// <param name="HasApll"><c>SOC_I2S_SUPPORTS_APLL</c> (§5.2).</param>
/// <param name="SourceClockHz">The default I2S source clock (§6.1: PLL_F160M; ESP32-H2 PLL_F96M; ESP32-P4 XTAL, 40 MHz).</param>
/// <param name="DmaBufferLimit">Largest DMA buffer in bytes (§3.7: 4092; 4032 on ESP32-P4, 64-byte cache lines).</param>
/// <param name="InternalRamBytes">
/// The chip's main internal SRAM in bytes (KB = 1024 bytes), where the drivers allocate DMA buffers
/// (<c>MALLOC_CAP_INTERNAL | MALLOC_CAP_DMA</c>), so an upper bound on what any binding can get; from the "CPU and
/// Memory" features of Espressif's chip datasheets: ESP32 520 KB SRAM; ESP32-S2 320 KB; ESP32-S3 512 KB; ESP32-C3
/// 400 KB (16 KB of it can be cache); ESP32-C6 512 KB HP SRAM; ESP32-H2 320 KB; ESP32-P4 768 KB HP L2MEM. RTC / LP
/// memories are not counted.
/// </param>
/// <param name="StdPacksBytes">Whether the std driver stores a sample in (bits+7)/8 bytes (IDF ≥ 5.5, every chip but ESP32) instead of 16-bit units (§3.7).</param>
internal sealed record ChipFacts(
    Chip Chip,
    int Controllers,
    IReadOnlyCollection<int> Valid,
    IReadOnlyCollection<int> Output,
    IReadOnlyCollection<int> Flash,
    IReadOnlyCollection<int>? MclkPins,
    bool HasApll,
    long SourceClockHz,
    int DmaBufferLimit,
    long InternalRamBytes,
    bool StdPacksBytes)
{
    public static ChipFacts For(Chip chip) => chip switch
    {
        Chip.Esp32 => new(chip, 2, Pins((0, 23), (25, 27), (32, 39)), Pins((0, 23), (25, 27), (32, 33)), Pins((6, 11)), Pins((0, 1), (3, 3)), true, 160_000_000, 4092, 520 * 1024, false),
        Chip.Esp32S2 => new(chip, 1, Pins((0, 21), (26, 46)), Pins((0, 21), (26, 45)), Pins((27, 32)), null, true, 160_000_000, 4092, 320 * 1024, true),
        Chip.Esp32S3 => new(chip, 2, Pins((0, 21), (26, 48)), Pins((0, 21), (26, 48)), Pins((27, 32)), null, false, 160_000_000, 4092, 512 * 1024, true),
        Chip.Esp32C3 => new(chip, 1, Pins((0, 21)), Pins((0, 21)), Pins((12, 17)), null, false, 160_000_000, 4092, 400 * 1024, true),
        Chip.Esp32C6 => new(chip, 1, Pins((0, 30)), Pins((0, 30)), Pins((24, 30)), null, false, 160_000_000, 4092, 512 * 1024, true),
        Chip.Esp32H2 => new(chip, 1, Pins((0, 27)), Pins((0, 27)), Pins((15, 21)), null, false, 96_000_000, 4092, 320 * 1024, true),
        Chip.Esp32P4 => new(chip, 3, Pins((0, 54)), Pins((0, 54)), Pins(), null, true, 40_000_000, 4032, 768 * 1024, true),

        // ESP32-C5, ESP32-C61 @v5.5.1: SOC_I2S_NUM 1, SOC_GPIO_PIN_COUNT 29 / 30 with every pad an output
        // (soc_caps.h); flash MSPI pads CS0, CLK, MOSI, MISO, WP, HD (soc/<chip>/include/soc/spi_pins.h) plus, on
        // C5, GPIO19 which the GPIO docs list among SPI0/1 GPIO16-22; no APLL; I2S_CLK_SRC_DEFAULT PLL_F160M;
        // the std driver's 4092-byte DMA limit (no L1-cached internal memory); SRAM 384 KB / 320 KB (DRAM range of soc.h).
        Chip.Esp32C5 => new(chip, 1, Pins((0, 28)), Pins((0, 28)), Pins((16, 22)), null, false, 160_000_000, 4092, 384 * 1024, true),
        Chip.Esp32C61 => new(chip, 1, Pins((0, 29)), Pins((0, 29)), Pins((15, 17), (19, 21)), null, false, 160_000_000, 4092, 320 * 1024, true),
        _ => throw new KeyNotFoundException("no facts for " + chip),
    };

    private static HashSet<int> Pins(params (int First, int Last)[] ranges) =>
        new(ranges.SelectMany(static r => Enumerable.Range(r.First, r.Last - r.First + 1)));
}
