using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Report;

/// <summary>What a GPIO is for the bindings of a build; the order is the legend's.</summary>
internal enum PinState
{
    /// <summary>A binding uses the pin (it may be risky as well: <see cref="PinEntry.Reasons"/> says so).</summary>
    Used,

    /// <summary>Using the pin is an error: it is wired to the SPI flash (I2S0303).</summary>
    Forbidden,

    /// <summary>Usable, but it costs something on most boards (the pin warnings I2S0304-I2S0312).</summary>
    Risky,

    /// <summary>Input-only: can carry SDIN, nothing the ESP32 drives (I2S0302).</summary>
    InputOnly,

    /// <summary>Free and trouble-free: the pins the code fixes suggest.</summary>
    Free,

    /// <summary>A number in the chip's range that is no GPIO (I2S0301).</summary>
    Absent,
}

/// <summary>A binding's use of a pin.</summary>
internal sealed record PinUse(string Binding, string Signal);

/// <summary>One GPIO of the pin map: its state, every fact that explains it, and which bindings use it.</summary>
internal sealed record PinEntry(int Gpio, PinState State, IReadOnlyList<string> Reasons, IReadOnlyList<string> Tags, IReadOnlyList<PinUse> Uses)
{
    /// <summary>Used, and also a pin the rules warn about (the binding compiles with a warning).</summary>
    public bool IsUsedAndRisky => State == PinState.Used && Tags.Count > 0;
}

/// <summary>
/// Classifies every GPIO number of a chip (0 to its highest GPIO) for the pin map and the report, from
/// <see cref="ChipTable"/> (the facts the pin rules use) and the bindings' pins. The reasons name the rule a binding
/// using the pin would meet, so the picture and the diagnostics tell the same story.
/// </summary>
internal static class PinMap
{
    public static IReadOnlyList<PinEntry> Of(ChipInfo chip, IReadOnlyList<BindingSpec> specs)
    {
        var uses = new Dictionary<int, List<PinUse>>();
        foreach (var spec in specs)
        {
            foreach (var pin in BindingPin.Of(spec.Config).Where(static pin => pin.IsConnected))
            {
                if (!uses.TryGetValue(pin.Gpio, out var list))
                {
                    uses[pin.Gpio] = list = new List<PinUse>();
                }

                list.Add(new PinUse(spec.ClassName, pin.Role.Signal));
            }
        }

        var entries = new List<PinEntry>();
        for (var gpio = 0; gpio <= chip.HighestGpio; gpio++)
        {
            var used = uses.TryGetValue(gpio, out var list) ? list : new List<PinUse>();
            entries.Add(Classify(chip, gpio, used));
        }

        return entries;
    }

    private static PinEntry Classify(ChipInfo chip, int gpio, IReadOnlyList<PinUse> uses)
    {
        var name = chip.DisplayName;
        if (!chip.Exists(gpio))
        {
            return new PinEntry(gpio, PinState.Absent, new[] { $"GPIO{gpio} does not exist on {name} (I2S0301)" }, new[] { "absent" }, uses);
        }

        var reasons = new List<string>();
        var tags = new List<string>();
        if (chip.IsFlash(gpio))
        {
            Add(reasons, tags, "flash", $"wired to the SPI flash on {name} modules: using it crashes the chip (I2S0303)");
        }

        if (chip.IsPsram(gpio))
        {
            Add(reasons, tags, "PSRAM", $"wired to PSRAM on {name} modules with PSRAM (I2S0304)");
        }

        if (chip.IsStrapping(gpio))
        {
            Add(reasons, tags, "strapping", chip.Chip == Chip.Esp32 && gpio == 12
                ? "strapping pin MTDI: pulled high at reset it selects 1.8 V flash and a 3.3 V flash will not boot (I2S0305)"
                : "strapping pin: a device driving it at reset can change the boot mode (I2S0305)");
        }

        if (chip.IsUsbJtag(gpio))
        {
            Add(reasons, tags, "USB-JTAG", "USB-Serial-JTAG: using it drops the USB console and debugger (I2S0310)");
        }

        if (chip.IsConsole(gpio))
        {
            Add(reasons, tags, "UART0", "UART0, the boot log and serial console (I2S0311)");
        }

        if (chip.PackageOnly(gpio) is { } packages)
        {
            Add(reasons, tags, "package", $"bonded out only on {packages} (I2S0312)");
        }

        var inputOnly = !chip.CanOutput(gpio);
        if (inputOnly)
        {
            Add(reasons, tags, "input only", "input-only: can carry SDIN, not BCK, WS, SDOUT or MCLK (I2S0302)");
        }

        // On the ESP32 MCLK has three fixed pins; on the other chips any GPIO can carry it, which is no news.
        if (chip.MclkMask != ulong.MaxValue && chip.CanCarryMclk(gpio))
        {
            reasons.Add($"one of the pins {name} can output MCLK on ({PinText.Ranges(chip.MclkMask)})");
        }

        var state = uses.Count > 0 ? PinState.Used
            : chip.IsFlash(gpio) ? PinState.Forbidden
            : chip.IsTroublesome(gpio) ? PinState.Risky
            : inputOnly ? PinState.InputOnly
            : PinState.Free;
        if (uses.Count > 0)
        {
            reasons.Insert(0, "used by " + string.Join(", ", uses.Select(static use => use.Signal + " of " + use.Binding)));
        }
        else if (state == PinState.Free)
        {
            reasons.Add("free: no binding uses it and no pin rule warns about it");
        }

        // A used pin keeps only the tags of trouble, so the map marks a used pin the rules warn about.
        return new PinEntry(gpio, state, reasons, uses.Count > 0 ? tags.Where(static tag => tag != "input only").ToList() : tags, uses);
    }

    private static void Add(List<string> reasons, List<string> tags, string tag, string reason)
    {
        tags.Add(tag);
        reasons.Add(reason);
    }

    /// <summary>The state's name in the JSON and the SVG's class attribute.</summary>
    public static string Key(PinState state) => state switch
    {
        PinState.Used => "used",
        PinState.Forbidden => "forbidden",
        PinState.Risky => "risky",
        PinState.InputOnly => "input-only",
        PinState.Absent => "absent",
        _ => "free",
    };
}
