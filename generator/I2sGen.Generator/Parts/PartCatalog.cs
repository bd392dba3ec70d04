using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parts;

/// <summary>
/// The ONE table of part facts (I2S side only). Every fact names its source: a datasheet section or table, or a vendor
/// driver line. Where no source we could read states a range, the entry says null and the rules skip that check;
/// docs/parts.md lists the same table for users and marks the facts that are less certain.
/// </summary>
internal static class PartCatalog
{
    private static readonly int[] Slot32 = { (int)DataFormat.B32 };
    private static readonly int[] AnySlot = { (int)DataFormat.B16, (int)DataFormat.B24, (int)DataFormat.B32 };
    private static readonly int[] Philips = { (int)Standard.Philips };
    private static readonly int[] PhilipsOrMsb = { (int)Standard.Philips, (int)Standard.Msb, (int)Standard.Lsb };
    private static readonly int[] CodecStandards = { (int)Standard.Philips, (int)Standard.Msb, (int)Standard.Lsb, (int)Standard.PcmShort };

    public static IReadOnlyList<PartInfo> All { get; } = new[]
    {
        // INMP441, InvenSense DS-INMP441-00 rev 1.1. "I2S Data Interface": "I²S, 24-bit, twos complement. There must be
        // 64 SCK cycles in each WS stereo frame" (so 32-bit slots, Philips). Table 3: fSCK 0.5-3.2 MHz, fWS 7.8-50 kHz.
        // Table 6 (pin functions): L/R low = left channel, high = right; no MCLK pin (VDD, GND, L/R, WS, SCK, SD, CHIPEN).
        new PartInfo(Part.Inmp441, "INMP441", PartRole.Microphone, IsStereo: false, DataBits: 24, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 7_800, 50_000, 500_000, 3_200_000, MclkNeed.NoInput, PartStrap.LrPin, null),

        // ICS-43434, TDK DS-000069: I2S, 24-bit twos complement, 64 BCLK per WS frame (also stated by TDK support on
        // e2e.ti.com thread 1209273: "The BCLK must be 64x the WCLK"); LR low = left, high = right. Timing table:
        // BCLK 0.46-3.379 MHz, WS 7.19-52.8 kHz (from the datasheet's timing specifications; not re-read here).
        new PartInfo(Part.Ics43434, "ICS-43434", PartRole.Microphone, IsStereo: false, DataBits: 24, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 7_190, 52_800, 460_000, 3_379_000, MclkNeed.NoInput, PartStrap.LrPin, null),

        // SPH0645LM4H-B, Knowles datasheet rev C: "industry standard 24-bit I2S format", data precision 18 bits (the rest of
        // the 24-bit word is zero; the ESPHome bits_shift advice in stas-sl/esphome-sound-level-meter#3 quotes the
        // table), 64 BCLK per frame. Modes: standard > 1 MHz, sleep < 1 kHz (product features); Table 2 clock range
        // 1.024-4.096 MHz, so 16-64 kHz at 64 x fs. SELECT low = left, high = right. ESP32 quirk: it samples the SPH0645
        // one BCK late unless I2S_RX_MSB_SHIFT/timing bits are changed (atomic14/esp32-i2s-mic-test); I2sGen does not
        // touch those registers, docs/parts.md says so.
        new PartInfo(Part.Sph0645lm4h, "SPH0645LM4H", PartRole.Microphone, IsStereo: false, DataBits: 18, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 16_000, 64_000, 1_024_000, 4_096_000, MclkNeed.NoInput, PartStrap.LrPin, null),

        // MSM261S4030H0, MEMSensing datasheet: I2S, 24-bit, 64 SCK per frame, L/R low = left, high = right, no MCLK pin.
        // We found no readable source for its clock range, so it is not checked (null).
        new PartInfo(Part.Msm261s4030h0, "MSM261S4030H0", PartRole.Microphone, IsStereo: false, DataBits: 24, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), null, null, null, null, MclkNeed.NoInput, PartStrap.LrPin, null),

        // MAX98357A, Maxim 19-7267 "General Description": "MAX98357A supporting I2S data" (the B variant is
        // left-justified), "sample rates between 8kHz and 96kHz", "16/24/32-bit data for I2S", "eliminate the need for the
        // external MCLK". SD_MODE (Table "SD_MODE control"): > 1.4 V left, 0.77-1.4 V right, 0.16-0.77 V (L+R)/2,
        // < 0.16 V shutdown (the Adafruit breakout's 1 MOhm pull-up gives (L+R)/2). BCLK 32/48/64 x fs, so <= 6.144 MHz.
        new PartInfo(Part.Max98357a, "MAX98357A", PartRole.Amplifier, IsStereo: false, DataBits: 32, AnySlot.ToEquatableArray(), (int)DataFormat.B16,
            Philips.ToEquatableArray(), 8_000, 96_000, null, null, MclkNeed.NoInput, PartStrap.ChannelSelect, null),

