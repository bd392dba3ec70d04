using System;
using System.Collections.Generic;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The figures of one binding as the "label: text" rows at the top of the generated .h and .c. These comments are
/// what firmware people read first, so they state every number the hardware will really use, including the real
/// sample rate and the divider chain behind it.
/// </summary>
internal static class BindingDescription
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<KeyValuePair<string, string>> Rows(BindingSpec spec)
    {
        var figures = spec.Figures;
        var config = spec.Config;
        var chip = ChipTable.Get(spec.Target.Chip);
        var clock = figures.Clock;
        return new[]
        {
            Row("Chip", chip.DisplayName + " (IDF target " + chip.IdfTarget + ")"),
            Row("Driver", DriverText(spec.Target.Driver)),
            Row("ESP-IDF", IdfText(spec.Target)),
            Row("Bus", "I2S_NUM_" + Int(config.Bus) + ", master, " + (config.IsReceive ? "receive (RX)" : "transmit (TX)") + SharedText(spec)),
            Row("Pins", PinsText(config)),
            Row("Standard", StandardText(config.Standard)),
            Row("Data format", Int(figures.BitsPerSample) + "-bit samples in " + Int(figures.BitsPerSample) + "-bit slots, "
                + Int(figures.BytesPerSample) + " bytes per sample in memory"),
            Row("Channel format", ChannelText(config.ChannelFormat, spec.Target.Driver)),
            Row("Sample rate", Int(config.SampleRate) + " Hz requested, " + Hz(clock.RealSampleRate) + " real (" + PpmText(clock, config.SampleRate) + ")"),
            Row("Clock", ClockText(spec.Target, figures)),
            Row("Frame", Int(figures.BytesPerFrame) + " bytes = " + Int(figures.ActiveSlots) + (figures.ActiveSlots == 1 ? " slot" : " slots")
                + " x " + Int(figures.BytesPerSample) + " bytes; buffer lengths must be a multiple"),
            Row("DMA buffer", Int(figures.DmaFrames) + " frames x " + Int(figures.BytesPerFrame) + " bytes = " + Long(figures.DmaBufferBytes)
                + " bytes (driver limit " + Int(figures.DmaBufferLimit) + ")"),
            Row("DMA total", Int(config.DmaCount) + " buffers x " + Long(figures.DmaBufferBytes) + " bytes = " + Long(figures.TotalDmaBytes) + " bytes of internal RAM"),
            Row("Latency", Long(figures.BufferedLatencyMicroseconds) + " us of audio held by the DMA buffers ("
                + Int(config.DmaCount) + " x " + Int(figures.DmaFrames) + " frames at " + Int(config.SampleRate) + " Hz)"),
        };
    }

    private static KeyValuePair<string, string> Row(string label, string text) => new(label, text);

    /// <summary>How the binding shares its bus, if it does: the partner in full duplex, the others when taking turns.</summary>
    private static string SharedText(BindingSpec spec)
    {
        if (spec.SharedBus is not { } bus)
        {
            return string.Empty;
        }

        if (bus.Partner(spec.CName) is { } partner)
        {
            return ", full duplex with " + partner.FullName + " (" + bus.CName + ".c)";
        }

        var others = new List<string>();
        foreach (var member in bus.Members)
        {
            if (member.CName != spec.CName)
            {
                others.Add(member.FullName);
            }
        }

        return ", taking turns with " + string.Join(", ", others) + " (" + bus.CName + ".c)";
    }

    private static string DriverText(Driver driver) => driver == Driver.Legacy
        ? "legacy driver/i2s.h (ESP-IDF 4.4; deprecated in 5.x, removed in 6.0)"
        : "i2s_std, driver/i2s_std.h (ESP-IDF >= 5.0)";

    /// <summary>The release the figures were computed for, and the minimum chip revision where it matters.</summary>
    private static string IdfText(TargetConfig target)
    {
        var text = "v" + target.IdfVersion + " (clock arithmetic, DMA limit and component of this release)";
        return IdfSupport.RevisionMatters(target.Chip, target.IdfVersion)
            ? text + ", minimum chip revision " + IdfSupport.RevisionText(target.MinimumChipRevision)
            : text;
    }

    private static string PinsText(BindingConfig config)
    {
        var data = config.IsReceive ? "DIN " + Gpio(config.Sdin) : "DOUT " + Gpio(config.Sdout);
        return "BCK " + Gpio(config.Bck) + ", WS " + Gpio(config.Ws) + ", " + data + ", MCLK " + Gpio(config.Mclk);
    }

    private static string Gpio(int pin) => pin == BindingConfig.NotConnected ? "not used" : "GPIO" + Int(pin);

    private static string StandardText(int standard) => standard switch
    {
        (int)Standard.Msb => "MSB-justified (data starts on the WS edge)",
        (int)Standard.PcmShort => "PCM short frame (one-BCLK WS pulse, data one BCLK later)",
        (int)Standard.Lsb => "the seed's LSB, generated as MSB-justified (ESP-IDF implements it that way)",
        _ => "Philips I2S (data starts one BCLK after the WS edge)",
    };

    private static string ChannelText(int channelFormat, Driver driver)
    {
        var meaning = channelFormat switch
        {
            (int)ChannelFormat.AllRight => "AllRight: stereo frames, right slot",
            (int)ChannelFormat.AllLeft => "AllLeft: stereo frames, left slot",
            (int)ChannelFormat.OnlyRight => "OnlyRight: mono, right slot",
            (int)ChannelFormat.OnlyLeft => "OnlyLeft: mono, left slot",
            _ => "RightLeft: stereo, both slots",
        };
        var constants = driver == Driver.Legacy
            ? SlotLayout.LegacyChannelFormat(channelFormat)
            : SlotLayout.StdSlotMode(channelFormat) + ", " + SlotLayout.StdSlotMask(channelFormat);
        return meaning + " (" + constants + ")";
    }

    private static string PpmText(ClockResult clock, int requested)
    {
        var ppm = clock.ErrorPpm(requested);
        return Math.Abs(ppm) < 0.05 ? "exact" : ppm.ToString("+0.0;-0.0", Inv) + " ppm";
    }

    internal static string ClockText(TargetConfig target, BindingFigures figures)
    {
        var clock = figures.Clock;
        var source = figures.UsesApll ? "APLL " + Mhz(clock.SourceClockHz) : IdfSupport.SourceClockName(target) + " " + Mhz(clock.SourceClockHz);
        var divider = clock.FractionNumerator == 0
            ? Int(clock.IntegerDivider)
            : "(" + Int(clock.IntegerDivider) + " + " + Int(clock.FractionNumerator) + "/" + Int(clock.FractionDenominator) + ")";
        var realMclk = clock.RealSampleRate * clock.BclkDivider * 2 * figures.BitsPerSample;
        var realBclk = clock.BclkDivider == 0 ? 0 : realMclk / clock.BclkDivider;
        return source + " / " + divider + " = MCLK " + Hz(realMclk) + " (" + Int(figures.MclkMultiple) + " x fs); BCLK = MCLK / "
            + Int(clock.BclkDivider) + " = " + Hz(realBclk);
    }

    private static string Mhz(double hz) => (hz / 1e6).ToString("0.######", Inv) + " MHz";

    private static string Hz(double hz) => hz.ToString("0.000", Inv) + " Hz";

    private static string Int(int value) => value.ToString(Inv);

    private static string Long(long value) => value.ToString(Inv);
}
