using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parsing;

/// <summary>
/// Reads a binding attribute into a <see cref="BindingConfig"/>. Shared by the generator and the analyzers, so both
/// see the same values and defaults (the seed's: standard Philips, dmacount 16, dmalen 64, apllrate 0).
/// </summary>
internal static class BindingParser
{
    public static ParsedBinding Parse(AttributeData attribute, BindingKind kind)
    {
        int bus = 0, bck = -1, ws = -1, sdin = -1, sdout = -1, mclk = -1;
        int standard = (int)Standard.Philips, dataFormat = 0, channelFormat = -1, sampleRate = 0;
        int dmaCount = BindingConfig.DefaultDmaCount, dmaLength = BindingConfig.DefaultDmaLength, apllRate = 0;
        int mclkMultiple = BindingConfig.NotGiven, maxRateErrorPpm = BindingConfig.NoBudgetGiven;
        var apllRateGiven = false;
        int part = 0, lrPin = 0, channelSelect = 0, formatPin = 0, busSharing = 0;
        var mode = kind switch
        {
            BindingKind.Microphone => (int)Mode.MasterRx,
            BindingKind.Speaker => (int)Mode.MasterTx,
            _ => 0,
        };

        var unreadable = new List<string>();
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Kind == TypedConstantKind.Error || argument.Value.Value is not int value)
            {
                unreadable.Add(argument.Key);
                continue;
            }

            switch (argument.Key)
            {
                case nameof(BindingArgument.Bus): bus = value; break;
                case nameof(BindingArgument.Bck): bck = value; break;
                case nameof(BindingArgument.Ws): ws = value; break;
                case nameof(BindingArgument.Sdin): sdin = value; break;
                case nameof(BindingArgument.Sdout): sdout = value; break;
                case nameof(BindingArgument.Mclk): mclk = value; break;
                case nameof(BindingArgument.Standard): standard = value; break;
                case nameof(BindingArgument.Mode) when kind == BindingKind.General: mode = value; break;
                case nameof(BindingArgument.DataFormat): dataFormat = value; break;
                case nameof(BindingArgument.ChannelFormat): channelFormat = value; break;
                case nameof(BindingArgument.SampleRate): sampleRate = value; break;
                case nameof(BindingArgument.DmaCount): dmaCount = value; break;
                case nameof(BindingArgument.DmaLength): dmaLength = value; break;
                case nameof(BindingArgument.ApllRate): apllRate = value; apllRateGiven = true; break;
                case nameof(BindingArgument.MclkMultiple): mclkMultiple = value; break;
                case nameof(BindingArgument.MaxRateErrorPpm): maxRateErrorPpm = value; break;
                case nameof(BindingArgument.Part): part = value; break;
                case nameof(BindingArgument.LrPin): lrPin = value; break;
                case nameof(BindingArgument.ChannelSelect): channelSelect = value; break;
                case nameof(BindingArgument.FormatPin): formatPin = value; break;
                case nameof(BindingArgument.BusSharing): busSharing = value; break;
            }
        }

        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                unreadable.Add("constructor");
            }
        }

        var config = new BindingConfig(kind, bus, bck, ws, sdin, sdout, mclk, standard, mode, dataFormat, channelFormat,
            sampleRate, dmaCount, dmaLength, apllRate, mclkMultiple, maxRateErrorPpm, apllRateGiven)
        {
            Part = new PartConfig(part, lrPin, channelSelect, formatPin),
            BusSharing = busSharing,
        };
        return new ParsedBinding(config, unreadable.ToEquatableArray());
    }
}
