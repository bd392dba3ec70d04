using I2sGen.Generator.Model;
using I2sGen.Generator.Parts;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// What the report says about a binding's named part: the part, its strap wiring as declared and what that wiring
/// means on the bus, and the conversion helpers the wrapper got (or why none). One place for the three report files.
/// </summary>
/// <param name="Part">The catalog entry.</param>
/// <param name="Argument">The strap argument (<c>LrPin</c>, <c>ChannelSelect</c>, <c>FormatPin</c>); null when the part has no strap.</param>
/// <param name="Declared">The value written for it, as the runtime enum member (<c>I2sPinLevel.Low</c>), or "not declared".</param>
/// <param name="Pin">The strap pin's datasheet name (L/R, SD_MODE, FMT); null without a strap.</param>
/// <param name="Meaning">The wiring in words: "L/R tied low: data in the left slot".</param>
/// <param name="Conversion">The conversion helpers; null when there are none.</param>
/// <param name="NoConversion">Why there are no helpers; null when there are.</param>
internal sealed record PartWiring(PartInfo Part, string? Argument, string? Declared, string? Pin, string Meaning, PartConversion? Conversion, string? NoConversion)
{
    public static PartWiring? Of(BindingSpec spec)
    {
        if (spec.Part is not { } part)
        {
            return null;
        }

        var declared = spec.Config.Part;
        var conversion = PartConversion.For(spec);
        var noConversion = conversion is null ? PartConversion.WhyNone(spec) : null;
        return part.Strap switch
        {
            PartStrap.LrPin => new(part, "LrPin", PinLevelName(declared.LrPin), StrapPin(part), LrMeaning(part, declared.LrPin), conversion, noConversion),
            PartStrap.ChannelSelect => new(part, "ChannelSelect", AmpChannelName(declared.ChannelSelect), StrapPin(part), ChannelMeaning(part, declared.ChannelSelect), conversion, noConversion),
            PartStrap.FormatPin => new(part, "FormatPin", PinLevelName(declared.FormatPin), StrapPin(part), FormatMeaning(declared.FormatPin), conversion, noConversion),
            _ => new(part, null, null, null, NoStrapMeaning(part), conversion, noConversion),
        };
    }

    /// <summary>What kind of part, in words: "mono MEMS microphone", "stereo DAC".</summary>
    public string Kind => (Part.IsStereo ? "stereo " : "mono ") + Part.Role switch
    {
        PartRole.Microphone => "MEMS microphone",
        PartRole.Amplifier => "class-D amplifier",
        PartRole.Dac => "DAC",
        _ => "codec (I2S side)",
    };

    /// <summary>The role as a JSON key word.</summary>
    public string RoleKey => Part.Role switch
    {
        PartRole.Microphone => "microphone",
        PartRole.Amplifier => "amplifier",
        PartRole.Dac => "dac",
        _ => "codec",
    };

    /// <summary>The strap as written in the attribute: <c>LrPin = I2sPinLevel.Low</c>; null without a strap.</summary>
    public string? Written => Argument is null ? null : Argument + " = " + Declared;

    /// <summary>One line for the pin map: the part and its wiring.</summary>
    public string Summary => Part.DisplayName + ", " + Meaning;

    private static string StrapPin(PartInfo part) => part.Id switch
    {
        Model.Part.Ics43434 => "LR",
        Model.Part.Sph0645lm4h => "SELECT",
        Model.Part.Max98357a => "SD_MODE",
        Model.Part.Ns4168 => "CTRL",
        Model.Part.Pcm5102a => "FMT",
        _ => "L/R",
    };

    private static string PinLevelName(int level) => level switch
    {
        (int)PinLevel.Low => "I2sPinLevel.Low",
        (int)PinLevel.High => "I2sPinLevel.High",
        _ => "not declared",
    };

    private static string AmpChannelName(int channel) => channel switch
    {
        (int)AmpChannel.Left => "I2sAmpChannel.Left",
        (int)AmpChannel.Right => "I2sAmpChannel.Right",
        (int)AmpChannel.Mix => "I2sAmpChannel.Mix",
        _ => "not declared",
    };

    private static string LrMeaning(PartInfo part, int level) => level switch
    {
        (int)PinLevel.Low => StrapPin(part) + " tied low: data in the left slot",
        (int)PinLevel.High => StrapPin(part) + " tied high: data in the right slot",
        _ => StrapPin(part) + " wiring not declared: which slot carries the data is not checked",
    };

    // The voltages are the MAX98357A's SD_MODE table (Maxim 19-7267); the NS4168's CTRL thresholds are in no source we
    // could read (docs/parts.md), so its lines name the slot only.
    private static string ChannelMeaning(PartInfo part, int channel)
    {
        var max = part.Id == Model.Part.Max98357a;
        return channel switch
        {
            (int)AmpChannel.Left => StrapPin(part) + (max ? " above 1.4 V" : " set for left") + ": plays the left slot",
            (int)AmpChannel.Right => StrapPin(part) + (max ? " at 0.77-1.4 V" : " set for right") + ": plays the right slot",
            (int)AmpChannel.Mix => StrapPin(part) + (max ? " at 0.16-0.77 V" : " set for mix") + ": plays (left + right) / 2",
            _ => StrapPin(part) + " wiring not declared: which slot it plays is not checked",
        };
    }

    private static string FormatMeaning(int level) => level switch
    {
        (int)PinLevel.Low => "FMT tied low: I2S (Philips) frames",
        (int)PinLevel.High => "FMT tied high: left-justified (Msb) frames",
        _ => "FMT wiring not declared: Philips or Msb accepted",
    };

    private static string NoStrapMeaning(PartInfo part) => part.ControlBus is not null
        ? "no strap: format and clocking are set over I2C"
        : part.Id == Model.Part.Uda1334a
            ? "SF0/SF1 not modelled: I2S (Philips) assumed, both low as on the Adafruit breakout"
            : "no strap pin";
}
