using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// A new user's path (issue 9, items 5, 7 and 8), with the package packed once from this checkout
/// (<see cref="PackedPackage"/>) and projects created by <c>dotnet new</c> outside the repository: the README
/// example pastes into a fresh console app, builds, runs, publishes and runs published; a wrong pin is reported at
/// its argument. A library that holds the bindings works from an app, from an xunit test project and from a
/// published app (the host library travels through ProjectReference), and <c>dotnet clean</c> removes what the
/// build wrote.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageConsumerTests : IClassFixture<PackedPackage>
{
    private readonly PackedPackage _package;

    public PackageConsumerTests(PackedPackage package) => _package = package;

    private static string HostLibrary(string assemblyName) =>
        "lib" + assemblyName + ".I2sHost" + (RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? ".dylib" : ".so");

    /// <summary>The package's prebuilt host glue for this machine, as NuGet lays it out in an output folder.</summary>
    private static string PrebuiltHostLibrary =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "I2sGen.Host.dll"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "libI2sGen.Host.dylib" : "libI2sGen.Host.so";

    private static bool HasFile(string directory, string name) =>
        Directory.GetFiles(directory, name, SearchOption.AllDirectories).Length > 0;

    [Fact]
    public void ThePackageShipsThePrebuiltHostGlueForEveryRuntimeWhoseCompilerIsHere()
    {
        // I2SGEN_REQUIRE_CROSS=1 (.ci/run, which installs the cross compilers) requires all three.
        var required = Environment.GetEnvironmentVariable("I2SGEN_REQUIRE_CROSS") == "1";
        var expected = new (string Entry, string Compiler)[]
        {
            ("runtimes/linux-x64/native/libI2sGen.Host.so", "gcc"),
            ("runtimes/linux-arm64/native/libI2sGen.Host.so", "aarch64-linux-gnu-gcc"),
            ("runtimes/win-x64/native/I2sGen.Host.dll", "x86_64-w64-mingw32-gcc"),
        };
        var package = Directory.GetFiles(_package.Feed, "I2sGen." + _package.Version + ".nupkg").Single();
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(static entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, compiler) in expected)
        {
            if (required || ProcessRunner.IsOnPath(compiler))
            {
                Assert.True(entries.Contains(entry), entry + " is not in " + package);
                Assert.True(zip.GetEntry(entry)!.Length > 10_000, entry + " is suspiciously small");
            }
        }
    }

    [Fact]
    public void ReadmeExampleInAFreshConsoleAppBuildsRunsAndPublishes()
    {
        var workspace = _package.NewWorkspace("readme");
        PackedPackage.Dotnet(workspace, "new", "console", "-n", "Hello", "-o", "Hello");
        var app = Path.Combine(workspace, "Hello");
        PackedPackage.Dotnet(app, "add", "package", "I2sGen", "--version", _package.Version);

        var example = ReadmeExample();
        File.WriteAllText(Path.Combine(app, "Program.cs"), example);
        var build = PackedPackage.Dotnet(app, "build");
        Assert.DoesNotMatch(new Regex(@"\bwarning\b", RegexOptions.CultureInvariant), build.Output);

        var output = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "i2sgen", "inmp441_i2s.c")), "firmware files in " + output);
        // I2sGenHostGlue=Auto: where the package has a prebuilt host library for this machine (CI packs all three), the
        // app runs on it and nothing is compiled; elsewhere the generated C is compiled into the app's own library.
        var prebuilt = HasFile(output, PrebuiltHostLibrary);
        Assert.True(prebuilt || File.Exists(Path.Combine(output, HostLibrary("Hello"))), "no host library in " + output);
        Assert.True(!prebuilt || !File.Exists(Path.Combine(output, HostLibrary("Hello"))), "a compiled host library next to the prebuilt one");
        AssertRunsTheExample(PackedPackage.Dotnet(app, Path.Combine(output, "Hello.dll")));

        // Framework-dependent publish: the host library is part of the publish output.
        var published = Path.Combine(workspace, "published");
        PackedPackage.Dotnet(app, "publish", "-o", published);
        Assert.True(prebuilt ? HasFile(published, PrebuiltHostLibrary) : File.Exists(Path.Combine(published, HostLibrary("Hello"))), "host library published");
        AssertRunsTheExample(PackedPackage.Dotnet(workspace, Path.Combine(published, "Hello.dll")));

        // The README's promise: a wrong pin is an error at its argument, with the fix in the message.
        var wrong = example.Replace("Bck = 14", "Bck = 34", StringComparison.Ordinal);
        Assert.NotEqual(example, wrong);
        File.WriteAllText(Path.Combine(app, "Program.cs"), wrong);
        var failed = PackedPackage.Run(app, "build");
        Assert.NotEqual(0, failed.ExitCode);
        var (line, column) = Position(wrong, wrong.IndexOf("Bck = 34", StringComparison.Ordinal));
        var expected = $"Program.cs({line},{column}): error I2S0302: GPIO34 is input-only on ESP32 and cannot drive BCK";
        Assert.True(failed.Output.Contains(expected, StringComparison.Ordinal), "expected \"" + expected + "\" in:\n" + failed.Output);
    }

    [Fact]
    public void BindingsInALibraryWorkFromAnAppATestProjectAndAPublishedAppAndCleanRemovesTheirFiles()
    {
        var workspace = _package.NewWorkspace("chain");
        PackedPackage.Dotnet(workspace, "new", "classlib", "-n", "Audio", "-o", "Audio");
        var library = Path.Combine(workspace, "Audio");
        File.Delete(Path.Combine(library, "Class1.cs"));
        PackedPackage.Dotnet(library, "add", "package", "I2sGen", "--version", _package.Version);
        // This chain runs on the compiled glue (the generated C in Audio's own host library); the README test above
        // covers the prebuilt one.
        var libraryProject = Path.Combine(library, "Audio.csproj");
        File.WriteAllText(libraryProject, File.ReadAllText(libraryProject).Replace(
            "</PropertyGroup>", "  <I2sGenHostGlue>Compiled</I2sGenHostGlue>\n  </PropertyGroup>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(library, "Microphones.cs"), LibraryBindings);

        PackedPackage.Dotnet(workspace, "new", "console", "-n", "App", "-o", "App");
        var app = Path.Combine(workspace, "App");
        PackedPackage.Dotnet(app, "add", "reference", Path.Combine("..", "Audio", "Audio.csproj"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            foreach (var read in Audio.Recorder.ReadOneBufferEach())
            {
                System.Console.WriteLine(read);
            }
            """);

        var tests = Path.Combine(workspace, "Audio.Tests");
        Directory.CreateDirectory(tests);
        File.WriteAllText(Path.Combine(tests, "Audio.Tests.csproj"), TestProject);
        File.WriteAllText(Path.Combine(tests, "RecorderTests.cs"), """
            public sealed class RecorderTests
            {
                [Xunit.Fact]
                public void EveryMicrophoneDeliversABuffer() =>
                    Xunit.Assert.Equal(new[] { "mikrofon_a 960", "麦克风 960", "long 1920" }, Audio.Recorder.ReadOneBufferEach());
            }
            """);

        // App -> Audio: built and run from the app's output folder.
        PackedPackage.Dotnet(app, "build");
        var appOutput = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(appOutput, HostLibrary("Audio"))), "host library next to Audio.dll in " + appOutput);
        AssertReadsEveryMicrophone(PackedPackage.Dotnet(app, Path.Combine(appOutput, "App.dll")));

        // The awkward class names gave legal ASCII file names (and C function names: the host library compiled).
        var native = Path.Combine(library, "bin", "Debug", "net10.0", "i2sgen");
        var files = Directory.GetFiles(native, "*_i2s.c").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(3, files.Length);
        Assert.Contains("mikrofon_a_ac3f7e70_i2s.c", files);
        Assert.Contains("binding_3b049573_i2s.c", files);
        Assert.All(files, static file => Assert.Matches("^[a-z][a-z0-9_]{0,63}_i2s\\.c$", file!));

        // Tests -> Audio: dotnet test runs the bindings from the test project's output folder.
        PackedPackage.Dotnet(tests, "test");

        // A publish for a runtime identifier carries the library's host library too.
        var rid = RuntimeInformation.RuntimeIdentifier;
        var published = Path.Combine(workspace, "published");
        PackedPackage.Dotnet(app, "publish", "-r", rid, "--self-contained", "false", "-o", published);
        Assert.True(File.Exists(Path.Combine(published, HostLibrary("Audio"))), "host library published for " + rid);
        AssertReadsEveryMicrophone(PackedPackage.Dotnet(workspace, Path.Combine(published, "App.dll")));

        // dotnet clean of the app cleans the library too: firmware files, host library and its copies are gone.
        PackedPackage.Dotnet(app, "clean");
        Assert.False(Directory.Exists(native), native + " still exists after dotnet clean");
        foreach (var project in new[] { library, app })
        {
            foreach (var folder in new[] { "bin", "obj" })
            {
                var debug = Path.Combine(project, folder, "Debug");
                Assert.Empty(Directory.GetFiles(debug, HostLibrary("Audio"), SearchOption.AllDirectories));
            }
        }
    }

    private const string LibraryBindings = """
        // Bus 0 is shared by two bindings used one at a time: I2S0309 says so, and this library means it.
        #pragma warning disable I2S0309

        namespace Audio;

        using I2sGen;
        using Long = Audio.TheMicrophoneOnTheLeftSideOfTheSecondRevisionOfTheConferenceRoomBoardThatWeShippedInTheAutumnOfTheYearAfterTheFirstOneAndThenRevisedTwiceForTheCustomerWhoWantedALongerCableBetweenTheBoardAndTheMicrophoneArray;

        // Class names C cannot spell: non-ASCII, and longer than a file name should be.
        [I2sMicrophone(Bus = 0, Bck = 14, Ws = 25, Sdin = 34, DataFormat = I2sDataFormat.B32,
                       ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaCount = 4, DmaLength = 240)]
        public partial class Mikrofon_Ä { }

        [I2sMicrophone(Bus = 1, Bck = 26, Ws = 27, Sdin = 35, DataFormat = I2sDataFormat.B32,
                       ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaCount = 4, DmaLength = 240)]
        public partial class 麦克风 { }

        [I2sMicrophone(Bus = 0, Bck = 32, Ws = 33, Sdin = 36, DataFormat = I2sDataFormat.B32,
                       ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 48000, DmaCount = 4, DmaLength = 240)]
        public partial class TheMicrophoneOnTheLeftSideOfTheSecondRevisionOfTheConferenceRoomBoardThatWeShippedInTheAutumnOfTheYearAfterTheFirstOneAndThenRevisedTwiceForTheCustomerWhoWantedALongerCableBetweenTheBoardAndTheMicrophoneArray { }

        public static class Recorder
        {
            public static string[] ReadOneBufferEach()
            {
                int first, second, third;
                using (var mic = new Mikrofon_Ä())
                {
                    first = mic.ReadInto(new byte[Mikrofon_Ä.DmaBufferBytes]);
                }

                using (var mic = new 麦克风())
                {
                    second = mic.ReadInto(new byte[麦克风.DmaBufferBytes]);
                }

                using (var mic = new Long())
                {
                    third = mic.ReadInto(new byte[Long.DmaBufferBytes]);
                }

                return new[] { "mikrofon_a " + first, "麦克风 " + second, "long " + third };
            }
        }
        """;

    // The repository's own test framework versions, so restore finds them in the machine's package cache.
    private static readonly string TestProject = $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="{Path.Combine("..", "Audio", "Audio.csproj")}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>The first C# block of the README's "30-second example" section, as a user would paste it.</summary>
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.IndexOf("## 30-second example", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no \"30-second example\" section");
        var start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var end = readme.IndexOf("```\n", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static void AssertRunsTheExample(ProcessRunner.Result run) =>
        Assert.Matches(new Regex(@"read \d+ \+ 1024 bytes; 16000(\.\d+)? Hz real, \d+ µs buffered", RegexOptions.CultureInvariant), run.StandardOutput);

    private static void AssertReadsEveryMicrophone(ProcessRunner.Result run) =>
        Assert.Equal("mikrofon_a 960\n麦克风 960\nlong 1920\n", run.StandardOutput.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static (int Line, int Column) Position(string text, int index)
    {
        Assert.True(index >= 0);
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }
}
