using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parts;

/// <summary>
/// The ONE table of part facts (I2S side only). Every fact names its source: a datasheet section or table, or a vendor
/// driver line. Where no source we could read states a range, the entry says null and the rules skip that check;
/// docs/parts.md lists the same table for users and says which values no source states (and why they are not checked).
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

        // ICS-43434, TDK/InvenSense DS-000069 rev 1.2, "Features" table: sample rate 23-51.6 kHz in high-performance mode,
        // 6.25-18.75 kHz in low-power mode (the text as reproduced by pdfslide.net "DS-000069 ICS-43434 v1", and the
        // TDK forum thread preprod-admin.invensense.com/comment/13211, whose user quotes 23-51.6 kHz and 64 x fs and whose
        // TDK reply confirms fs = BCLK / 64). "I2S, 24-bit, twos complement", 64 BCLK per WS frame (TDK support on
        // e2e.ti.com thread 1209273: "The BCLK must be 64x the WCLK"; the datasheet's "There must be 64 SCK cycles in
        // each WS stereo frame" is quoted on devzone.nordicsemi.com question 164795); LR low = left, high = right. We
        // check the outer bounds 6.25-51.6 kHz; the datasheet gives no mode for 18.75-23 kHz and that gap is not checked
        // (docs/parts.md says so). The earlier BCLK 0.46-3.379 MHz was the ICS-43432's fSCK (issue #4 of
        // gregtomasch/nRF52_24-bit-_I2S_Microphone_Audio_Recording_Utility quotes it from the 43432 datasheet; the Linux
        // binding Documentation/devicetree/bindings/sound/invensense,ics43432.yaml states the same range), so it is
        // gone: the ICS-43434 text we read states no separate BCLK range, and with the required 32-bit slots the bit clock
        // is 64 x fs, which the rate check covers.
        new PartInfo(Part.Ics43434, "ICS-43434", PartRole.Microphone, IsStereo: false, DataBits: 24, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 6_250, 51_600, null, null, MclkNeed.NoInput, PartStrap.LrPin, null),

        // SPH0645LM4H-B, Knowles datasheet rev C: "industry standard 24-bit I2S format", data precision 18 bits (the rest of
        // the 24-bit word is zero; the ESPHome bits_shift advice in stas-sl/esphome-sound-level-meter#3 quotes the
        // table), 64 BCLK per frame ("The Over Sampling Rate is fixed at 64"). Product features (rev C, as reproduced by
        // xonelec.com/mpn/knowles/sph0645lm4hb): "Multi modes: standard >1MHz ... / sleep <1kHz". Table 2 (rev C): clock
        // 1.024-4.096 MHz, so 16-64 kHz at 64 x fs: quoted by the DigiKey TechForum thread "SPH0645LM4H Sampling rate and
        // clock frequency" (forum.digikey.com/t/33262: "the minimum clock frequency specified in Table 2", "clock the
        // device at 1024kHz to achieve the minimum sampling rate of 16kHz") and earlephilhower/arduino-pico#1232 (rev C
        // "needs a minimum clock rate of 1MHz"). Rev B stated 2.048-4.096 MHz (32-64 kHz), as quoted on
        // forums.developer.nvidia.com/t/70679; we follow rev C. SELECT low = left, high = right. ESP32 quirk: it samples
        // the SPH0645 one BCK late unless I2S_RX_MSB_SHIFT/timing bits are changed (atomic14/esp32-i2s-mic-test); I2sGen
        // does not touch those registers, docs/parts.md says so.
        new PartInfo(Part.Sph0645lm4h, "SPH0645LM4H", PartRole.Microphone, IsStereo: false, DataBits: 18, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 16_000, 64_000, 1_024_000, 4_096_000, MclkNeed.NoInput, PartStrap.LrPin, null),

        // MSM261S4030H0, MEMSensing datasheet: I2S, 24-bit, 64 SCK per frame, L/R low = left, high = right, no MCLK pin
        // (also ikostoski/esp32-i2s-slm#1: "24bit data, -26dBFS @ 94dB"). No source we could read states its clock or
        // sample-rate range (searched: the vendor and DFRobot/LilyGO datasheet links, forum threads, driver code), so
        // neither is checked (null) rather than guessed.
        new PartInfo(Part.Msm261s4030h0, "MSM261S4030H0", PartRole.Microphone, IsStereo: false, DataBits: 24, Slot32.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), null, null, null, null, MclkNeed.NoInput, PartStrap.LrPin, null),

        // MAX98357A, Maxim 19-7267 "General Description": "MAX98357A supporting I2S data" (the B variant is
        // left-justified), "sample rates between 8kHz and 96kHz", "16/24/32-bit data for I2S", "eliminate the need for the
        // external MCLK". SD_MODE (Table "SD_MODE control"): > 1.4 V left, 0.77-1.4 V right, 0.16-0.77 V (L+R)/2,
        // < 0.16 V shutdown (the Adafruit breakout's 1 MOhm pull-up gives (L+R)/2). BCLK 32/48/64 x fs, so <= 6.144 MHz.
        new PartInfo(Part.Max98357a, "MAX98357A", PartRole.Amplifier, IsStereo: false, DataBits: 32, AnySlot.ToEquatableArray(), (int)DataFormat.B16,
            Philips.ToEquatableArray(), 8_000, 96_000, null, null, MclkNeed.NoInput, PartStrap.ChannelSelect, null),

        // NS4168, Nsiway datasheet (SOP-8: BCLK, LRCLK, SDATA, CTRL, VDD, GND, VO+, VO-; no MCLK pin). Its feature list, as
        // reproduced by emakefun/emakefun-docsify (docs/zh-cn/ph2.0_sensors/smart_module/i2s_audio_amplifier_module/
        // i2s_audio_amplifier_module.md, which links the NS4168 datasheet) and by dtcms.com/a/430620.html: "I2S串行数字音频
        // 输入接口" (I2S input), "支持宽范围采样速率：8kHz~96kHz" (8-96 kHz), "自动采样率检测" (automatic rate detection),
        // "左右声道可选，通过CTRL管脚电平设置" (left or right channel, selected by the CTRL pin level). Only left and right
        // are named, so Mix is reported (I2S0603). The CTRL voltage thresholds are in no source we could read: I2sGen
        // does not state them and does not check them (ChannelSelect only records which slot the wiring selects). The
        // esp_ns4168 component (junhui93, v1.1.0 README) drives CTRL high for playback and holds it low for shutdown
        // (about 1 uA); it states no left/right levels. Word lengths 16-32 bit are accepted.
        new PartInfo(Part.Ns4168, "NS4168", PartRole.Amplifier, IsStereo: false, DataBits: 32, AnySlot.ToEquatableArray(), (int)DataFormat.B16,
            Philips.ToEquatableArray(), 8_000, 96_000, null, null, MclkNeed.NoInput, PartStrap.ChannelSelect, null),

        // PCM5102A, TI SLAS859C §9.3.2.2: "FMT (pin 16), Low for I2S, and High for Left-justified", "up to 32-bit audio
        // data"; Table 2: BCK 32, 48, 64 x fs, fs up to 384 kHz; features: 8-384 kHz. §9.3.1 / description: the internal
        // PLL generates the system clock from BCK when SCK is tied low ("3-wire I2S"), so MCLK is optional.
        new PartInfo(Part.Pcm5102a, "PCM5102A", PartRole.Dac, IsStereo: true, DataBits: 32, AnySlot.ToEquatableArray(), (int)DataFormat.B32,
            PhilipsOrMsb.ToEquatableArray(), 8_000, 384_000, null, null, MclkNeed.Optional, PartStrap.FormatPin, null),

        // UDA1334ATS, NXP datasheet (2000 Jul 31), as read and cited page by page in LCAV/dsp-labs
        // docs/passthrough/audio-io/dac.md: "audio mode" is PLL0 (pin 10) low, the system clock regenerated from WS by
        // the PLL (so no MCLK); SYSCLK/PLL1 (pin 6) low selects fs 16-50 kHz (p. 7); SFOR1 (pin 7) and SFOR0 (pin 11)
        // both low select I2S input (p. 9); "BCK frequency can be at most 64 times the WS frequency" (p. 9); word lengths
        // up to 24 bits. The Adafruit breakout pulls SFOR1, SFOR0, PLL0 and PLL1 low (same page; a user on Adafruit's forum
        // viewtopic.php?t=181452: "low/low == I2S standard", and asks about the LSB-justified 24-bit setting).
        // SFOR0/SFOR1 are not modelled as a strap: two pins give four codes, which FormatPin's one level cannot
        // express, and a two-pin strap would need its own argument, model field and rules. This entry assumes both
        // low, i.e. Philips only. Rate: 16 kHz is the lowest in audio mode; the highest depends on PLL1
        // (50 kHz when low), which is not modelled, and the PLL1-high limit is in no text we read, so the upper bound is
        // not checked (null) rather than guessed; docs/parts.md tells breakout users to stay at or below 50 kHz.
        new PartInfo(Part.Uda1334a, "UDA1334A", PartRole.Dac, IsStereo: true, DataBits: 24, AnySlot.ToEquatableArray(), (int)DataFormat.B32,
            Philips.ToEquatableArray(), 16_000, null, null, null, MclkNeed.NoInput, PartStrap.None, null),

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
