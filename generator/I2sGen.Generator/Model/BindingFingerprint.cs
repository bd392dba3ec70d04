using System.Globalization;
using System.Text;

namespace I2sGen.Generator.Model;

/// <summary>
/// A 32-bit fingerprint of a binding's whole configuration, so a firmware built from another build's native files
/// refuses to start a binding whose C it does not have (the wrapper passes it to <c>I2sNative.Init</c>, the generated
/// nanoCLR dispatch table holds the value the firmware was built with). FNV-1a 32-bit over the UTF-8 bytes of
/// <see cref="CanonicalText"/>: simple to recompute anywhere, and any change of chip, driver, attribute kind or
/// argument value, ESP-IDF release or chip revision changes the text.
/// </summary>
internal static class BindingFingerprint
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(BindingSpec spec) => Fnv1a(CanonicalText(spec));

    /// <summary>
    /// <c>i2sgen-binding/1;chip=…;driver=…;kind=…;Bus=…;…;ApllRate=…</c>: the target, the attribute kind and every
    /// argument by its attribute name, in <see cref="BindingArgument"/> order, as invariant integers.
    /// </summary>
    public static string CanonicalText(BindingSpec spec)
    {
        var text = new StringBuilder(ConfigurationText(spec.Config, spec.Target));

        // A shared bus changes the binding's C (the bus file it calls, the members it names, in full duplex the partner's
        // configuration, which the bus file installs too), so it extends the text; a binding alone on its bus has none.
        if (spec.SharedBus is { } bus)
        {
            text.Append(";shared=").Append(bus.Sharing.ToString());
            foreach (var member in bus.Members)
            {
                text.Append(";member=").Append(member.CName);
            }

            if (bus.Partner(spec.CName) is { } partner)
            {
                text.Append(";partner=").Append(Fnv1a(ConfigurationText(partner.Config, spec.Target)).ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>The target and one binding's configuration, as in <see cref="CanonicalText"/> before any shared bus.</summary>
    private static string ConfigurationText(BindingConfig config, TargetConfig target)
    {
        var text = new StringBuilder("i2sgen-binding/1");
        text.Append(";chip=").Append(target.Chip.ToString());
        text.Append(";driver=").Append(target.Driver.ToString());
        text.Append(";kind=").Append(config.Kind.ToString());
        for (var argument = BindingArgument.Bus; argument <= BindingArgument.ApllRate; argument++)
        {
            text.Append(';').Append(argument.ToString()).Append('=').Append(config.Get(argument).ToString(CultureInfo.InvariantCulture));
        }

        // The clock-choice arguments change the generated C only when written, so they extend the text only then
        // (fingerprints of bindings without them stay as they were). MaxRateErrorPpm changes no C.
        if (config.MclkMultiple != BindingConfig.NotGiven)
        {
            text.Append(";MclkMultiple=").Append(config.MclkMultiple.ToString(CultureInfo.InvariantCulture));
        }

        if (config.ApllRateGiven && config.ApllRate == 0)
        {
            text.Append(";ApllRate=pinned");
        }

        // The ESP-IDF release and chip revision select the generated C too (driver API, clock arithmetic and the
        // clock choice, MCLK multiples, DMA limits); like the clock arguments they extend the text only when they
        // differ from the defaults, so fingerprints of default-target bindings stay as they were.
        if (target.IdfVersion != Chips.IdfSupport.DefaultVersion)
        {
            text.Append(";idf=").Append(target.IdfVersion.ToString());
        }

        if (target.ChipRevision is { } revision)
        {
            text.Append(";revision=").Append(revision.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public static uint Fnv1a(string text)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * Prime);
        }

        return hash;
    }
}
