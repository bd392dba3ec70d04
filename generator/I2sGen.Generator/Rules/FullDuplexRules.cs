using System.Collections.Immutable;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// One reason two bindings cannot run in full duplex on one controller: the argument of the later binding, why, and
/// the rule that reports it when the user asked for full duplex (I2S0701 by default).
/// </summary>
internal sealed record DuplexConflict(BindingArgument Argument, string What, string Why, string RuleId = "I2S0701")
{
    /// <summary>What differs and why it must not: "the sample rate differs; in full duplex …".</summary>
    public string Reason => What + "; " + Why;

    /// <summary>Several conflicts in one sentence, each reason said once: "the sample rate differs (…), the data format differs (…): in full duplex …".</summary>
    public static string Join(System.Collections.Generic.IEnumerable<DuplexConflict> conflicts) =>
        string.Join("; ", System.Linq.Enumerable.Select(
            System.Linq.Enumerable.GroupBy(conflicts, static conflict => conflict.Why),
            static group => string.Join(", ", System.Linq.Enumerable.Select(group, static c => c.What)) + ": " + group.Key));
}

/// <summary>
/// What must agree for a receiver and a transmitter to run at the same time on one I2S controller: the one place the
/// planner (<see cref="SharedBusPlanner"/>) and the rules (<see cref="SharedBusRules"/>) ask. Facts, read from
/// espressif/esp-idf at the tags I2sGen models (Chips/IdfSupport):
/// <list type="bullet">
/// <item>Every driver and chip: full duplex shares BCK and WS between TX and RX (<c>i2s_ll_share_bck_ws</c>, the
/// <c>sig_loopback</c> bit) and forces RX to slave ("Since bck and ws are shared, only tx or rx can be master. Force
/// to set rx as slave", esp_driver_i2s/i2s_std.c <c>i2s_std_set_slot</c> @v5.3, v5.5.1; driver/i2s/i2s_std.c @v5.0;
/// driver/deprecated/i2s_legacy.c <c>i2s_set_slot_legacy</c> @v5.5.1; hal/i2s_hal.c <c>i2s_hal_config_param</c>
/// @v4.4.7). So RX samples on TX's frame: the sample rate, the slot width (I2sGen writes
/// I2S_SLOT_BIT_WIDTH_AUTO: slot = data width, so the data format) and the frame shape (the standard: WS width,
/// polarity, bit shift) must be equal on every chip.</item>
/// <item>ESP32 and ESP32-S2 (SOC_I2S_HW_VERSION_1): one MCLK divider and one clock-source bit serve both directions
/// (hal/esp32/include/hal/i2s_ll.h and hal/esp32s2/…: <c>i2s_ll_rx_set_mclk</c> calls <c>i2s_ll_tx_set_mclk</c>, "TX
/// and RX channel on ESP32 shares a same mclk"; <c>i2s_ll_rx_clk_set_src</c> writes the one <c>clkm_conf</c>
/// @v5.5.1), so the MCLK frequency (rate × multiple) and the source (APLL or PLL) must be equal too.</item>
/// <item>The other chips (HW v2) have a TX and an RX clock divider, but in full duplex the MCLK output is TX's: the
/// driver binds MCLK to the RX clock only for a receiver alone (<c>i2s_ll_mclk_bind_to_rx_clk</c> under
/// <c>!full_duplex</c>, i2s_std.c <c>i2s_std_set_gpio</c> @v5.5.1), and the controller has one MCLK pin
/// (i2s_private.h "MCK out pin, shared by tx/rx"). So the MCLK pins, when both are given, must be one GPIO, and a
/// receiver that wires MCLK gets the transmitter's: its multiple must be equal.</item>
/// <item>Std driver (v5.0-v6.0): one <c>i2s_new_channel(&amp;chan_cfg, &amp;tx, &amp;rx)</c> call makes a full-duplex pair
/// (<c>full_duplex = true</c> only when both handles are passed, esp_driver_i2s/i2s_common.c @v5.5.1), and its one
/// <c>i2s_chan_config_t</c> gives both channels the same <c>dma_desc_num</c> and <c>dma_frame_num</c>: DmaCount and
/// DmaLength must be equal (the bytes per buffer still follow each direction's data width). The channel format (slot
/// mode and mask) is per channel (<c>i2s_std_set_slot</c> per handle) and may differ.</item>
/// <item>Legacy driver (driver/i2s.c @v4.4.7, driver/deprecated/i2s_legacy.c @v5.0-v5.5): one <c>i2s_config_t</c> for
/// TX|RX, so also the channel format, DMA count and length, and MCLK multiple and APLL must be equal, and one
/// <c>i2s_pin_config_t</c> carries one MCLK pin.</item>
/// <item>Stock backend: nanoFramework's System.Device.I2s installs the driver for the first device on a bus only and
/// routes one data pin (nf-interpreter targets/ESP32/_nanoCLR/System.Device.I2s/
/// sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp@a3e8139: <c>Esp_I2S_Initialised_Flag</c>; data_in is
/// I2S_PIN_NO_CHANGE unless the mode is exactly MASTER|RX): it cannot run full duplex (I2S0510).</item>
/// </list>
/// </summary>
internal static class FullDuplexRules
{
    private const string BckWs = "in full duplex the receiver is clocked by the transmitter's BCK and WS (ESP-IDF shares them and makes RX a slave), so both need one sample rate, one slot width (I2sGen's slot width is the data width) and one frame shape (standard)";

