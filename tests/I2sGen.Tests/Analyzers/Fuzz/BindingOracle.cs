using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>What the oracle expects of one binding: the error IDs it must get (none: it is valid and must be emitted), and the IDs only the engine can decide.</summary>
internal sealed record OracleVerdict(IReadOnlyCollection<string> Errors, IReadOnlyCollection<string> EngineDecided, IReadOnlyList<string> Reasons)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// An independent, deliberately plain statement of every per-binding error rule, written from the seed API
/// (shared/reference/seed-api.md: the attribute defaults and enum values) and ESP-IDF (esp-idf.md, section numbers
/// below) with the chip facts of <see cref="ChipFacts"/>, not from the rule engine or its chip table. It decides
/// both ways: the exact set of error IDs a binding must get, and so, when that set is empty, that the binding is
/// valid and must be generated.
/// <para>
/// Engine-only by nature (<see cref="EngineOnly"/>): whether the APLL can produce an MCLK at a feasible divider
/// (I2S0401 with ApllRate set) depends on the APLL coefficient search of <c>rtc_clk_apll_coeff_calc</c> (§6.7),
/// which this oracle does not restate; for those bindings I2S0401 is allowed, never required. The clock without
/// the APLL is decided here, from the std driver's two range checks (§3.7, §6.6) and the v5.5 legacy driver's one.
/// </para>
/// <para>
/// "One problem at a time" preconditions, stated as product rules: the DMA-size and clock checks need the figures'
/// inputs (a valid data format, channel format, sample rate and DMA count/length); the internal-RAM check (I2S0205)
/// is made only for a buffer within the driver's limit (I2S0201); a pin that does not exist gets
/// no further pin checks; an invalid APLL rate suppresses the clock check.
/// </para>
/// </summary>
internal static class BindingOracle
{
    /// <summary>Rules the test leaves to the engine, with the reason; see the class summary.</summary>
    public static readonly IReadOnlyDictionary<string, string> EngineOnly = new Dictionary<string, string>
    {
        ["I2S0401"] = "APLL clock feasibility (bindings with a valid ApllRate, or whose source is left open on a chip with an APLL and no multiple works from the default source): needs the APLL coefficient search",
    };

    // Seed enum values (seed-api.md §3.2, runtime/I2sGen.Runtime): I2sMode.MasterTx = 5, MasterRx = 9; I2sStandard
    // Philips 1, Msb 2, PcmShort 4, Lsb 5; data formats 16/24/32 bits; channel formats RightLeft 0 ... OnlyLeft 4.
    private const int MasterTx = 5;
    private const int MasterRx = 9;
    private const int NotConnected = -1;

