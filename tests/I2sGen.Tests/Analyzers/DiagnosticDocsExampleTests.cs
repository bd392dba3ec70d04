using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using I2sGen.Generator.Chips;
using I2sGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// Every C# example of docs/diagnostics is itself clean under the rules: the "Reported" one gives the diagnostic
/// it illustrates and no other I2S diagnostic, the "Fixed" one gives none. An example's <c>...</c> stands for the
/// rest of a clean binding: the test fills in what is not written (pins that are trouble-free on the example's chip
/// and free in the example, 32-bit mono at 16 kHz) and a class when the example shows only the attribute. The chip
/// comes from a comment (<c>// ESP32-S3</c>, <c>// project: &lt;I2sGenChip&gt;esp32s3&lt;/I2sGenChip&gt;</c>), the legacy
/// driver from <c>// legacy driver</c>.
/// </summary>
public sealed class DiagnosticDocsExampleTests
{
    private static readonly Regex Block = new(@"^(Reported|Fixed)[^\n]*:\s*\n+```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline);
    private static readonly Regex BindingAttribute = new(@"\[(?<name>I2sMicrophone|I2sSpeaker|I2s)\((?<args>[^\]]*?)\)\]", RegexOptions.Singleline);
    private static readonly Regex Named = new(@"(?<name>\w+)\s*=");
    private static readonly Regex Pin = new(@"\b(?:Bck|Ws|Sdin|Sdout|Mclk)\s*=\s*(?<pin>\d+)");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs", "diagnostics"), "I2S*.md").OrderBy(static p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(page));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ExamplesAreCleanExceptForTheirDiagnostic(string id)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n");
        var example = text.Substring(text.IndexOf("## Example", StringComparison.Ordinal));
        var blocks = Block.Matches(example).Cast<Match>().ToList();
        if (!example.Contains("```csharp", StringComparison.Ordinal))
        {
            return; // I2S0006: the example is a project file.
        }

