using System;
using System.Collections.Generic;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Hardware;

/// <summary>
/// Decides a binding's clock settings once, for the figures, the generated C and C#, and the rules alike (issue 10
/// part 3). What the user wrote is kept: ApllRate (the APLL with its multiple, or written as 0 the default source) and
/// MclkMultiple. What is left open is chosen to minimise the real-rate error that ESP-IDF's own arithmetic
/// (<see cref="IdfClockModel"/>) gives, among what the chip, driver and ESP-IDF version allow: every
/// <c>i2s_mclk_multiple_t</c> value of the version (multiples of 3 for 24-bit data: the std driver refuses others and
/// the legacy driver's BCLK divider would not divide evenly), and the APLL where the chip's driver can use it.
/// With an MCLK pin connected the multiple stays at the default: the device on that pin expects its ratio.
/// The error is compared in whole ppm (rounded down): finer differences are far below any crystal's tolerance
/// (±10-40 ppm) and not worth a departure from the defaults. Ties go to the default source first (the APLL is one per
/// chip, shared with Ethernet and the other I2S controller, so it is taken only where it helps), then to ESP-IDF's
/// customary multiple (256; 384 for 24-bit; without an MCLK pin the multiple is invisible outside the chip), then to
/// the smaller multiple: the choice is deterministic and changes nothing where the defaults are already as good.
/// </summary>
internal static class ClockChooser
{
    /// <summary>256, or 384 for 24-bit data (BCLK = 48·fs divides 384·fs evenly; 256 would run 6.7 % fast).</summary>
    public static int DefaultMultiple(int bits) => bits == (int)DataFormat.B24 ? 384 : 256;

    /// <summary>Whether <paramref name="multiple"/> is an <c>i2s_mclk_multiple_t</c> value of the version usable with the width.</summary>
    public static bool IsValidMultiple(int multiple, int bits, TargetConfig target) =>
        Array.IndexOf(ClockTarget.MclkMultiples(target), multiple) >= 0 && (bits != (int)DataFormat.B24 || multiple % 3 == 0);

    /// <summary>The multiples open to the choice, ESP-IDF's customary one first.</summary>
    public static List<int> Candidates(int bits, TargetConfig target)
    {
        var multiples = new List<int> { DefaultMultiple(bits) };
        foreach (var multiple in ClockTarget.MclkMultiples(target))
        {
            if (multiple != multiples[0] && IsValidMultiple(multiple, bits, target))
            {
                multiples.Add(multiple);
            }
        }

        return multiples;
    }

    /// <summary>|real − requested| in whole ppm, rounded down (from the real rate in mHz, exactly).</summary>
    public static ulong ErrorPpmFloor(ulong realMilliHz, int rate)
    {
        var wanted = (ulong)rate * 1000;
        var error = realMilliHz > wanted ? realMilliHz - wanted : wanted - realMilliHz;
        return error * 1000 / (ulong)rate;
    }

    /// <summary>The clock settings for a configuration whose rate and data format are valid.</summary>
    public static ClockChoice Choose(BindingConfig config, TargetConfig target)
    {
        var bits = config.DataFormat;
        var rate = config.SampleRate;
        var defaultMultiple = DefaultMultiple(bits);
        var defaultResult = ClockTarget.Compute(target, rate, bits, defaultMultiple, useApll: false);
        var defaultReal = ClockTarget.Produces(defaultResult) ? defaultResult.RealRateMilliHz : null;
        var multipleGiven = config.MclkMultiple != BindingConfig.NotGiven;

        // The stock firmware fixes the clock itself (I2S0502, I2S0503 say what it does): nothing is open to
        // choose, and it never uses the APLL, even where ApllRate is written.
        if (target.Backend == Backend.Stock)
        {
            return new ClockChoice(multipleGiven ? config.MclkMultiple : defaultMultiple, UsesApll: false, MultipleGiven: true, SourceGiven: true, defaultMultiple, defaultReal);
        }

        if (config.ApllRate > 0)
        {
            // ApllRate is the MCLK frequency, so it fixes the multiple (I2S0404 and I2S0408 check that it is one).
            var implied = config.ApllRate % rate == 0 ? config.ApllRate / rate : 0;
            var multiple = multipleGiven ? config.MclkMultiple : IsValidMultiple(implied, bits, target) ? implied : defaultMultiple;
            return new ClockChoice(multiple, UsesApll: true, MultipleGiven: true, SourceGiven: true, defaultMultiple, defaultReal);
        }

        var sourceGiven = config.ApllRateGiven;
        var multiples = multipleGiven ? new List<int> { config.MclkMultiple }
            : config.Mclk != BindingConfig.NotConnected ? new List<int> { defaultMultiple }
            : Candidates(bits, target);
        var sources = sourceGiven || !ClockTarget.HasApll(target) ? new[] { false } : new[] { false, true };

        var best = new ClockChoice(multiples[0], UsesApll: false, multipleGiven, sourceGiven, defaultMultiple, defaultReal);
        ulong? bestError = null;
        foreach (var apll in sources)
        {
            foreach (var multiple in multiples)
            {
                var result = multiple == defaultMultiple && !apll
                    ? defaultResult
                    : ClockTarget.Compute(target, rate, bits, multiple, apll);
                if (!ClockTarget.Produces(result) || result.RealRateMilliHz is not { } real)
                {
                    continue;
                }

                var error = ErrorPpmFloor(real, rate);
                if (bestError is null || error < bestError)
                {
                    bestError = error;
                    best = best with { MclkMultiple = multiple, UsesApll = apll };
                }
            }
        }

        return best;
    }
}