    public static OracleVerdict Judge(FuzzBinding binding, ChipFacts chip, Driver driver)
    {
        var errors = new SortedSet<string>(System.StringComparer.Ordinal);
        var engineDecided = new SortedSet<string>(System.StringComparer.Ordinal);
        var reasons = new List<string>();
        void Error(string id, string reason)
        {
            errors.Add(id);
            reasons.Add(id + " " + reason);
        }

        // Declaration: the generator can only extend a partial, non-static class.
        if (binding.Shape == FuzzShape.NotPartial)
        {
            Error("I2S0001", "class not partial");
        }
        else if (binding.Shape == FuzzShape.Static)
        {
            Error("I2S0002", "static class");
        }

        // Mode: [I2sMicrophone] is MasterRx and [I2sSpeaker] MasterTx by construction; [I2s] needs Mode, and only the two master modes are supported.
        var general = binding.Attribute == "I2s";
        var mode = binding.Value("Mode", binding.Attribute switch { "I2sMicrophone" => MasterRx, "I2sSpeaker" => MasterTx, _ => 0 });
        if (general && mode == 0)
        {
            Error("I2S0109", "Mode missing");
        }
        else if (general && mode is not (MasterRx or MasterTx))
        {
            Error("I2S0106", "mode " + mode);
        }

        int bck = binding.Value("Bck", NotConnected), ws = binding.Value("Ws", NotConnected), sdin = binding.Value("Sdin", NotConnected);
        int sdout = binding.Value("Sdout", NotConnected), mclk = binding.Value("Mclk", NotConnected);

        // Data pins: exactly one, the one of the direction.
        if (sdin != NotConnected && sdout != NotConnected)
        {
            Error("I2S0103", "both Sdin and Sdout");
        }
        else if (mode == MasterRx && sdin == NotConnected)
        {
            Error("I2S0101", "receive without Sdin");
        }
        else if (mode == MasterTx && sdout == NotConnected)
        {
            Error("I2S0102", "transmit without Sdout");
        }

        if (bck == NotConnected || ws == NotConnected)
        {
            Error("I2S0109", "clock pin missing");
        }

        // Enumerations (seed values; §2.4 / §3.5 for what the drivers know): Lsb (5) is accepted with an info.
        if (binding.Value("Standard", 1) is not (1 or 2 or 4 or 5))
        {
            Error("I2S0105", "standard " + binding.Value("Standard", 1));
        }

        var bits = binding.Value("DataFormat", 0);
        var channels = binding.Value("ChannelFormat", -1);
        var rate = binding.Value("SampleRate", 0);
        var bitsOk = bits is 16 or 24 or 32;
        var channelsOk = channels is >= 0 and <= 4;
        if (bits == 0)
        {
            Error("I2S0109", "DataFormat missing");
        }
        else if (!bitsOk)
        {
            Error("I2S0107", "data format " + bits);
        }

        if (channels == -1)
        {
            Error("I2S0109", "ChannelFormat missing");
        }
        else if (!channelsOk)
        {
            Error("I2S0108", "channel format " + channels);
        }

        if (rate == 0)
        {
            Error("I2S0109", "SampleRate missing");
        }
        else if (rate < 0)
        {
            Error("I2S0112", "sample rate " + rate);
        }

        // Bus: I2S0..I2S(SOC_I2S_NUM-1) (§2.6 "i2s_num error", §3.7 "invalid I2S port id").
        var bus = binding.Value("Bus", 0);
        if (bus < 0 || bus >= chip.Controllers)
        {
            Error("I2S0104", "bus " + bus);
        }

        // DMA (§2.6 legacy: count in [2, 128], length in [8, 1024]; §3.7 std: count >= 2, no upper bound; a
        // buffer of zero frames holds nothing). Defaults from the attribute: DmaCount 16, DmaLength 64.
        var legacy = driver == Driver.Legacy;
        var count = binding.Value("DmaCount", 16);
        var length = binding.Value("DmaLength", 64);
        var countOk = legacy ? count is >= 2 and <= 128 : count >= 2;
        var lengthOk = legacy ? length is >= 8 and <= 1024 : length >= 1;
        if (!countOk)
        {
            Error("I2S0110", "DMA count " + count);
        }

        if (!lengthOk)
        {
            Error("I2S0111", "DMA length " + length);
        }

        var figuresInputs = bitsOk && channelsOk && rate > 0 && count > 0 && length > 0;
        if (figuresInputs && countOk && lengthOk)
        {
            // §2.6 legacy: ((bits+15)/16)*2 bytes per sample on every chip; §3.7 std: the same on ESP32, (bits+7)/8
            // elsewhere (IDF >= 5.5). Slots: stereo for RightLeft/AllRight/AllLeft, mono for OnlyRight/OnlyLeft (§2.6, §2.7).
            var bytesPerSample = legacy || !chip.StdPacksBytes ? ((bits + 15) / 16) * 2 : (bits + 7) / 8;
            var slots = channels <= 2 ? 2 : 1;
            var bufferBytes = (long)length * bytesPerSample * slots;
            // The legacy driver's I2S_DMA_BUFFER_MAX_SIZE is a fixed 4092 on every chip (i2s_legacy.c@v5.5.1 L93).
            var bufferLimit = legacy ? 4092 : chip.DmaBufferLimit;
            if (bufferBytes > bufferLimit)
            {
                Error("I2S0201", "DMA buffer " + bufferBytes + " > " + bufferLimit + " bytes");
            }
            else if (count * bufferBytes > chip.InternalRamBytes)
            {
                // All buffers come from internal DMA-capable RAM: more than the chip has can never be installed
                // (ESP_ERR_NO_MEM). Judged only for buffers within the limit: a larger one is not what would be allocated.
                Error("I2S0205", count + " DMA buffers x " + bufferBytes + " bytes > " + chip.InternalRamBytes + " bytes of internal RAM");
            }
        }

        CheckPins(chip, new[] { ("Bck", bck, true), ("Ws", ws, true), ("Sdin", sdin, false), ("Sdout", sdout, true), ("Mclk", mclk, true) }, Error);

        // Clock. ESP-IDF 5.5.1's i2s_mclk_multiple_t (hal/i2s_types.h, taken by both drivers): 128, 192, 256, 384, 512,
        // 576, 768, 1024, 1152; with 24-bit data only multiples of 3 (§3.7, §6.5). MclkMultiple 0 (the attribute's
        // default) means "I2sGen chooses"; MaxRateErrorPpm -1 means "the build's budget", else 0-10000.
        var multiples55 = new[] { 128, 192, 256, 384, 512, 576, 768, 1024, 1152 };
        bool Usable(int m) => System.Array.IndexOf(multiples55, m) >= 0 && (bits != 24 || m % 3 == 0);
        var apll = binding.Value("ApllRate", 0);
        var pinnedMultiple = binding.Value("MclkMultiple", 0);
        var clockChecked = figuresInputs;
        var clockArgumentsOk = true;
        if (pinnedMultiple != 0)
        {
            var impliedByApll = apll > 0 && rate > 0 && apll % rate == 0 ? apll / rate : 0;
            if (!Usable(pinnedMultiple))
            {
                Error("I2S0408", "MclkMultiple " + pinnedMultiple + " is not usable");
                clockArgumentsOk = false;
            }
            else if (apll > 0 && impliedByApll != pinnedMultiple)
            {
                Error("I2S0408", "MclkMultiple " + pinnedMultiple + " disagrees with ApllRate " + apll);
                clockArgumentsOk = false;
            }
        }

        var budget = binding.Value("MaxRateErrorPpm", -1);
        if (budget != -1 && budget is < 0 or > 10_000)
        {
            Error("I2S0408", "MaxRateErrorPpm " + budget);
            clockArgumentsOk = false;
        }

        if (!clockArgumentsOk)
        {
            clockChecked = false;
        }
        else if (apll != 0)
        {
            if (!chip.HasApll)
            {
                Error("I2S0403", "APLL on a chip without one");
                clockChecked = false;
            }
            else if (rate > 0)
            {
                // ApllRate is MCLK: SampleRate x an i2s_mclk_multiple_t value, a multiple of 3 for 24-bit; the APLL
                // must reach mclk x max(2, 5303031/mclk + 1) within 5,303,031 Hz - 125 MHz (§6.7).
                var multiple = apll > 0 && apll % rate == 0 ? apll / rate : 0;
                var apllTarget = (long)apll * System.Math.Max(2, (5_303_031L / System.Math.Max(1, apll)) + 1);
                if (System.Array.IndexOf(multiples55, multiple) < 0)
                {
                    Error("I2S0404", "ApllRate " + apll + " is not SampleRate x an MCLK multiple");
                    clockChecked = false;
                }
                else if (bits == 24 && multiple % 3 != 0)
                {
                    Error("I2S0404", "24-bit with MCLK multiple " + multiple);
                    clockChecked = false;
                }
                else if (apllTarget > 125_000_000)
                {
                    Error("I2S0404", "APLL target " + apllTarget + " Hz above 125 MHz");
                    clockChecked = false;
                }
                // A target in 83.3-87.5 MHz is accepted: ESP-IDF's rtc_clk_apll_coeff_calc picks an o_div anyway (the
                // multiplier then runs above its 500 MHz, §6.7), and the golden tables (tools/golden) show the std driver
                // configuring it; I2sGen reports what ESP-IDF does (issue 10).
                else if (clockChecked)
                {
                    engineDecided.Add("I2S0401");
                    clockChecked = false;
                }
            }
            else
            {
                clockChecked = false;
            }
        }

        if (clockChecked)
        {
            // The choice (issue 10 part 3): the rate is infeasible only if no multiple open to the choice works from
            // the default source, and the APLL (when the source is left open on a chip with one) cannot be ruled out
            // here. Open multiples: a written MclkMultiple; else 256 (384 for 24-bit) when an MCLK pin is wired (the
            // device there expects its ratio); else every usable one. From the default source, std (ESP-IDF 5.5.1):
            // "too large" when sclk <= 1.99 x MCLK, "too small" when sclk / MCLK >= 256; the v5.5 legacy driver only
            // checks MCLK <= sclk, and its hal_utils divider search fails (zero dividers) when sclk / MCLK >= 256.
            var open = pinnedMultiple != 0 ? new[] { pinnedMultiple }
                : mclk != NotConnected ? new[] { bits == 24 ? 384 : 256 }
                : multiples55.Where(Usable).ToArray();
            var anyWorks = open.Any(m =>
            {
                var mclkHz = (long)rate * m;
                var tooLarge = legacy ? mclkHz > chip.SourceClockHz : chip.SourceClockHz * 100 <= mclkHz * 199;
                return !tooLarge && chip.SourceClockHz / mclkHz < 256;
            });
            if (!anyWorks)
            {
                if (chip.HasApll && !binding.Has("ApllRate"))
                {
                    engineDecided.Add("I2S0401");
                }
                else
                {
                    Error("I2S0401", rate + " Hz infeasible from " + chip.SourceClockHz + " Hz at x" + string.Join("/", open));
                }
            }
        }

        return new OracleVerdict(errors, engineDecided, reasons);
    }

