using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
using I2sGen.Generator.Parts;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The rules of a named part (I2S0601-I2S0614): the declaration against the part's datasheet facts in
/// <see cref="PartCatalog"/>, as an audio engineer reviewing the schematic would check it: the slot the strap selects
/// against the channel format (the silent microphone), the slot width and justification, the frame standard, the
/// sample rate and bit clock ranges, MCLK, mono against stereo, and (<see cref="CheckShared"/>) two parts on one clock.
/// A binding without a part gets no finding here.
/// </summary>
internal static class PartRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Check(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        var part = config.Part;
        if (part.IsEmpty || !ValuesAreValid(part, found))
        {
            return;
        }

        if (PartCatalog.Find(part.Part) is not { } info)
        {
            StrapsWithoutPart(part, found);
            return;
        }

        if ((config.IsReceive && !info.CanReceive) || (config.IsTransmit && !info.CanTransmit))
        {
            found.Add(new(RuleCatalog.PartWrongDirection.Id, BindingArgument.Part,
                $"The {info.DisplayName} is {Article(info.Role)} {RoleName(info.Role)}: it cannot be {(config.IsReceive ? "read from by a receiving" : "driven by a transmitting")} binding; use {(info.CanReceive ? "[I2sMicrophone]" : "[I2sSpeaker]")} or name the part that is wired"));
            return;
        }

        CheckStraps(part, info, found);
        CheckChannels(config, info, found);
        CheckDataFormat(config, info, found);
        CheckStandard(config, info, found);
        CheckClocks(config, info, found);
        CheckMclk(config, info, found);
        if (info.ControlBus is not null)
        {
            found.Add(new(RuleCatalog.CodecControlBus.Id, BindingArgument.Part,
                $"The {info.DisplayName} plays or records only after its registers are set over its control bus: {info.ControlBus}"));
        }
    }

    /// <summary>
    /// Parts on one clock at the same time (the members of a shared bus that asks for or is planned as full duplex: one
    /// BCK and WS drive both) see one sample rate, slot width and standard; when their declarations differ, at least one
    /// part is clocked wrongly. Reported on the later binding, naming the earlier one. Only bindings that both name a
    /// part are compared. Members that take turns each get their own clock while open, and a clock pin shared by
    /// bindings of two buses is I2S0308 alone (one GPIO carries one signal).
    /// </summary>
    public static void CheckShared(
        IReadOnlyList<BindingEntry> bindings, int index, ImmutableArray<SharedBusGroup> groups, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        if (SharedBusPlanner.GroupOf(groups, index) is not { } group
            || (group.Requested != BusSharing.FullDuplex && group.Sharing != BusSharing.FullDuplex))
        {
            return;
        }

        var current = bindings[index];
        if (PartCatalog.Find(current.Config.Part.Part) is not { } info)
        {
            return;
        }

        for (var earlier = 0; earlier < index; earlier++)
        {
            var other = bindings[earlier].Config;
            if (!group.Contains(earlier) || PartCatalog.Find(other.Part.Part) is not { } otherInfo || SharedClockPin(current.Config, other) is not { } wire)
            {
                continue;
            }

            var difference = FirstDifference(current.Config, other);
            if (difference is null)
            {
                continue;
            }

            var (argument, mine, theirs) = difference.Value;
            var fix = argument == BindingArgument.SampleRate || Accepts(info, current.Config.Part, argument, other.Get(argument)) ? theirs : null;
            found.Add(new(index, new RuleViolation(RuleCatalog.PartsShareClockFormat.Id, argument,
                $"{current.Name} ({info.DisplayName}) and {bindings[earlier].Name} ({otherInfo.DisplayName}) share {wire}, so both parts see one frame clock, but {argument} is {mine} here and {theirs} there; one clock cannot serve both: declare the same {argument}{(fix is null ? string.Empty : " (" + theirs + ")")} or give each part its own BCK and WS",
                fix is null ? null : FixText(argument, other.Get(argument)))));
            return;
        }
    }

    private static bool ValuesAreValid(PartConfig part, ImmutableArray<RuleViolation>.Builder found)
    {
        var valid = true;
        if (part.Part != (int)Part.None && PartCatalog.Find(part.Part) is null)
        {
            found.Add(new(RuleCatalog.PartNotValid.Id, BindingArgument.Part,
                $"Part {part.Part.ToString(Inv)} is not a part I2sGen knows: use a member of I2sPart ({string.Join(", ", PartCatalog.All.Select(static p => p.Id.ToString()))})"));
            valid = false;
        }

        foreach (var (argument, value, max, type) in new[]
        {
            (BindingArgument.LrPin, part.LrPin, (int)PinLevel.High, "I2sPinLevel"),
            (BindingArgument.FormatPin, part.FormatPin, (int)PinLevel.High, "I2sPinLevel"),
            (BindingArgument.ChannelSelect, part.ChannelSelect, (int)AmpChannel.Mix, "I2sAmpChannel"),
        })
        {
            if (value < 0 || value > max)
            {
                found.Add(new(RuleCatalog.PartNotValid.Id, argument,
                    $"{argument} {value.ToString(Inv)} is not valid: use a member of {type}"));
                valid = false;
            }
        }

        return valid;
    }

    private static void StrapsWithoutPart(PartConfig part, ImmutableArray<RuleViolation>.Builder found)
    {
        foreach (var argument in StatedStraps(part))
        {
            found.Add(new(RuleCatalog.StrapNotApplicable.Id, argument,
                $"{argument} says how a part's pin is wired, but no Part is named, so it is not checked; name the Part (e.g. Part = I2sPart.Inmp441) or remove {argument}"));
        }
    }

    private static IEnumerable<BindingArgument> StatedStraps(PartConfig part)
    {
        if (part.LrPin != 0)
        {
            yield return BindingArgument.LrPin;
        }

        if (part.ChannelSelect != 0)
        {
            yield return BindingArgument.ChannelSelect;
        }

        if (part.FormatPin != 0)
        {
            yield return BindingArgument.FormatPin;
        }
    }

    private static void CheckStraps(PartConfig part, PartInfo info, ImmutableArray<RuleViolation>.Builder found)
    {
        var own = StrapArgument(info.Strap);
        foreach (var argument in StatedStraps(part))
        {
            if (argument != own)
            {
                found.Add(new(RuleCatalog.StrapNotApplicable.Id, argument,
                    $"The {info.DisplayName} has no {StrapName(argument)}, so {argument} has no meaning for it; {(own is null ? "remove " + argument : "remove it (the part's strap is " + own + ")")}"));
            }
        }

        if (info.Id == Part.Ns4168 && part.ChannelSelect == (int)AmpChannel.Mix)
        {
            found.Add(new(RuleCatalog.StrapNotApplicable.Id, BindingArgument.ChannelSelect,
                "The NS4168's CTRL pin selects the left or the right slot; it has no (L+R)/2 setting: state Left or Right as CTRL is wired"));
        }

        if (own is { } strap && part.Get(strap) == 0)
        {
            found.Add(new(RuleCatalog.StrapNotStated.Id, BindingArgument.Part,
                $"The {info.DisplayName}'s {StrapName(strap)} decides {StrapDecides(strap)}, but {strap} is not stated, so the wiring cannot be checked; add {strap} = {StrapExample(strap)} as it is wired"));
        }
    }

    private static void CheckChannels(BindingConfig config, PartInfo info, ImmutableArray<RuleViolation>.Builder found)
    {
        var format = config.ChannelFormat;
        if (format is < 0 or > (int)ChannelFormat.OnlyLeft)
        {
            return;
        }

        // The slot the strap puts the part on: Left, Right, or null (not stated, or the MAX98357A's mix).
        var side = StrappedSide(config.Part, info);
        var name = ((ChannelFormat)format).ToString();
        if (side is { } slot)
        {
            var only = "Only" + slot;
            var reads = SlotsOf(format);
            var silent = info.Role == PartRole.Microphone
                ? !reads.Contains(slot)
                : format is (int)ChannelFormat.OnlyLeft or (int)ChannelFormat.OnlyRight && !reads.Contains(slot);
            if (silent)
            {
                found.Add(new(RuleCatalog.ChannelFormatVsStrap.Id, BindingArgument.ChannelFormat, info.Role == PartRole.Microphone
                    ? $"The {info.DisplayName} is strapped to the {slot.ToLowerInvariant()} slot ({StrapWiring(config.Part, info)}), but ChannelFormat {name} reads only the {Other(slot).ToLowerInvariant()} slot: the recording is silent (the other slot's data line is not driven); use I2sChannelFormat.{only}"
                    : $"The {info.DisplayName} plays the {slot.ToLowerInvariant()} slot ({StrapWiring(config.Part, info)}), but ChannelFormat {name} puts the samples in the {Other(slot).ToLowerInvariant()} slot: the speaker stays silent; use I2sChannelFormat.{only}",
                    only));
                return;
            }

            if (info.Role == PartRole.Microphone && SlotLayout.IsStereo(format))
            {
                found.Add(new(RuleCatalog.MonoStereoMismatch.Id, BindingArgument.ChannelFormat,
                    $"The {info.DisplayName} is one microphone on the {slot.ToLowerInvariant()} slot, but ChannelFormat {name} is a stereo frame: half of every buffer is {(format == (int)ChannelFormat.RightLeft ? "the undriven other slot (noise or zeros)" : "a copy")} and the DMA memory doubles; use I2sChannelFormat.{only}",
                    only));
            }

            return;
        }

        if (info.Role == PartRole.Microphone && SlotLayout.IsStereo(format))
        {
            found.Add(new(RuleCatalog.MonoStereoMismatch.Id, BindingArgument.ChannelFormat,
                $"The {info.DisplayName} is one microphone on one slot, but ChannelFormat {name} is a stereo frame: half of every buffer is the other, undriven slot; use OnlyLeft (L/R tied low) or OnlyRight (tied high)"));
        }
        else if (info.IsStereo && !SlotLayout.IsStereo(format))
        {
            found.Add(new(RuleCatalog.MonoStereoMismatch.Id, BindingArgument.ChannelFormat,
                $"The {info.DisplayName} is stereo, but ChannelFormat {name} carries one slot: {(config.IsReceive ? "one input is never read" : "one output stays silent")}; use I2sChannelFormat.RightLeft (or AllLeft/AllRight to play one channel on both outputs)",
                "RightLeft"));
        }
    }

    private static void CheckDataFormat(BindingConfig config, PartInfo info, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.DataFormat is not ((int)DataFormat.B16 or (int)DataFormat.B24 or (int)DataFormat.B32) || info.DataFormats.Contains(config.DataFormat))
        {
            return;
        }

        var preferred = "B" + info.PreferredDataFormat.ToString(Inv);
        var why = info.DataFormats.Count == 1 && info.DataFormats[0] == (int)DataFormat.B32
            ? $"it sends {info.DataBits.ToString(Inv)}-bit samples MSB first in 32-bit slots and needs 64 BCK per frame; with B{config.DataFormat.ToString(Inv)} the slots are {config.DataFormat.ToString(Inv)} BCK long, so {(config.DataFormat < info.DataBits ? "the low bits are cut off and the frame is too short for the part" : "the frame is too short for the part")}"
            : $"it accepts {string.Join(", ", info.DataFormats.Select(static f => "B" + f.ToString(Inv)))}";
        found.Add(new(RuleCatalog.SlotWidthVsPart.Id, BindingArgument.DataFormat,
            $"DataFormat B{config.DataFormat.ToString(Inv)} does not fit the {info.DisplayName}: {why}; use I2sDataFormat.{preferred}",
            preferred));
    }

    private static void CheckStandard(BindingConfig config, PartInfo info, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Standard is not ((int)Standard.Philips or (int)Standard.Msb or (int)Standard.PcmShort or (int)Standard.Lsb))
        {
            return;
        }

        var allowed = info.StandardsFor(config.Part).Select(Effective).Distinct().ToList();
        if (allowed.Contains(Effective(config.Standard)))
        {
            return;
        }

        var fix = ((Standard)allowed[0]).ToString();
        var strap = info.Strap == PartStrap.FormatPin && config.Part.FormatPin != 0
            ? $" with FMT tied {(config.Part.FormatPin == (int)PinLevel.High ? "high" : "low")}"
            : string.Empty;
        found.Add(new(RuleCatalog.StandardVsPart.Id, BindingArgument.Standard,
            $"The {info.DisplayName}{strap} speaks {string.Join(" or ", allowed.Select(StandardName))}, but Standard is {((Standard)config.Standard)}: {(Effective(config.Standard) == (int)Standard.Msb ? "MSB-justified data starts one BCK early, so every sample is read doubled and clips" : "the frame alignment differs, so every sample is shifted")}; use I2sStandard.{fix}",
            fix));
    }

    private static void CheckClocks(BindingConfig config, PartInfo info, ImmutableArray<RuleViolation>.Builder found)
    {
        var rate = config.SampleRate;
        if (rate <= 0)
        {
            return;
        }

        if ((info.MinSampleRate is { } min && rate < min) || (info.MaxSampleRate is { } max && rate > max))
        {
            found.Add(new(RuleCatalog.SampleRateVsPart.Id, BindingArgument.SampleRate,
                $"Sample rate {rate.ToString(Inv)} Hz is outside the {info.DisplayName}'s {Range(info.MinSampleRate, info.MaxSampleRate, "Hz")}: {(info.Role == PartRole.Microphone ? "the microphone sleeps or stops" : "the part does not lock")}; choose a rate in that range"));
            return;
        }

        if (config.DataFormat is not ((int)DataFormat.B16 or (int)DataFormat.B24 or (int)DataFormat.B32))
        {
            return;
        }

        // ESP-IDF's frame is always two slots of the data width (ClockResult: fs = BCLK / (2 x slot bits)).
        var bclk = (long)rate * 2 * config.DataFormat;
        if ((info.MinBclkHz is { } low && bclk < low) || (info.MaxBclkHz is { } high && bclk > high))
        {
            found.Add(new(RuleCatalog.BclkVsPart.Id, BindingArgument.SampleRate,
                $"The bit clock is {bclk.ToString(Inv)} Hz ({rate.ToString(Inv)} Hz x 2 slots x {config.DataFormat.ToString(Inv)} bits), outside the {info.DisplayName}'s {Range(info.MinBclkHz, info.MaxBclkHz, "Hz")}; change SampleRate so the bit clock is in range"));
        }
    }

    private static void CheckMclk(BindingConfig config, PartInfo info, ImmutableArray<RuleViolation>.Builder found)
    {
        if (info.Mclk == MclkNeed.Required && config.Mclk == BindingConfig.NotConnected)
        {
            found.Add(new(RuleCatalog.MclkRequired.Id, BindingArgument.Part,
                $"The {info.DisplayName} derives its internal clock from MCLK, but Mclk is not connected: it stays silent; wire its MCLK pin to a GPIO and set Mclk"));
        }
        else if (info.Mclk == MclkNeed.NoInput && config.Mclk != BindingConfig.NotConnected)
        {
            found.Add(new(RuleCatalog.MclkUnused.Id, BindingArgument.Mclk,
                $"The {info.DisplayName} has no MCLK input, so MCLK on GPIO{config.Mclk.ToString(Inv)} only spends a pin and radiates a {(info.Role == PartRole.Microphone ? "clock" : "clock near the audio path")}; set Mclk = -1",
                "-1"));
        }
    }

    private static BindingArgument? StrapArgument(PartStrap strap) => strap switch
    {
        PartStrap.LrPin => BindingArgument.LrPin,
        PartStrap.ChannelSelect => BindingArgument.ChannelSelect,
        PartStrap.FormatPin => BindingArgument.FormatPin,
        _ => null,
    };

    private static string StrapName(BindingArgument argument) => argument switch
    {
        BindingArgument.LrPin => "L/R (SELECT) pin",
        BindingArgument.ChannelSelect => "channel-select pin (SD_MODE/CTRL)",
        _ => "format pin (FMT)",
    };

    private static string StrapDecides(BindingArgument argument) => argument switch
    {
        BindingArgument.LrPin => "which slot it drives",
        BindingArgument.ChannelSelect => "which slot it plays",
        _ => "whether it expects I2S or left-justified data",
    };

    private static string StrapExample(BindingArgument argument) => argument switch
    {
        BindingArgument.ChannelSelect => "I2sAmpChannel.Left, Right or Mix",
        _ => "I2sPinLevel.Low or High",
    };

    private static string? StrappedSide(PartConfig part, PartInfo info) => info.Strap switch
    {
        PartStrap.LrPin when part.LrPin == (int)PinLevel.Low => "Left",
        PartStrap.LrPin when part.LrPin == (int)PinLevel.High => "Right",
        PartStrap.ChannelSelect when part.ChannelSelect == (int)AmpChannel.Left => "Left",
        PartStrap.ChannelSelect when part.ChannelSelect == (int)AmpChannel.Right => "Right",
        _ => null,
    };

    private static string StrapWiring(PartConfig part, PartInfo info) => info.Strap == PartStrap.LrPin
        ? "L/R tied " + (part.LrPin == (int)PinLevel.High ? "high" : "low")
        : "ChannelSelect " + ((AmpChannel)part.ChannelSelect).ToString();

    /// <summary>The slots a channel format carries samples in (ESP-IDF's slot mask, <see cref="SlotLayout.StdSlotMask"/>).</summary>
    private static string[] SlotsOf(int format) => format switch
    {
        (int)ChannelFormat.RightLeft => new[] { "Left", "Right" },
        (int)ChannelFormat.AllLeft or (int)ChannelFormat.OnlyLeft => new[] { "Left" },
        _ => new[] { "Right" },
    };

    private static string Other(string slot) => slot == "Left" ? "Right" : "Left";

    private static int Effective(int standard) => standard == (int)Standard.Lsb ? (int)Standard.Msb : standard;

    private static string StandardName(int standard) => standard switch
    {
        (int)Standard.Philips => "Philips I2S",
        (int)Standard.Msb => "MSB (left) justified",
        _ => "PCM short frame",
    };

    private static string RoleName(PartRole role) => role switch
    {
        PartRole.Microphone => "microphone",
        PartRole.Amplifier => "amplifier",
        PartRole.Dac => "DAC",
        _ => "codec",
    };

    private static string Article(PartRole role) => role == PartRole.Amplifier ? "an" : "a";

    private static string Range(long? min, long? max, string unit) => (min, max) switch
    {
        ({ } low, { } high) => $"range of {low.ToString(Inv)}-{high.ToString(Inv)} {unit}",
        ({ } low, null) => $"minimum of {low.ToString(Inv)} {unit}",
        (null, { } high) => $"maximum of {high.ToString(Inv)} {unit}",
        _ => "range",
    };

    private static string? SharedClockPin(BindingConfig a, BindingConfig b)
    {
        if (a.Bck != BindingConfig.NotConnected && (a.Bck == b.Bck || a.Bck == b.Ws))
        {
            return "GPIO" + a.Bck.ToString(Inv);
        }

        return a.Ws != BindingConfig.NotConnected && (a.Ws == b.Ws || a.Ws == b.Bck) ? "GPIO" + a.Ws.ToString(Inv) : null;
    }

    private static (BindingArgument Argument, string Mine, string Theirs)? FirstDifference(BindingConfig mine, BindingConfig theirs)
    {
        if (mine.SampleRate != theirs.SampleRate)
        {
            return (BindingArgument.SampleRate, mine.SampleRate.ToString(Inv) + " Hz", theirs.SampleRate.ToString(Inv) + " Hz");
        }

        if (mine.DataFormat != theirs.DataFormat)
        {
            return (BindingArgument.DataFormat, "B" + mine.DataFormat.ToString(Inv), "B" + theirs.DataFormat.ToString(Inv));
        }

        return Effective(mine.Standard) != Effective(theirs.Standard)
            ? (BindingArgument.Standard, ((Standard)mine.Standard).ToString(), ((Standard)theirs.Standard).ToString())
            : null;
    }

    private static bool Accepts(PartInfo info, PartConfig part, BindingArgument argument, int value) => argument switch
    {
        BindingArgument.DataFormat => info.DataFormats.Contains(value),
        BindingArgument.Standard => info.StandardsFor(part).Select(Effective).Contains(Effective(value)),
        _ => false,
    };

    private static string FixText(BindingArgument argument, int value) => argument switch
    {
        BindingArgument.DataFormat => "B" + value.ToString(Inv),
        BindingArgument.Standard => ((Standard)value).ToString(),
        _ => value.ToString(Inv),
    };
}
