using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using I2sGen.Generator;
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

    private readonly TempDirectory _temp = new("i2sgen-e2e-");

    private string ProjectDirectory => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void BuildWritesFilesKeepsThemStableAndRemovesStaleOnes()
    {
        WriteProject(extraProperties: string.Empty);
        WriteProgram(Microphone + Speaker, "public static class Util { public static int Value => 1; }");
        Build();

        var output = Path.Combine(ProjectDirectory, "bin", BuildConfiguration.Name, "net10.0", "i2sgen");
        var expected = new[] { "CMakeLists.txt", "amp_i2s.c", "amp_i2s.h", "desk_mic_i2s.c", "desk_mic_i2s.h" };
        Assert.Equal(expected, NativeFiles(output));
        var cmake = File.ReadAllText(Path.Combine(output, "CMakeLists.txt"));
        Assert.Contains("\"amp_i2s.c\"", cmake, StringComparison.Ordinal);
        Assert.Contains("\"desk_mic_i2s.c\"", cmake, StringComparison.Ordinal);

        // The C text is not compiled into the assembly.
        var assembly = File.ReadAllBytes(Path.Combine(ProjectDirectory, "bin", BuildConfiguration.Name, "net10.0", "E2eApp.dll"));
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
        Assert.Equal(new[] { "CMakeLists.txt", "desk_mic_i2s.c", "desk_mic_i2s.h" }, NativeFiles(output));
        Assert.DoesNotContain("amp_i2s.c", File.ReadAllText(Path.Combine(output, "CMakeLists.txt")), StringComparison.Ordinal);
        Assert.Equal(stamps[Path.Combine(output, "desk_mic_i2s.c")], File.GetLastWriteTimeUtc(Path.Combine(output, "desk_mic_i2s.c")));
    }

    [Fact]
    public void OutputFolderCanBeOverridden()
    {
        var custom = Path.Combine(ProjectDirectory, "firmware", "components", "i2s_bindings");
        WriteProject($"<I2sGenNativeOutputPath>{custom}</I2sGenNativeOutputPath>");
        WriteProgram(Microphone, string.Empty);
        Build();
        Assert.Equal(new[] { "CMakeLists.txt", "desk_mic_i2s.c", "desk_mic_i2s.h" }, NativeFiles(custom));
        Assert.False(Directory.Exists(Path.Combine(ProjectDirectory, "bin", BuildConfiguration.Name, "net10.0", "i2sgen")));
    }

    private static string[] NativeFiles(string directory) => Directory.GetFiles(directory)
        .Select(Path.GetFileName)
        .Where(static name => !name!.StartsWith('.'))
        .OrderBy(static name => name, StringComparer.Ordinal)
        .ToArray()!;

    private static Dictionary<string, DateTime> Stamps(string directory) =>
        Directory.GetFiles(directory).ToDictionary(static path => path, File.GetLastWriteTimeUtc);

    private void Build() => ProcessRunner.DotnetBuild("E2eApp.csproj", ProjectDirectory).AssertSuccess("dotnet build of the e2e project");

    private void WriteProgram(string bindings, string other) =>
        File.WriteAllText(Path.Combine(ProjectDirectory, "Program.cs"), bindings + "\n" + other + "\npublic static class Program { public static void Main() { } }\n");

    private void WriteProject(string extraProperties)
    {
        var testBin = AppContext.BaseDirectory;
        var build = Path.Combine(RepoPaths.Root, "generator", "I2sGen.Generator", "build");
        File.WriteAllText(Path.Combine(ProjectDirectory, "E2eApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <I2sGenBuildHostLibrary>false</I2sGenBuildHostLibrary>
                <I2sGenBuildTasksAssembly>{Path.Combine(testBin, "I2sGen.Build.dll")}</I2sGenBuildTasksAssembly>
                {extraProperties}
              </PropertyGroup>
              <Import Project="{Path.Combine(build, "I2sGen.props")}" />
              <ItemGroup>
                <Analyzer Include="{typeof(I2sBindingGenerator).Assembly.Location}" />
                <Reference Include="{typeof(I2sMicrophoneAttribute).Assembly.Location}" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "I2sGen.targets")}" />
            </Project>
            """);
    }
}

/// <summary>End-to-end tests run one at a time: they start builds that share outputs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "EndToEnd";
}
