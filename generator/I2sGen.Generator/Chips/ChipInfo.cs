using System.Collections.Generic;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Chips;

/// <summary>
/// The I2S-relevant facts of one chip, from ESP-IDF's <c>soc_caps.h</c>, <c>clk_tree_defs.h</c> and GPIO docs
/// (see shared/reference/esp-idf.md §5 and §6). Pin sets are 64-bit masks, bit n = GPIOn.
/// </summary>
internal sealed record ChipInfo(
    Chip Chip,
    string DisplayName,
    string IdfTarget,
    int ControllerCount,
    ulong ValidGpioMask,
    ulong OutputGpioMask,
    ulong StrappingMask,
    ulong FlashMask,
    ulong PsramMask,
    ulong UsbJtagMask,
    ulong ConsoleMask,
    IReadOnlyDictionary<int, string> PackageOnlyPins,
    ulong MclkMask,
    bool HasApll,
    long SourceClockHz,
    string SourceClockName,
    int MaxDmaBufferBytes,
    int InternalRamBytes,
    bool StdUses16BitSampleAlignment)
{
    public int HighestGpio
    {
        get
        {
            var highest = -1;
            for (var pin = 0; pin < 64; pin++)
            {
                if (IsSet(ValidGpioMask, pin))
                {
                    highest = pin;
                }
            }

            return highest;
        }
    }

    public bool Exists(int pin) => IsSet(ValidGpioMask, pin);

    public bool CanOutput(int pin) => IsSet(OutputGpioMask, pin);

    public bool IsStrapping(int pin) => IsSet(StrappingMask, pin);

    public bool IsFlash(int pin) => IsSet(FlashMask, pin);

    public bool IsPsram(int pin) => IsSet(PsramMask, pin);

    public bool IsUsbJtag(int pin) => IsSet(UsbJtagMask, pin);

    /// <summary>Whether the pin is TX or RX of UART0, the boot log and serial console (and the flashing port of most boards).</summary>
    public bool IsConsole(int pin) => IsSet(ConsoleMask, pin);

    /// <summary>The packages a pin is bonded out on, when only some packages of the chip have it; else null.</summary>
    public string? PackageOnly(int pin) => PackageOnlyPins.TryGetValue(pin, out var packages) ? packages : null;

    /// <summary>A pin a suggestion must avoid: flash, PSRAM, strapping, USB-JTAG, console or not on every package.</summary>
    public bool IsTroublesome(int pin) =>
        IsFlash(pin) || IsPsram(pin) || IsStrapping(pin) || IsUsbJtag(pin) || IsConsole(pin) || PackageOnly(pin) is not null;

    public bool CanCarryMclk(int pin) => IsSet(MclkMask, pin);

    public static bool IsSet(ulong mask, int pin) => pin is >= 0 and < 64 && (mask & (1UL << pin)) != 0;
}