    /// <summary>
    /// Why <paramref name="earlier"/> and <paramref name="later"/> cannot share a controller at the same time, each at an
    /// argument of <paramref name="later"/>; empty when they can.
    /// </summary>
    public static ImmutableArray<DuplexConflict> Conflicts(BindingConfig earlier, BindingConfig later, TargetConfig target)
    {
        var found = ImmutableArray.CreateBuilder<DuplexConflict>();
        if (target.Backend == Backend.Stock)
        {
            found.Add(new(BindingArgument.BusSharing,
                "the stock backend is used",
                "nanoFramework's stock System.Device.I2s installs the driver for the first device on a bus only and routes one data pin, so it cannot run a receiver and a transmitter on one controller at once",
                RuleCatalog.StockFullDuplex.Id));
            return found.ToImmutable();
        }

        if (earlier.IsReceive == later.IsReceive)
        {
            found.Add(new(BindingArgument.Mode,
                "both bindings " + (later.IsReceive ? "receive" : "transmit"),
                "full duplex is one receiver and one transmitter",
                RuleCatalog.FullDuplexMembers.Id));
            return found.ToImmutable();
        }

        if (earlier.DataPin == later.DataPin)
        {
            found.Add(new(later.IsReceive ? BindingArgument.Sdin : BindingArgument.Sdout,
                "both bindings use GPIO" + later.DataPin + " for data", "full duplex needs one input and one output pin"));
        }

        var legacy = target.Driver == Driver.Legacy;
        Same(found, earlier.SampleRate, later.SampleRate, BindingArgument.SampleRate, "sample rate", BckWs);
        Same(found, earlier.DataFormat, later.DataFormat, BindingArgument.DataFormat, "data format", BckWs);
        Same(found, earlier.Standard, later.Standard, BindingArgument.Standard, "standard", BckWs);
        if (legacy)
        {
            const string OneConfig = "the legacy driver installs TX|RX with one i2s_config_t (one channel_format, dma_desc_num and dma_frame_num)";
            Same(found, earlier.ChannelFormat, later.ChannelFormat, BindingArgument.ChannelFormat, "channel format", OneConfig);
            Same(found, earlier.DmaCount, later.DmaCount, BindingArgument.DmaCount, "DMA count", OneConfig);
            Same(found, earlier.DmaLength, later.DmaLength, BindingArgument.DmaLength, "DMA length", OneConfig);
        }
        else
        {
            const string OneChannelConfig = "the std driver creates both channels with one i2s_new_channel call and one i2s_chan_config_t (one dma_desc_num and dma_frame_num)";
            Same(found, earlier.DmaCount, later.DmaCount, BindingArgument.DmaCount, "DMA count", OneChannelConfig);
            Same(found, earlier.DmaLength, later.DmaLength, BindingArgument.DmaLength, "DMA length", OneChannelConfig);
        }

        if (earlier.Mclk != BindingConfig.NotConnected && later.Mclk != BindingConfig.NotConnected && earlier.Mclk != later.Mclk)
        {
            found.Add(new(BindingArgument.Mclk, "the MCLK pin differs (GPIO" + later.Mclk + " here, GPIO" + earlier.Mclk + " there)", "the controller drives one MCLK signal in full duplex"));
        }

        CheckMclk(found, earlier, later, target, legacy);
        return found.ToImmutable();
    }

    /// <summary>Whether the chip has one MCLK divider and clock source for both directions (SOC_I2S_HW_VERSION_1).</summary>
    public static bool SharesOneClock(Chip chip) => chip is Chip.Esp32 or Chip.Esp32S2;

    private static void CheckMclk(ImmutableArray<DuplexConflict>.Builder found, BindingConfig earlier, BindingConfig later, TargetConfig target, bool legacy)
    {
        if (FiguresCalculator.TryCompute(earlier, target) is not { } first || FiguresCalculator.TryCompute(later, target) is not { } second)
        {
            // A binding whose figures cannot be computed has an error of its own.
            return;
        }

        var receiver = earlier.IsReceive ? earlier : later;
        var oneClock = legacy || SharesOneClock(target.Chip) || receiver.Mclk != BindingConfig.NotConnected;
        if (!oneClock)
        {
            return;
        }

        var why = legacy
            ? "the legacy driver installs TX|RX with one i2s_config_t (one mclk_multiple, one use_apll)"
            : SharesOneClock(target.Chip)
                ? "on " + Chips.ChipTable.Get(target.Chip).DisplayName + " TX and RX share one MCLK divider and clock source"
                : "in full duplex the MCLK pin carries the transmitter's MCLK, and the receiver wires MCLK";
        if (first.MclkMultiple != second.MclkMultiple)
        {
            found.Add(new(BindingArgument.MclkMultiple,
                "the MCLK multiple differs (" + second.MclkMultiple + " here, " + first.MclkMultiple + " there, as written or chosen)", why));
        }

        if (first.UsesApll != second.UsesApll)
        {
            found.Add(new(BindingArgument.ApllRate, "one binding clocks from the audio PLL and the other does not", why));
        }
    }

    private static string Shown(BindingArgument argument, int value) => argument switch
    {
        BindingArgument.SampleRate => value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " Hz",
        BindingArgument.DataFormat => value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-bit",
        BindingArgument.Standard => ((Standard)value).ToString(),
        BindingArgument.ChannelFormat => ((ChannelFormat)value).ToString(),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void Same(ImmutableArray<DuplexConflict>.Builder found, int first, int second, BindingArgument argument, string what, string why)
    {
        if (first != second)
        {
            found.Add(new(argument, "the " + what + " differs (" + Shown(argument, second) + " here, " + Shown(argument, first) + " there)", why));
        }
    }
}
