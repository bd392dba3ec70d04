using System.Collections.Immutable;
using System.Globalization;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>
/// The seed's argument rules (I2S0101-I2S0112, I2S0204): mode, data pin direction, required and enum-valued
/// arguments, and the bus number against the chip's controller count. Source: shared/reference/seed-api.md §3.2.
/// </summary>
internal static class ArgumentRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Check(BindingConfig config, ChipInfo chip, ImmutableArray<RuleViolation>.Builder found)
    {
        CheckMode(config, found);
        CheckDataPins(config, found);
        CheckEnums(config, found);
        CheckBus(config, chip, found);
    }

    private static void CheckMode(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Kind != BindingKind.General)
        {
            return;
        }

        if (config.Mode == 0)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None,
                "[I2s] needs Mode: I2sMode.MasterRx to read from a microphone or I2sMode.MasterTx to drive an amplifier"));
        }
        else if (config.Mode is not ((int)Mode.MasterRx or (int)Mode.MasterTx))
        {
            found.Add(new(RuleCatalog.InvalidMode.Id, BindingArgument.Mode,
                $"Mode {config.Mode} is not valid: only I2sMode.MasterRx (9) or I2sMode.MasterTx (5) are supported"));
        }
    }

    private static void CheckDataPins(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        var hasSdin = config.Sdin != BindingConfig.NotConnected;
        var hasSdout = config.Sdout != BindingConfig.NotConnected;
        if (hasSdin && hasSdout)
        {
            found.Add(new(RuleCatalog.OnlyOneDataPin.Id, config.IsTransmit ? BindingArgument.Sdin : BindingArgument.Sdout,
                $"Only one of Sdin or Sdout can be specified; a {(config.IsTransmit ? "transmit" : "receive")} binding uses {(config.IsTransmit ? "Sdout" : "Sdin")}, remove {(config.IsTransmit ? "Sdin" : "Sdout")}"));
            return;
        }

        if (config.IsReceive && !hasSdin)
        {
            found.Add(new(RuleCatalog.ReceiveNeedsSdin.Id, hasSdout ? BindingArgument.Sdout : BindingArgument.None,
                hasSdout
                    ? $"Sdin must be specified for receive mode; GPIO{config.Sdout} is given as Sdout, move it to Sdin"
                    : $"Sdin must be specified for receive mode: [{config.AttributeName}] needs the GPIO of the microphone's data pin"));
        }
        else if (config.IsTransmit && !hasSdout)
        {
            found.Add(new(RuleCatalog.TransmitNeedsSdout.Id, hasSdin ? BindingArgument.Sdin : BindingArgument.None,
                hasSdin
                    ? $"Sdout must be specified for transmit mode; GPIO{config.Sdin} is given as Sdin, move it to Sdout"
                    : $"Sdout must be specified for transmit mode: [{config.AttributeName}] needs the GPIO of the amplifier's data input"));
        }
    }

    private static void CheckEnums(BindingConfig config, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Bck == BindingConfig.NotConnected)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None, $"[{config.AttributeName}] needs Bck, the GPIO of the bit clock"));
        }

        if (config.Ws == BindingConfig.NotConnected)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None, $"[{config.AttributeName}] needs Ws, the GPIO of the word select (LRCLK)"));
        }

        if (config.Standard is not ((int)Standard.Philips or (int)Standard.Msb or (int)Standard.PcmShort or (int)Standard.Lsb))
        {
            found.Add(new(RuleCatalog.InvalidStandard.Id, BindingArgument.Standard,
                $"Standard {config.Standard} is not valid: use I2sStandard.Philips, Msb or PcmShort"));
        }
        else if (config.Standard == (int)Standard.Lsb)
        {
            found.Add(new(RuleCatalog.LsbMeansMsb.Id, BindingArgument.Standard,
                "I2sStandard.Lsb is the seed's name for what ESP-IDF implements as MSB-justified framing; it is generated as I2sStandard.Msb, write Msb to say so", "Msb"));
        }

        if (config.DataFormat == 0)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None,
                $"[{config.AttributeName}] needs DataFormat: I2sDataFormat.B16, B24 or B32 (MEMS microphones such as the INMP441 need B32)"));
        }
        else if (config.DataFormat is not ((int)DataFormat.B16 or (int)DataFormat.B24 or (int)DataFormat.B32))
        {
            found.Add(new(RuleCatalog.InvalidDataFormat.Id, BindingArgument.DataFormat,
                $"Data format {config.DataFormat} is not valid: use I2sDataFormat.B16, B24 or B32"));
        }

        if (config.ChannelFormat == -1)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None,
                $"[{config.AttributeName}] needs ChannelFormat: a mono microphone with L/R tied to ground is I2sChannelFormat.OnlyLeft, stereo is RightLeft"));
        }
        else if (config.ChannelFormat is < 0 or > (int)ChannelFormat.OnlyLeft)
        {
            found.Add(new(RuleCatalog.InvalidChannelFormat.Id, BindingArgument.ChannelFormat,
                $"Channel format {config.ChannelFormat} is not valid: use RightLeft, AllRight, AllLeft, OnlyRight or OnlyLeft"));
        }

        if (config.BusSharing is < (int)BusSharing.Auto or > (int)BusSharing.TakeTurns)
        {
            found.Add(new(RuleCatalog.InvalidBusSharing.Id, BindingArgument.BusSharing,
                $"BusSharing {config.BusSharing} is not valid: use Auto, FullDuplex or TakeTurns"));
        }

        if (config.SampleRate == 0)
        {
            found.Add(new(RuleCatalog.MissingArgument.Id, BindingArgument.None, $"[{config.AttributeName}] needs SampleRate, in Hz (e.g. 16000 or 44100)"));
        }
        else if (config.SampleRate < 0)
        {
            found.Add(new(RuleCatalog.InvalidSampleRate.Id, BindingArgument.SampleRate, $"Sample rate {config.SampleRate} Hz is not valid: it must be positive"));
        }
    }

    private static void CheckBus(BindingConfig config, ChipInfo chip, ImmutableArray<RuleViolation>.Builder found)
    {
        if (config.Bus < 0 || config.Bus >= chip.ControllerCount)
        {
            var valid = chip.ControllerCount == 1 ? "0" : "0-" + (chip.ControllerCount - 1).ToString(Inv);
            found.Add(new(RuleCatalog.InvalidBus.Id, BindingArgument.Bus,
                $"I2S bus {config.Bus} does not exist on {chip.DisplayName}, which has {chip.ControllerCount} I2S controller{(chip.ControllerCount == 1 ? string.Empty : "s")}; use bus {valid}",
                config.Bus < 0 ? "0" : (chip.ControllerCount - 1).ToString(Inv)));
        }
    }
}
