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
    ulong MclkMask,
    bool HasApll,
    long SourceClockHz,
    string SourceClockName,
    int MaxDmaBufferBytes,
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

    public bool CanCarryMclk(int pin) => IsSet(MclkMask, pin);

    public static bool IsSet(ulong mask, int pin) => pin is >= 0 and < 64 && (mask & (1UL << pin)) != 0;
}
