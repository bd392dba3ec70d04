using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace I2sGen.Benchmarks;

/// <summary>
/// Sustained throughput of a data-path benchmark: its Bytes parameter divided by the mean time per operation, in
/// MB/s (10^6 bytes per second). The Ratio column compares times, so the throughput ratio to memcpy is 1 / Ratio.
/// </summary>
public sealed class DataPathThroughputColumn : IColumn
{
    public string Id => nameof(DataPathThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Sustained throughput: Bytes / Mean, in 10^6 bytes per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        var bytes = benchmarkCase.Parameters["Bytes"];
        if (statistics is null || bytes is not int count || statistics.Mean <= 0)
        {
            return "-";
        }

        // Mean is in nanoseconds: bytes per nanosecond x 1000 = MB/s.
        return (count / statistics.Mean * 1000).ToString("N0", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