    /// <summary>
    /// §5.2 valid and output-capable GPIOs (master mode drives BCK, WS, SDOUT and MCLK); §5.3 flash pins; §5.4 MCLK
    /// pins; and a GPIO carries one signal. A pin that does not exist gets no further checks.
    /// </summary>
    private static void CheckPins(ChipFacts chip, (string Name, int Pin, bool Drives)[] pins, System.Action<string, string> error)
    {
        var seen = new HashSet<int>();
        foreach (var (name, pin, drives) in pins)
        {
            if (pin == NotConnected)
            {
                continue;
            }

            if (!chip.Valid.Contains(pin))
            {
                error("I2S0301", name + " GPIO" + pin + " does not exist");
                continue;
            }

            if (!seen.Add(pin))
            {
                error("I2S0307", name + " GPIO" + pin + " used twice");
            }

            if (drives && !chip.Output.Contains(pin))
            {
                error("I2S0302", name + " GPIO" + pin + " is input-only");
            }

            if (name == "Mclk" && chip.MclkPins is not null && !chip.MclkPins.Contains(pin))
            {
                error("I2S0306", "MCLK on GPIO" + pin);
            }

            if (chip.Flash.Contains(pin))
            {
                error("I2S0303", name + " GPIO" + pin + " is a flash pin");
            }
        }
    }
}