        Assert.True(blocks.Count >= 2, id + ": expected a Reported and a Fixed C# block");
        foreach (var block in blocks)
        {
            var reported = block.Groups[1].Value == "Reported";
            var (source, chip, driver) = Expand(block.Groups["code"].Value);

            // A stock-backend example says so the way a project does: <I2sGenBackend>Stock</I2sGenBackend> in a comment.
            var backend = block.Groups["code"].Value.Contains("<I2sGenBackend>Stock</I2sGenBackend>", StringComparison.Ordinal) ? "Stock" : null;
            var ids = await I2sIdsAsync(source, chip, driver, backend);
            var expected = reported ? new[] { id } : Array.Empty<string>();
            Assert.True(ids.SequenceEqual(expected),
                $"{id} {block.Groups[1].Value}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", ids)}] for\n{source}");
        }
    }

    // "// .editorconfig: dotnet_diagnostic.I2S0302.severity = none" in an example sets that rule's severity (I2S0011).
    private static readonly Regex Severity = new(@"dotnet_diagnostic\.(?<id>I2S\d{4})\.severity\s*=\s*(?<value>\w+)");

    private static Dictionary<string, ReportDiagnostic> SeveritiesOf(string source)
    {
        var severities = new Dictionary<string, ReportDiagnostic>();
        foreach (Match match in Severity.Matches(source))
        {
            severities[match.Groups["id"].Value] = match.Groups["value"].Value switch
            {
                "none" => ReportDiagnostic.Suppress,
                "silent" => ReportDiagnostic.Hidden,
                "suggestion" => ReportDiagnostic.Info,
                "warning" => ReportDiagnostic.Warn,
                _ => ReportDiagnostic.Error,
            };
        }

        return severities;
    }

    private static async Task<List<string>> I2sIdsAsync(string source, string? chip, string? driver, string? backend)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: "/0/Example.cs");
        var compilation = AnalyzerRunner.Compile(new[] { tree }, SeveritiesOf(source));
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new TestOptionsProvider(chip, driver, backend));
        Assert.DoesNotContain(diagnostics, static d => d.Id is "AD0001");
        return diagnostics.Where(static d => d.Id.StartsWith("I2S", StringComparison.Ordinal))
            .Select(static d => d.Id).Distinct().OrderBy(static i => i, StringComparer.Ordinal).ToList();
    }

    /// <summary>The example as a compilable file, and the chip and driver its comments name.</summary>
    private static (string Source, string? Chip, string? Driver) Expand(string code)
    {
        var chip = ChipOf(code);
        var driver = code.Contains("legacy driver", StringComparison.Ordinal) ? "legacy" : null;
        var info = ChipTable.All.FirstOrDefault(c => c.IdfTarget == chip) ?? ChipTable.Get(I2sGen.Generator.Model.Chip.Esp32);
        var used = new HashSet<int>(Pin.Matches(code).Cast<Match>().Select(static m => int.Parse(m.Groups["pin"].Value, System.Globalization.CultureInfo.InvariantCulture)));

        var result = new StringBuilder("using I2sGen;\n");
        var classes = 0;
        var position = 0;
        foreach (Match attribute in BindingAttribute.Matches(code))
        {
            result.Append(code, position, attribute.Index - position);
            var args = attribute.Groups["args"].Value;
            if (args.Contains("...", StringComparison.Ordinal))
            {
                args = Fill(attribute.Groups["name"].Value, args, info, used);
            }

            result.Append('[').Append(attribute.Groups["name"].Value).Append('(').Append(args).Append(")]");
            position = attribute.Index + attribute.Length;

            // An attribute shown alone gets a class: unless the rest of its line or the next line declares one or
            // holds another attribute.
            var lineEnd = code.IndexOf('\n', position);
            var rest = lineEnd < 0 ? code.Substring(position) : code.Substring(position, lineEnd - position);
            var next = lineEnd < 0 ? string.Empty : code.Substring(lineEnd + 1).TrimStart();
            if (!rest.Contains("class", StringComparison.Ordinal) && !next.StartsWith("[", StringComparison.Ordinal)
                && !Regex.IsMatch(next.Split('\n')[0], @"\bclass\b"))
            {
                result.Append(rest).Append("\npublic partial class DocExample").Append(classes++).Append(" { }");
                position += rest.Length;
            }
        }

        result.Append(code, position, code.Length - position).Append('\n');
        return (result.ToString(), chip, driver);
    }

    /// <summary>Replaces "..." with the arguments of a clean binding that the example does not write.</summary>
    private static string Fill(string attribute, string args, ChipInfo chip, HashSet<int> used)
    {
        var named = new HashSet<string>(Named.Matches(args).Cast<Match>().Select(static m => m.Groups["name"].Value), StringComparer.Ordinal);
        var transmit = attribute == "I2sSpeaker" || args.Contains("I2sMode.MasterTx", StringComparison.Ordinal);
        var added = new List<string>();
        foreach (var pin in transmit ? new[] { "Bck", "Ws", "Sdout" } : new[] { "Bck", "Ws", "Sdin" })
        {
            var isData = pin is "Sdin" or "Sdout";
            if (!named.Contains(pin) && !(isData && (named.Contains("Sdin") || named.Contains("Sdout"))))
            {
                added.Add(pin + " = " + CleanPin(chip, used));
            }
        }

        foreach (var (name, value) in new[]
        {
            ("DataFormat", "I2sDataFormat.B32"), ("ChannelFormat", "I2sChannelFormat.OnlyLeft"), ("SampleRate", "16000"),
        })
        {
            if (!named.Contains(name))
            {
                added.Add(name + " = " + value);
            }
        }

        var written = args.Replace("...", string.Empty).Trim().TrimEnd(',').Trim();
        return string.Join(", ", new[] { written }.Where(static w => w.Length > 0).Concat(added));
    }

    /// <summary>The lowest output-capable GPIO of the chip that no rule flags and the example does not use.</summary>
    private static int CleanPin(ChipInfo chip, HashSet<int> used)
    {
        for (var pin = 0; pin < 64; pin++)
        {
            if (chip.Exists(pin) && chip.CanOutput(pin) && !chip.IsTroublesome(pin) && used.Add(pin))
            {
                return pin;
            }
        }

        throw new InvalidOperationException("no clean pin left on " + chip.DisplayName);
    }

    private static string? ChipOf(string code)
    {
        var property = Regex.Match(code, @"<I2sGenChip>(?<chip>\w+)</I2sGenChip>");
        if (property.Success)
        {
            return property.Groups["chip"].Value;
        }

        var comment = Regex.Match(code, @"//[^\n]*?\bESP32(?<variant>-(?:S2|S3|C3|C61|C6|C5|H2|P4))?\b");
        return comment.Success ? "esp32" + comment.Groups["variant"].Value.TrimStart('-').ToLowerInvariant() : null;
    }
}
