using System.Collections.Immutable;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>One reason two bindings cannot run in full duplex on one controller: the argument of the later binding and why.</summary>
internal sealed record DuplexConflict(BindingArgument Argument, string Reason);

/// <summary>
/// What must agree for two bindings to run at the same time on one I2S controller. One controller drives one BCK and
/// one WS, so everything that shapes the frame on those pins must be equal; the data pins must be one input and one
/// output. Per chip and ESP-IDF release the driver allows more or less (see the rule texts and their sources).
/// </summary>
internal static class FullDuplexRules
{
    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> cannot share a controller at the same time; empty when they can.</summary>
    public static ImmutableArray<DuplexConflict> Conflicts(BindingConfig a, BindingConfig b, TargetConfig target)
    {
        _ = target;
        var found = ImmutableArray.CreateBuilder<DuplexConflict>();
        if (a.IsReceive == b.IsReceive)
        {
            found.Add(new(BindingArgument.Mode, "both bindings " + (a.IsReceive ? "receive" : "transmit") + "; full duplex is one receiver and one transmitter"));
        }

        if (a.DataPin == b.DataPin)
        {
            found.Add(new(b.IsReceive ? BindingArgument.Sdin : BindingArgument.Sdout, "both bindings use GPIO" + b.DataPin + " for data; full duplex needs one input and one output pin"));
        }

        Same(found, a.SampleRate, b.SampleRate, BindingArgument.SampleRate, "sample rate");
        Same(found, a.DataFormat, b.DataFormat, BindingArgument.DataFormat, "data format");
        Same(found, a.Standard, b.Standard, BindingArgument.Standard, "standard");
        Same(found, a.Mclk, b.Mclk, BindingArgument.Mclk, "MCLK pin");
        Same(found, a.MclkMultiple, b.MclkMultiple, BindingArgument.MclkMultiple, "MCLK multiple");
        return found.ToImmutable();
    }

    private static void Same(ImmutableArray<DuplexConflict>.Builder found, int first, int second, BindingArgument argument, string what)
    {
        if (first != second)
        {
            found.Add(new(argument, "the " + what + " differs; one controller has one clock"));
        }
    }
}
