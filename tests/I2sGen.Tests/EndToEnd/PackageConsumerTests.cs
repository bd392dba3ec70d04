using System;
using System.IO;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// The NuGet package works the way users consume it: a project with only <c>&lt;PackageReference Include="I2sGen"/&gt;</c>
/// gets the analyzers, the generated wrapper, the firmware files on disk and the host library, and runs on the
/// simulator. The package is packed from this checkout and restored from a private folder (no registry involved).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageConsumerTests : IDisposable
{
    private readonly TempDirectory _temp = new("i2sgen-package-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PackageReferenceAloneBuildsGeneratesAndRuns()
    {
        var feed = Path.Combine(_temp.Path, "feed");
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        ProcessRunner.Run("dotnet", new[]
        {
            "pack", Path.Combine(RepoPaths.Root, "generator", "I2sGen.Package", "I2sGen.Package.csproj"),
            "-c", BuildConfiguration.Name, "-o", feed, "-p:Version=" + version, "--disable-build-servers", "-nologo", "-v:m",
        }, RepoPaths.Root, timeout: TimeSpan.FromMinutes(5)).AssertSuccess("dotnet pack");

        var app = Path.Combine(_temp.Path, "app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "PkgApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="I2sGen" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using I2sGen;
            using I2sGen.Host;

            I2sSimulator.Reset();
            I2sSimulator.AttachTone(0, 1000, 0.25);
            using var mic = new Mic();
            var buffer = new byte[Mic.DmaBufferBytes * 4];
            System.Console.WriteLine($"read {mic.ReadInto(buffer)} bytes at {Mic.RealSampleRate:0.###} Hz");

            [I2sMicrophone(Bck = 14, Ws = 25, Sdin = 34, DataFormat = I2sDataFormat.B32,
                           ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 48000, DmaCount = 4, DmaLength = 240)]
            public partial class Mic { }
            """);

        var packages = Path.Combine(_temp.Path, "packages");
        ProcessRunner.Run("dotnet", new[]
        {
            "build", "PkgApp.csproj", "-c", BuildConfiguration.Name, "-p:RestoreSources=" + feed,
            "-p:RestorePackagesPath=" + packages, "--disable-build-servers", "-nologo", "-v:m",
        }, app, timeout: TimeSpan.FromMinutes(5)).AssertSuccess("dotnet build of the package consumer");

        var output = Path.Combine(app, "bin", BuildConfiguration.Name, "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "i2sgen", "mic_i2s.c")));
        Assert.True(File.Exists(Path.Combine(output, "i2sgen", "CMakeLists.txt")));
        Assert.True(File.Exists(Path.Combine(output, "libPkgApp.I2sHost.so")));

        var run = ProcessRunner.Run("dotnet", new[] { Path.Combine(output, "PkgApp.dll") }, app).AssertSuccess("the package consumer");
        Assert.Contains("read 3840 bytes at 48000 Hz", run.Output, StringComparison.Ordinal);
    }
}
