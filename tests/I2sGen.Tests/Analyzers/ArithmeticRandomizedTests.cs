using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Issue 9, arithmetic: every argument over its whole <c>int</c> range through the rule engine. No exception; the
/// DMA diagnostic is the one an oracle computing in <see cref="BigInteger"/> (its own table of sample sizes,
/// buffer limits and RAM sizes, not the engine's) expects, and quotes the exact byte counts; every fix value is an
/// <c>int</c> (a code fix must write a constant that compiles); a binding without errors has figures that fit the
/// <c>int</c> constants the wrapper declares.
/// </summary>
public sealed class ArithmeticRandomizedTests
{
    private const int Total = 30_000;
    private const int Seed = 90210;

    private static readonly int[] Edges =
    {
        int.MinValue, int.MinValue + 1, -100000, -1, 0, 1, 2, 3, 7, 8, 64, 128, 129, 511, 1023, 1024, 1025, 4092,
        100000, 1 << 20, int.MaxValue / 8, int.MaxValue / 4 + 1, int.MaxValue - 1, int.MaxValue,
    };

    /// <summary>The oracle's facts (ESP-IDF §3.7 buffer limits, datasheet SRAM), written out apart from the chip table.</summary>
    private static readonly Dictionary<Chip, (int Limit, long Ram, bool Align16)> Facts = new()
    {
        [Chip.Esp32] = (4092, 520 * 1024, true),
        [Chip.Esp32S2] = (4092, 320 * 1024, false),
        [Chip.Esp32S3] = (4092, 512 * 1024, false),
        [Chip.Esp32C3] = (4092, 400 * 1024, false),
        [Chip.Esp32C6] = (4092, 512 * 1024, false),
        [Chip.Esp32H2] = (4092, 320 * 1024, false),
        [Chip.Esp32P4] = (4032, 768 * 1024, false),
        [Chip.Esp32C5] = (4092, 384 * 1024, false),
        [Chip.Esp32C61] = (4092, 320 * 1024, false),
    };

    private static readonly string[] DmaSizeIds = { "I2S0201", "I2S0205", "I2S0202" };

