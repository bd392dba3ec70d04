using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using I2sGen.Generator.Hardware.Idf;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Clock;

/// <summary>
/// The C# clock model against the golden tables that tools/golden/generate.sh compiles from ESP-IDF's own C source:
/// every row must match, field for field, and no table may lose rows.
/// </summary>
public sealed class IdfClockGoldenTests
{
    private const string Header =
        "rate,data_bits,slot_bits,mclk_multiple,apll,status,sclk,mclk_div,numerator,denominator,bclk_div,"
        + "real_rate_mhz,apll_o_div,apll_sdm2,apll_sdm1,apll_sdm0,message";

    /// <summary>Every committed table and its row count (a regenerated table with another count must be reviewed).</summary>
    public static TheoryData<string, int> Tables => new()
    {
        { "idf4.4.7-legacy-esp32", 2580 },
        { "idf4.4.7-legacy-esp32s2", 2580 },
        { "idf4.4.7-legacy-esp32s3", 1290 },
        { "idf4.4.7-legacy-esp32c3", 1290 },
        { "idf5.0-std-esp32", 3440 },
        { "idf5.0-std-esp32s3", 1720 },
        { "idf5.0.9-std-esp32", 1720 },
        { "idf5.1.7-std-esp32", 3440 },
        { "idf5.1.7-std-esp32s3", 1720 },
        { "idf5.0-legacy-esp32", 3440 },
        { "idf5.0-legacy-esp32s3", 1720 },
        { "idf5.0.9-legacy-esp32", 3440 },
        { "idf5.1-legacy-esp32", 3440 },
        { "idf5.1.7-legacy-esp32", 3440 },
        { "idf5.1.7-legacy-esp32s3", 1720 },
        { "idf5.2-std-esp32", 3440 },
        { "idf5.2-std-esp32s3", 1720 },
        { "idf5.2.4-std-esp32", 1720 },
        { "idf5.5.1-std-esp32", 7740 },
        { "idf5.5.1-std-esp32s2", 7740 },
        { "idf5.5.1-std-esp32s3", 3870 },
        { "idf5.5.1-std-esp32c3", 3870 },
        { "idf5.5.1-std-esp32c6", 3870 },
        { "idf5.5.1-std-esp32h2", 3870 },
        { "idf5.5.1-std-esp32p4", 7740 },
        { "idf5.5.1-std-esp32c5", 3870 },
        { "idf5.5.1-std-esp32c61", 3870 },
        { "idf5.5.1-legacy-esp32", 7740 },
        { "idf5.5.1-legacy-esp32s3", 3870 },
        { "idf5.5.1-legacy-esp32p4", 7740 },
        { "idf6.0-std-esp32", 7740 },
        { "idf6.0-std-esp32s3", 3870 },
    };

    private static string GoldenDirectory => Path.Combine(RepoPaths.Root, "tests", "I2sGen.Tests", "Clock", "Golden");

    [Theory]
    [MemberData(nameof(Tables))]
    public void ModelReproducesEveryRow(string table, int expectedRows)
    {
        var (chip, version, driver) = ParseTableName(table);
        var lines = File.ReadAllLines(Path.Combine(GoldenDirectory, table + ".csv"));
        Assert.Equal(Header, lines[0]);
        Assert.Equal(expectedRows, lines.Length - 1);

        var differences = new List<string>();
        var differenceCount = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            var rate = uint.Parse(fields[0], CultureInfo.InvariantCulture);
            var bits = uint.Parse(fields[1], CultureInfo.InvariantCulture);
            var slot = uint.Parse(fields[2], CultureInfo.InvariantCulture);
            var multiple = uint.Parse(fields[3], CultureInfo.InvariantCulture);
            var apll = fields[4] == "1";
            var result = IdfClockModel.Compute(chip, version, driver, rate, bits, slot == bits ? 0 : slot, multiple, apll);
            var actual = Row(rate, bits, slot, multiple, apll, result);
            if (actual != lines[i])
            {
                differenceCount++;
                if (differences.Count < 20)
                {
                    differences.Add("golden " + lines[i] + Environment.NewLine + "model  " + actual);
                }
            }
        }

