using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Report;

/// <summary>Pins the three report files of every <see cref="ReportCase"/> to reviewed baselines.</summary>
public sealed class BuildReportBaselineTests
{
    private static string BaselineOf(ReportCase reportCase, string fileName) => "Report/" + reportCase.Name + "/" + fileName + ".txt";

    [Theory]
    [MemberData(nameof(ReportCase.Names), MemberType = typeof(ReportCase))]
    public void MarkdownMatchesBaseline(string name) => Check(ReportCase.Get(name), "i2sgen-report.md");

    [Theory]
    [MemberData(nameof(ReportCase.Names), MemberType = typeof(ReportCase))]
    public void JsonMatchesBaseline(string name) => Check(ReportCase.Get(name), "i2sgen-report.json");

    [Theory]
    [MemberData(nameof(ReportCase.Names), MemberType = typeof(ReportCase))]
    public void PinMapMatchesBaseline(string name)
    {
        var reportCase = ReportCase.Get(name);
        Check(reportCase, reportCase.PinMapFile);
    }

    /// <summary>Baselines/Report holds exactly the three files of every case.</summary>
    [Fact]
    public void FolderHoldsNoStaleBaselines() =>
        BaselineAssert.HoldsOnly("Report", ReportCase.All.SelectMany(static c => new[]
        {
            BaselineOf(c, "i2sgen-report.md"), BaselineOf(c, "i2sgen-report.json"), BaselineOf(c, c.PinMapFile),
        }));

    private static void Check(ReportCase reportCase, string fileName) =>
        BaselineAssert.Matches(BaselineOf(reportCase, fileName), reportCase.Run().Native(fileName).Content);
}