        // NS4168, Nsiway datasheet (SOP-8: BCLK, LRCLK, SDATA, CTRL, VDD, GND, VO+, VO-; no MCLK pin): I2S input, CTRL
        // voltage selects left, right or shutdown (no mix), 8-96 kHz. The CTRL thresholds and the rate range come from the
        // Chinese datasheet, which we could not re-read here; the esp_ns4168 component (junhui93) drives CTRL high for
        // playback. Word lengths 16-32 bit are accepted (I2S slave, MSB first).
        new PartInfo(Part.Ns4168, "NS4168", PartRole.Amplifier, IsStereo: false, DataBits: 32, AnySlot.ToEquatableArray(), (int)DataFormat.B16,
            Philips.ToEquatableArray(), 8_000, 96_000, null, null, MclkNeed.NoInput, PartStrap.ChannelSelect, null),

        // PCM5102A, TI SLAS859C §9.3.2.2: "FMT (pin 16), Low for I2S, and High for Left-justified", "up to 32-bit audio
        // data"; Table 2: BCK 32, 48, 64 x fs, fs up to 384 kHz; features: 8-384 kHz. §9.3.1 / description: the internal
        // PLL generates the system clock from BCK when SCK is tied low ("3-wire I2S"), so MCLK is optional.
        new PartInfo(Part.Pcm5102a, "PCM5102A", PartRole.Dac, IsStereo: true, DataBits: 32, AnySlot.ToEquatableArray(), (int)DataFormat.B32,
            PhilipsOrMsb.ToEquatableArray(), 8_000, 384_000, null, null, MclkNeed.Optional, PartStrap.FormatPin, null),

        // UDA1334ATS, NXP datasheet: format pins SFOR0/SFOR1 both low = I2S (the Adafruit breakout's default; the other
        // settings are LSB-/MSB-justified and are not modelled: this entry assumes both low). In audio mode (PLL0/PLL1)
        // the system clock is recovered from WS, so no MCLK is needed; BCK <= 64 x fs (UDA1334BT §8.1 states the same
        // for the family). Up to 24-bit data; 16-100 kHz in audio mode.
        new PartInfo(Part.Uda1334a, "UDA1334A", PartRole.Dac, IsStereo: true, DataBits: 24, AnySlot.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 16_000, 100_000, null, null, MclkNeed.NoInput, PartStrap.None, null),

        // ES8311, Everest product brief and espressif/esp-bsp components/es8311/README.md: mono codec, 24-bit ADC/DAC,
        // 8-96 kHz, "I2S/PCM master or slave serial data port"; the serial format and word length are registers 0x09/0x0A
        // (I2S, 24-bit after reset). Register 0x01 bit 7 selects MCLK from the MCLK pin or from BCLK (esp-adf es8311.c
        // FROM_MCLK_PIN / FROM_SCLK_PIN), so MCLK is optional once configured. I2C address 0x18 (CE low) or 0x19 (CE high).
        new PartInfo(Part.Es8311, "ES8311", PartRole.Codec, IsStereo: false, DataBits: 24, AnySlot.ToEquatableArray(), (int)DataFormat.B32,
            CodecStandards.ToEquatableArray(), 8_000, 96_000, null, null, MclkNeed.Optional, PartStrap.None,
            "I2C at 0x18 (CE low) or 0x19 (CE high): registers 0x01 (MCLK source), 0x09/0x0A (format, word length) must be set by your code; I2sGen does not configure it"),

        // WM8960, Cirrus/Wolfson WM8960 rev 4.2: stereo codec; R7 "Audio Interface" selects I2S, left/right-justified or
        // DSP mode and 16/20/24/32-bit words (I2S, 24-bit after reset); SYSCLK is derived from MCLK, directly or through its
        // PLL ("Clocking and sample rates"), so MCLK is required; 8-48 kHz. Control interface: I2C device address
        // 0011010 (0x1A) (the Waveshare WM8960 board manual, p. 4, points at the datasheet's pages 15 and 63).
        new PartInfo(Part.Wm8960, "WM8960", PartRole.Codec, IsStereo: true, DataBits: 24, AnySlot.ToEquatableArray(), (int)DataFormat.B32,
            CodecStandards.ToEquatableArray(), 8_000, 48_000, null, null, MclkNeed.Required, PartStrap.None,
            "I2C at 0x1A: the clocking (R4), audio interface (R7) and power registers must be set by your code; I2sGen does not configure it"),
    };

    private static readonly Dictionary<int, PartInfo> ById = All.ToDictionary(static part => (int)part.Id);

    /// <summary>The part with the declared value, or null for <see cref="Part.None"/> and unknown values.</summary>
    public static PartInfo? Find(int part) => ById.TryGetValue(part, out var info) ? info : null;
}