        Assert.True(differenceCount == 0, differenceCount + " rows differ in " + table + ":" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void EveryGoldenTableIsChecked()
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Tables)
        {
            listed.Add((string)row[0]);
        }

        foreach (var file in Directory.GetFiles(GoldenDirectory, "*.csv"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(file), listed);
        }

        Assert.Equal(listed.Count, Directory.GetFiles(GoldenDirectory, "*.csv").Length);
    }

    [Theory]
    [InlineData("idf5.5.1-std-esp32", "4883,16,16,128,0,divider_failed,160000000,0,0,0,4,,,,,,")]
    [InlineData("idf5.0-std-esp32", "4883,16,16,128,0,ok,160000000,255,2,2,4,4882813,,,,,")]
    [InlineData("idf5.5.1-std-esp32s3", "176400,32,32,256,0,ok,160000000,3,26,223,4,200539568,,,,,")]
    [InlineData("idf5.5.1-std-esp32", "176400,32,32,256,0,ok,160000000,3,19,35,4,176411290,,,,,")]
    [InlineData("idf5.5.1-std-esp32", "44100,16,16,256,1,ok,22579193,2,0,2,8,44099986,6,5,8,28,")]
    public void KnownEdgeCasesAreInTheTables(string table, string row)
    {
        // The edge cases: the ESP32 4883 Hz x128 carry and the 512-limit overflow (13.7 % fast) on S3.
        Assert.Contains(row, File.ReadAllLines(Path.Combine(GoldenDirectory, table + ".csv")));
    }

    private static (IdfChip Chip, IdfVersion Version, IdfDriver Driver) ParseTableName(string table)
    {
        // "idf<version>-<driver>-<chip>"
        var parts = table.Split('-');
        Assert.True(IdfVersion.TryParse(parts[0].Substring(3), out var version), table);
        var driver = parts[1] == "legacy" ? IdfDriver.Legacy : IdfDriver.Std;
        var chip = parts[2] switch
        {
            "esp32" => IdfChip.Esp32,
            "esp32s2" => IdfChip.Esp32S2,
            "esp32s3" => IdfChip.Esp32S3,
            "esp32c3" => IdfChip.Esp32C3,
            "esp32c6" => IdfChip.Esp32C6,
            "esp32c5" => IdfChip.Esp32C5,
            "esp32c61" => IdfChip.Esp32C61,
            "esp32h2" => IdfChip.Esp32H2,
            "esp32p4" => IdfChip.Esp32P4,
            _ => throw new InvalidOperationException("unknown chip in " + table),
        };
        return (chip, version, driver);
    }

    private static string Row(uint rate, uint bits, uint slot, uint multiple, bool apll, IdfClockResult result)
    {
        var row = new StringBuilder();
        Append(row, rate).Append(',');
        Append(row, bits).Append(',');
        Append(row, slot).Append(',');
        Append(row, multiple).Append(',');
        row.Append(apll ? "1" : "0").Append(',');
        row.Append(result.Status switch
        {
            IdfClockStatus.Ok => "ok",
            IdfClockStatus.Error => "error",
            IdfClockStatus.Ignored => "ignored",
            IdfClockStatus.DividerFailed => "divider_failed",
            _ => "unsupported:" + result.Message,
        }).Append(',');
        Append(row, result.SourceClockHz);
        if (result.Status == IdfClockStatus.Error)
        {
            row.Append(",,,,,");
        }
        else
        {
            row.Append(',');
            Append(row, result.MclkDivider).Append(',');
            Append(row, result.Numerator).Append(',');
            Append(row, result.Denominator).Append(',');
            Append(row, result.BclkDivider).Append(',');
            if (result.RealRateMilliHz is { } milli)
            {
                row.Append(milli.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (result.Apll is { } coefficients)
        {
            row.Append(',').Append(coefficients.ODiv.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(coefficients.Sdm2.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(coefficients.Sdm1.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(coefficients.Sdm0.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            row.Append(",,,,");
        }

        return row.Append(',').Append(result.Message).ToString();
    }

    private static StringBuilder Append(StringBuilder builder, uint value) =>
        builder.Append(value.ToString(CultureInfo.InvariantCulture));
}
