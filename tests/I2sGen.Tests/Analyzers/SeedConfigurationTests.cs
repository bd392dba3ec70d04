using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Every configuration of the seed's examples and of its hardware test fixture (shared/reference/seed-api.md
/// §2.7, §2.8) passes the rule engine with no error, on both drivers: I2sGen must accept what the seed ran.
/// Warnings are allowed (GPIO15 of the MSM261 row is a strapping pin, and worth the warning).
/// </summary>
public sealed class SeedConfigurationTests
{
    private const int Rx = (int)Mode.MasterRx;
    private const int Tx = (int)Mode.MasterTx;
    private const int Nc = BindingConfig.NotConnected;

    public static IEnumerable<object[]> Configurations()
    {
        // name, bus, bck, ws, sdin, sdout, mode, bits, channel format, rate, dmacount, dmalen
        var seed = new (string Name, BindingConfig Config)[]
        {
            ("1 play-stereo-wav-from-internal-flash", Config(1, 33, 25, Nc, 32, Tx, 16, ChannelFormat.RightLeft, 8000, 10, 512)),
            ("2 play-mono-wav-from-sdcard", Config(0, 21, 22, Nc, 27, Tx, 16, ChannelFormat.OnlyLeft, 16000, 10, 512)),
            ("3a record-mono-mic-to-sdcard", Config(0, 13, 14, 34, Nc, Rx, 32, ChannelFormat.OnlyLeft, 22050, 50, 256)),
            ("3b record-mono-mic-to-internal-flash", Config(0, 33, 32, 14, Nc, Rx, 32, ChannelFormat.OnlyLeft, 8000, 50, 256)),
            ("4 play-mono-wav-from-sdcard-uasyncio", Config(0, 21, 22, Nc, 27, Tx, 16, ChannelFormat.OnlyLeft, 16000, 10, 512)),
            ("2019 SPH0645", Config(0, 13, 14, 34, Nc, Rx, 32, ChannelFormat.RightLeft, 16000, 16, 64)),
            ("2019 INMP441 B16", Config(0, 13, 14, 34, Nc, Rx, 16, ChannelFormat.OnlyRight, 16000, 16, 512)),
            ("2019 INMP441 B32", Config(0, 13, 14, 34, Nc, Rx, 32, ChannelFormat.OnlyRight, 16000, 16, 512)),
            ("fixture INMP441", Config(0, 13, 14, 34, Nc, Rx, 32, ChannelFormat.OnlyLeft, 16000, 16, 64)),
            ("fixture MSM261", Config(1, 15, 26, 36, Nc, Rx, 32, ChannelFormat.OnlyLeft, 16000, 16, 64)),
            ("fixture MAX98357A", Config(0, 21, 22, Nc, 27, Tx, 16, ChannelFormat.OnlyLeft, 16000, 16, 64)),
            ("fixture PCM5102", Config(1, 33, 25, Nc, 32, Tx, 16, ChannelFormat.RightLeft, 44100, 16, 64)),
        };

        foreach (var (name, config) in seed)
        {
            foreach (var kind in new[] { BindingKind.General, config.IsReceive ? BindingKind.Microphone : BindingKind.Speaker })
            {
                foreach (var driver in new[] { Driver.Std, Driver.Legacy })
                {
                    yield return new object[] { name, kind.ToString(), driver.ToString(), config with { Kind = kind } };
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    internal void SeedConfigurationHasNoError(string name, string kind, string driver, BindingConfig config)
    {
        var target = new TargetConfig(Chip.Esp32, driver == nameof(Driver.Legacy) ? Driver.Legacy : Driver.Std);
        var errors = BindingRules.Check(config, target).Where(static v => v.IsError).Select(static v => v.RuleId + ": " + v.Message).ToList();
        Assert.True(errors.Count == 0, $"{name} ({kind}, {driver}): {string.Join("; ", errors)}");
    }

    [Fact]
    public void FixtureMsm261OnlyWarnsAboutTheStrappingPin()
    {
        var config = Config(1, 15, 26, 36, Nc, Rx, 32, ChannelFormat.OnlyLeft, 16000, 16, 64) with { Kind = BindingKind.Microphone };
        var ids = BindingRules.Check(config, TargetConfig.Default).Select(static v => v.RuleId).ToList();
        Assert.Equal(new[] { RuleCatalog.StrappingPin.Id }, ids);
    }

    private static BindingConfig Config(int bus, int bck, int ws, int sdin, int sdout, int mode, int bits, ChannelFormat channels, int rate, int dmaCount, int dmaLength) =>
        new(BindingKind.General, bus, bck, ws, sdin, sdout, Nc, (int)Standard.Philips, mode, bits, (int)channels, rate, dmaCount, dmaLength, 0);
}
