using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// I2S0409: a chip has one audio PLL. ESP-IDF sets it for the first I2S channel that asks and, when a later channel
/// asks for another frequency, logs "APLL is occupied already, it is working at … Hz" and clocks that channel from the
/// frequency already set (esp_driver_i2s/i2s_common.c <c>i2s_set_get_apll_freq</c> and
/// esp_hw_support/clk_ctrl_os.c <c>periph_rtc_apll_freq_set</c> returning ESP_ERR_INVALID_STATE, v5.5.1; the legacy
/// driver's <c>i2s_config_source_clock</c> does the same). Two bindings whose clock choice
/// (<see cref="ClockChooser"/>, what the user wrote or what I2sGen chose) puts both on the APLL at different MCLK
/// frequencies therefore run the one started second at the wrong rate. Reported on the later binding, with the fix that
/// takes it off the APLL (<c>ApllRate = 0</c>: the chip's default source).
/// </summary>
internal static class SharedApllRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Check(
        IReadOnlyList<BindingEntry> bindings, int index, TargetConfig target, ImmutableArray<SharedBusGroup> groups, ImmutableArray<CrossBindingViolation>.Builder found)
    {
        var group = SharedBusPlanner.GroupOf(groups, index);
        var current = Apll(bindings[index].Config, target);
        if (current is null)
        {
            return;
        }

        for (var earlier = 0; earlier < index; earlier++)
        {
            // Members of one bus that take turns are never open together, and closing one releases the APLL
            // (i2s_del_channel calls periph_rtc_apll_release, esp_driver_i2s/i2s_common.c@v5.5.1), so the next may set it.
            var other = Apll(bindings[earlier].Config, target);
            if (other is null || other.Value == current.Value || (group is { Sharing: BusSharing.TakeTurns } && group.Contains(earlier)))
            {
                continue;
            }

            var chip = ChipTable.Get(target.Chip);
            found.Add(new(index, new RuleViolation(RuleCatalog.ApllSharedAtTwoRates.Id, BindingArgument.ApllRate,
                $"{bindings[index].Name} clocks from the audio PLL at {current.Value.ToString(Inv)} Hz and {bindings[earlier].Name} at {other.Value.ToString(Inv)} Hz, but {chip.DisplayName} has one APLL: ESP-IDF keeps the frequency of the binding started first and runs the other at the wrong rate (\"APLL is occupied already\"); write ApllRate = 0 on one of them to clock it from {IdfSupport.SourceClockName(target)}, or give both sample rates that share one APLL frequency",
                "0")));
            return;
        }
    }

    /// <summary>The APLL frequency (MCLK in Hz) the binding's clock choice asks for, or null when it does not use the APLL.</summary>
    private static long? Apll(BindingConfig config, TargetConfig target)
    {
        if (FiguresCalculator.TryCompute(config, target) is not { UsesApll: true } figures)
        {
            return null;
        }

        return (long)config.SampleRate * figures.MclkMultiple;
    }
}
