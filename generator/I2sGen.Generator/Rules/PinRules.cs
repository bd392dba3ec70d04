using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The pin rules of one binding (I2S0301-I2S0307, I2S0310): the GPIO exists, carries one signal, can drive an
/// output, can carry MCLK, and is not taken by flash, PSRAM, strapping or USB. Facts: <see cref="ChipTable"/>.
/// </summary>
internal static class PinRules
{
    /// <summary>
    /// The pin rules; <paramref name="replacement"/> gives the fix value of a flagged pin. A pin with an error for
    /// its role gets no warning besides: the error already says to move it, and one pin, one diagnostic
    /// (ESP32 <c>Mclk = 2</c> is I2S0306, not also the strapping warning I2S0305).
    /// </summary>
    public static void Check(BindingConfig config, ChipInfo chip, Func<PinRole, string?> replacement, ImmutableArray<RuleViolation>.Builder found)
    {
        var seen = new Dictionary<int, PinRole>();
        foreach (var role in PinRole.All)
        {
            var pin = config.Get(role.Argument);
            if (pin == BindingConfig.NotConnected)
            {
                continue;
            }

            if (!chip.Exists(pin))
            {
                found.Add(new(RuleCatalog.PinDoesNotExist.Id, role.Argument,
                    $"GPIO{pin} does not exist on {chip.DisplayName}; valid pins: {PinText.Ranges(chip.ValidGpioMask)}",
                    replacement(role)));
                continue;
            }

            var errors = found.Count;
            if (seen.TryGetValue(pin, out var first))
            {
                found.Add(new(RuleCatalog.PinUsedTwice.Id, role.Argument,
                    $"GPIO{pin} is already {first.Signal}; {role.Signal} needs a pin of its own", replacement(role)));
            }
            else
            {
                seen.Add(pin, role);
            }

            if (role.IsOutput && !chip.CanOutput(pin))
            {
                found.Add(new(RuleCatalog.InputOnlyPin.Id, role.Argument,
                    $"GPIO{pin} is input-only on {chip.DisplayName} and cannot drive {role.Signal}; output-capable pins: {PinText.Ranges(chip.OutputGpioMask)}",
                    replacement(role)));
            }

            if (role == PinRole.Mclk && !chip.CanCarryMclk(pin))
            {
                found.Add(new(RuleCatalog.MclkPin.Id, role.Argument, MclkMessage(chip, pin), replacement(role)));
            }

            if (chip.IsFlash(pin))
            {
                found.Add(new(RuleCatalog.FlashPin.Id, role.Argument,
                    $"GPIO{pin} is wired to the SPI flash on {chip.DisplayName} modules; using it for {role.Signal} crashes the chip",
                    replacement(role)));
            }

            if (found.Count == errors)
            {
                CheckWarnings(chip, pin, role, replacement, found);
            }
        }
    }

    /// <summary>The pin is usable but costs something on most boards: PSRAM, boot mode, USB, console, package.</summary>
    private static void CheckWarnings(ChipInfo chip, int pin, PinRole role, Func<PinRole, string?> replacement, ImmutableArray<RuleViolation>.Builder found)
    {
        if (chip.IsPsram(pin))
        {
            found.Add(new(RuleCatalog.PsramPin.Id, role.Argument,
                $"GPIO{pin} is wired to PSRAM on {chip.DisplayName} modules with PSRAM; use it for {role.Signal} only on a module without PSRAM",
                replacement(role)));
        }

        if (chip.IsStrapping(pin))
        {
            found.Add(new(RuleCatalog.StrappingPin.Id, role.Argument, StrappingMessage(chip, pin, role), replacement(role)));
        }

        if (chip.IsUsbJtag(pin))
        {
            found.Add(new(RuleCatalog.UsbJtagPin.Id, role.Argument,
                $"GPIO{pin} carries the USB-Serial-JTAG port of {chip.DisplayName}; using it for {role.Signal} drops the USB console and debugger",
                replacement(role)));
        }

        if (chip.IsConsole(pin))
        {
            found.Add(new(RuleCatalog.ConsolePin.Id, role.Argument,
                $"GPIO{pin} carries UART0 of {chip.DisplayName}, the boot log and serial console that the USB-serial bridge of most boards is wired to; using it for {role.Signal} garbles the console and the {role.Signal} device sees the boot messages, so choose another pin",
                replacement(role)));
        }

        if (chip.PackageOnly(pin) is { } packages)
        {
            found.Add(new(RuleCatalog.PackageOnlyPin.Id, role.Argument,
                $"GPIO{pin} is bonded out only on {packages} of {chip.DisplayName}; on other chips and modules the pin does not exist, so {role.Signal} would stay unconnected; choose another pin unless the board uses that package",
                replacement(role)));
        }
    }

    /// <summary>
    /// The original ESP32 is the one chip whose MCLK is not routed through the GPIO matrix: it leaves GPIO0 (a
    /// strapping pin) and GPIO1/GPIO3, which are UART0 TX/RX, the serial console. None is a pin to suggest, so
    /// the message names what each costs and the fix leaves the value alone.
    /// </summary>
    private static string MclkMessage(ChipInfo chip, int pin)
    {
        if (chip.Chip == Chip.Esp32)
        {
            return $"ESP32 can output MCLK only on its clock-out pins, not GPIO{pin}; all three are taken on a typical board (GPIO0 selects the boot mode, GPIO1 and GPIO3 are the UART0 console), so leave Mclk unset if the codec derives its clock from BCK, or give up the console for it";
        }

        return $"{chip.DisplayName} can output MCLK only on {PinText.Ranges(chip.MclkMask)}, not GPIO{pin}";
    }

    private static string StrappingMessage(ChipInfo chip, int pin, PinRole role)
    {
        if (chip.Chip == Chip.Esp32 && pin == 12)
        {
            return $"GPIO12 (MTDI) is a strapping pin on ESP32: if the {role.Signal} device pulls it high at reset, the flash voltage is set to 1.8 V and a 3.3 V flash will not boot; choose another pin or burn the VDD_SDIO eFuse";
        }

        return $"GPIO{pin} is a strapping pin on {chip.DisplayName}: if the {role.Signal} device drives it at reset the chip can boot into the wrong mode; prefer another pin";
    }
}
