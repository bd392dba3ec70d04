using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// The build writes the native files of every binding to disk (issue 2, point 6): into the documented default
/// folder or an overridden one, without rewriting unchanged files, removing files of deleted bindings, and without
/// putting C text into the compiled assembly. Each test builds a throwaway project with <c>dotnet build</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class NativeFilesOnDiskTests : IDisposable
{
    private const string Microphone = """
        [I2sGen.I2sMicrophone(Bck = 14, Ws = 13, Sdin = 34, DataFormat = I2sGen.I2sDataFormat.B32,
            ChannelFormat = I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 8, DmaLength = 256)]
        public partial class DeskMic { }
        """;

    private const string Speaker = """
        [I2sGen.I2sSpeaker(Bus = 1, Bck = 21, Ws = 22, Sdout = 27, DataFormat = I2sGen.I2sDataFormat.B16,
            ChannelFormat = I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000, DmaCount = 10, DmaLength = 512)]
        public partial class Amp { }
        """;

    private readonly ThrowawayProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void BuildWritesFilesKeepsThemStableAndRemovesStaleOnes()
    {
        _project.WriteProject();
        WriteProgram(Microphone + Speaker, "public static class Util { public static int Value => 1; }");
        Build();

        var output = _project.DefaultNativeDirectory;
        var expected = WithGlueAndReport("CMakeLists.txt", "amp_i2s.c", "amp_i2s.h", "desk_mic_i2s.c", "desk_mic_i2s.h");
        Assert.Equal(expected, NativeFiles(output));
        var cmake = File.ReadAllText(Path.Combine(output, "CMakeLists.txt"));
        Assert.Contains("\"amp_i2s.c\"", cmake, StringComparison.Ordinal);
        Assert.Contains("\"desk_mic_i2s.c\"", cmake, StringComparison.Ordinal);

        // The C text is not compiled into the assembly.
        var assembly = File.ReadAllBytes(Path.Combine(_project.OutputDirectory, ThrowawayProject.Name + ".dll"));
        Assert.DoesNotContain("idf_component_register", Encoding.UTF8.GetString(assembly), StringComparison.Ordinal);
        Assert.DoesNotContain("desk_mic_i2s.c", Encoding.UTF8.GetString(assembly), StringComparison.Ordinal);

        // An unrelated edit rebuilds the assembly but rewrites no native file.
        var stamps = Stamps(output);
        WriteProgram(Microphone + Speaker, "public static class Util { public static int Value => 2; }");
        Build();
        Assert.Equal(stamps, Stamps(output));

        // Deleting a binding removes its files and updates the component list; the other binding is untouched.
        WriteProgram(Microphone, "public static class Util { public static int Value => 2; }");
        Build();
        Assert.Equal(WithGlueAndReport("CMakeLists.txt", "desk_mic_i2s.c", "desk_mic_i2s.h"), NativeFiles(output));
        Assert.DoesNotContain("amp_i2s", File.ReadAllText(Path.Combine(output, "I2sGen_Interop_Bindings.cpp")), StringComparison.Ordinal);
        Assert.DoesNotContain("amp_i2s.c", File.ReadAllText(Path.Combine(output, "CMakeLists.txt")), StringComparison.Ordinal);
        Assert.Equal(stamps[Path.Combine(output, "desk_mic_i2s.c")], File.GetLastWriteTimeUtc(Path.Combine(output, "desk_mic_i2s.c")));
    }

    [Fact]
    public void OutputFolderCanBeOverridden()
    {
        var custom = Path.Combine(_project.DirectoryPath, "firmware", "components", "i2s_bindings");
        _project.WriteProject($"<I2sGenNativeOutputPath>{custom}</I2sGenNativeOutputPath>");
        WriteProgram(Microphone, string.Empty);
        Build();
        Assert.Equal(WithGlueAndReport("CMakeLists.txt", "desk_mic_i2s.c", "desk_mic_i2s.h"), NativeFiles(custom));
        Assert.False(Directory.Exists(_project.DefaultNativeDirectory));
    }

    [Fact]
    public void TheReportIsWrittenNextToTheNativeFilesCanBeTurnedOffAndCleanRemovesIt()
    {
        _project.WriteProject();
        WriteProgram(Microphone + Speaker, string.Empty);
        Build();
        var output = _project.DefaultNativeDirectory;
        Assert.Equal(WithGlueAndReport("CMakeLists.txt", "amp_i2s.c", "amp_i2s.h", "desk_mic_i2s.c", "desk_mic_i2s.h"), NativeFiles(output));
        var markdown = File.ReadAllText(Path.Combine(output, "i2sgen-report.md"));
        Assert.Contains("| `DeskMic` | RX | 0 | 14 | 13 | SDIN 34 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `Amp` | TX | 1 | 21 | 22 | SDOUT 27 |", markdown, StringComparison.Ordinal);
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "i2sgen-report.json"))))
        {
            Assert.Equal(2, json.RootElement.GetProperty("totals").GetProperty("bindings").GetInt32());
        }

        Assert.Equal("svg", System.Xml.Linq.XDocument.Load(Path.Combine(output, "i2sgen-pinmap-esp32.svg")).Root!.Name.LocalName);

        // Turned off, the report files go (the folder's manifest owns them); the C files stay as they were.
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(output, "desk_mic_i2s.c"));
        _project.WriteProject("<I2sGenReport>false</I2sGenReport>");
        Build();
        Assert.Equal(WithGlue("CMakeLists.txt", "amp_i2s.c", "amp_i2s.h", "desk_mic_i2s.c", "desk_mic_i2s.h"), NativeFiles(output));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(output, "desk_mic_i2s.c")));

        // Back on, then dotnet clean removes the report with the native files.
        _project.WriteProject();
        Build();
        Assert.True(File.Exists(Path.Combine(output, "i2sgen-report.md")));
        ProcessRunner.Run("dotnet", new[] { "clean", ThrowawayProject.Name + ".csproj", "-c", BuildConfiguration.Name, "--disable-build-servers", "-nologo", "-v:m" },
            _project.DirectoryPath, timeout: TimeSpan.FromMinutes(5)).AssertSuccess("dotnet clean of the e2e project");
        Assert.False(Directory.Exists(output), output + " still exists after dotnet clean");
    }

    // The binding files plus the compilation's nanoCLR glue, in the order NativeFiles lists them.
    private static string[] WithGlue(params string[] files) => files.Concat(NanoClr.NanoClrGlueCase.GlueFiles)
        .OrderBy(static name => name, StringComparer.Ordinal)
        .ToArray();

    // As WithGlue, plus the build report of an ESP32 build.
    private static string[] WithGlueAndReport(params string[] files) =>
        WithGlue(files.Concat(new[] { "i2sgen-report.md", "i2sgen-report.json", "i2sgen-pinmap-esp32.svg" }).ToArray());

    private static string[] NativeFiles(string directory) => Directory.GetFiles(directory)
        .Select(Path.GetFileName)
        .Where(static name => !name!.StartsWith('.'))
        .OrderBy(static name => name, StringComparer.Ordinal)
        .ToArray()!;

    private static Dictionary<string, DateTime> Stamps(string directory) =>
        Directory.GetFiles(directory).ToDictionary(static path => path, File.GetLastWriteTimeUtc);

    private void Build() => _project.Build().AssertSuccess("dotnet build of the e2e project");

    private void WriteProgram(string bindings, string other) => _project.WriteProgram(bindings + "\n" + other);
}

/// <summary>End-to-end tests run one at a time: they start builds that share outputs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "EndToEnd";
}