    [Fact]
    public void EveryArgumentOverTheFullIntRange()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var reached = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Total && failures.Count < 20; i++)
        {
            var target = new TargetConfig((Chip)random.Next(0, Facts.Count), random.Next(2) == 0 ? Driver.Std : Driver.Legacy);
            var config = NextConfig(random);
            var text = $"#{i} {target.Chip}/{target.Driver} {config}";
            try
            {
                var violations = BindingRules.Check(config, target);
                foreach (var problem in Verify(config, target, violations, reached))
                {
                    failures.Add(text + ": " + problem);
                }
            }
            catch (Exception e)
            {
                failures.Add(text + ": " + e.GetType().Name + " " + e.Message);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The generator draws both kinds of sizes: the oracle must have been exercised on every DMA size rule.
        foreach (var id in DmaSizeIds.Append("none"))
        {
            Assert.True(reached.TryGetValue(id, out var count) && count > 100, $"{id} reached {(reached.TryGetValue(id, out var c) ? c : 0)} times");
        }
    }

    [Theory]
    [InlineData(int.MaxValue, 16)]
    [InlineData(64, 100000)]
    [InlineData(64, int.MaxValue)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void TheIssueExamplesGiveTheDmaDiagnostic(int dmaLength, int dmaCount)
    {
        var config = Valid() with { DmaLength = dmaLength, DmaCount = dmaCount };
        var violations = BindingRules.Check(config, TargetConfig.Default);
        var dma = Assert.Single(violations, static v => DmaSizeIds.Contains(v.RuleId));
        Assert.True(dma.IsError, dma.Message);
        Assert.DoesNotMatch(new Regex(@"-\d"), dma.Message);
        Assert.True(BindingRules.HasErrors(config, TargetConfig.Default));
    }

    private static IEnumerable<string> Verify(BindingConfig config, TargetConfig target, IReadOnlyList<RuleViolation> violations, Dictionary<string, int> reached)
    {
        foreach (var violation in violations)
        {
            if (violation.FixValue is { } fix && violation.Argument != BindingArgument.Standard && !int.TryParse(fix, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                yield return $"{violation.RuleId} offers fix value {fix}, which is not an int";
            }
        }

        if (BindingRules.HasErrors(config, target) != violations.Any(static v => v.IsError))
        {
            yield return "HasErrors(config, target) disagrees with Check";
        }

        var expected = ExpectedDmaSize(config, target, out var bytes);
        var actual = violations.Where(static v => DmaSizeIds.Contains(v.RuleId)).ToList();
        if (expected is null)
        {
            // The oracle does not judge sizes when an input they depend on is itself invalid.
            if (actual.Count > 0 && !IsSizeable(config, target))
            {
                yield return "size rule " + actual[0].RuleId + " on a configuration without valid size inputs";
            }

            yield break;
        }

        reached[expected] = reached.TryGetValue(expected, out var n) ? n + 1 : 1;
        var found = actual.Select(static v => v.RuleId).ToList();
        if (expected == "none")
        {
            if (found.Count > 0)
            {
                yield return "unexpected " + string.Join(", ", found);
            }
            else if (!violations.Any(static v => v.IsError) && FiguresCalculator.TryCompute(config, target) is { } figures
                && (figures.DmaBufferBytes > int.MaxValue || figures.TotalDmaBytes > int.MaxValue))
            {
                yield return $"an error-free binding has figures outside int: {figures.DmaBufferBytes}, {figures.TotalDmaBytes}";
            }

            yield break;
        }

        if (found.Count != 1 || found[0] != expected)
        {
            yield return $"expected {expected}, got [{string.Join(", ", found)}]";
            yield break;
        }

        var message = actual[0].Message;
        if (!message.Contains(bytes.ToString(CultureInfo.InvariantCulture) + " bytes", StringComparison.Ordinal))
        {
            yield return $"{expected} message does not state {bytes} bytes: {message}";
        }

        if (Regex.IsMatch(message, @"-\d"))
        {
            yield return $"{expected} message has a negative number: {message}";
        }
    }

    /// <summary>Which size rule applies (null: not judged), and the byte count its message must quote.</summary>
    private static string? ExpectedDmaSize(BindingConfig config, TargetConfig target, out BigInteger bytes)
    {
        bytes = 0;
        if (!IsSizeable(config, target))
        {
            return null;
        }

        var (limit, ram, align16) = Facts[target.Chip];

        // The legacy driver's I2S_DMA_BUFFER_MAX_SIZE is a fixed 4092 on every chip (i2s_legacy.c@v5.5.1 L93).
        limit = target.Driver == Driver.Legacy ? 4092 : limit;
        var legacy = target.Driver == Driver.Legacy;
        var bits = config.DataFormat;
        var bytesPerSample = legacy || align16 ? ((bits + 15) / 16) * 2 : (bits + 7) / 8;
        var slots = config.ChannelFormat <= 2 ? 2 : 1;
        var buffer = new BigInteger(config.DmaLength) * bytesPerSample * slots;
        if (buffer > limit)
        {
            bytes = buffer;
            return "I2S0201";
        }

        var total = buffer * config.DmaCount;
        bytes = total;
        return total > ram ? "I2S0205" : total > 64 * 1024 ? "I2S0202" : "none";
    }

    private static bool IsSizeable(BindingConfig config, TargetConfig target)
    {
        var legacy = target.Driver == Driver.Legacy;
        return config.DataFormat is 16 or 24 or 32
            && config.ChannelFormat is >= 0 and <= 4
            && config.SampleRate > 0
            && (legacy ? config.DmaCount is >= 2 and <= 128 : config.DmaCount >= 2)
            && (legacy ? config.DmaLength is >= 8 and <= 1024 : config.DmaLength >= 1);
    }

    private static BindingConfig Valid() => new(
        BindingKind.Microphone, Bus: 0, Bck: 14, Ws: 13, Sdin: 32, Sdout: -1, Mclk: -1, Standard: 1, Mode: 9,
        DataFormat: 32, ChannelFormat: 4, SampleRate: 16000, DmaCount: 16, DmaLength: 64, ApllRate: 0);

    /// <summary>
    /// Each argument is, by turns, any int, an edge value or a plausible one; the size inputs lean plausible so that
    /// all three size rules and the clean case are reached often.
    /// </summary>
    private static BindingConfig NextConfig(Random random)
    {
        int Any(params int[] plausible) => random.Next(3) switch
        {
            0 => random.Next(int.MinValue, int.MaxValue) + random.Next(2),
            1 => Edges[random.Next(Edges.Length)],
            _ => plausible[random.Next(plausible.Length)],
        };

        int Mostly(int[] plausible, Func<int> other) => random.Next(8) == 0 ? other() : plausible[random.Next(plausible.Length)];

        var kind = (BindingKind)random.Next(3);
        return new BindingConfig(
            kind,
            Any(0, 1),
            Any(14, 4, 21),
            Any(13, 5, 22),
            Any(32, 6, -1),
            Any(27, 7, -1),
            Any(-1, 0, 3),
            Mostly(new[] { 1, 2, 4 }, () => Any(5)),
            Any(9, 5),
            Mostly(new[] { 16, 24, 32 }, () => Any(0)),
            Mostly(new[] { 0, 1, 2, 3, 4 }, () => Any(-1)),
            Mostly(new[] { 8000, 16000, 44100, 48000, 96000 }, () => Any(22050)),
            random.Next(4) == 0 ? Any(2) : random.Next(2) == 0 ? random.Next(2, 129) : random.Next(2, 2_000_000),
            random.Next(4) == 0 ? Any(64) : random.Next(2) == 0 ? random.Next(8, 1025) : random.Next(1, 600_000),
            Any(0, 11_289_600, 12_288_000));
    }
}
