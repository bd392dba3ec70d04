using System;
using System.IO;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// What a user sees from <c>dotnet build</c>: analyzer errors fail the build with the rule's message and no native
/// files; an MSBuild property selects the target over the assembly attribute, with warning I2S0003.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class BuildDiagnosticsTests : IDisposable
{
    private readonly ThrowawayProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void InputOnlyClockPinFailsTheBuildWithTheFix()
    {
        _project.WriteProject();
        _project.WriteProgram("""
            [I2sGen.I2sSpeaker(Bck = 34, Ws = 22, Sdout = 27, DataFormat = I2sGen.I2sDataFormat.B16,
                ChannelFormat = I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000)]
            public partial class Amp { }
            """);
        var result = _project.Build();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error I2S0302", result.Output, StringComparison.Ordinal);
        Assert.Contains("GPIO34 is input-only on ESP32 and cannot drive BCK", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_project.DefaultNativeDirectory, "amp_i2s.c")));
    }

    [Fact]
    public void MsBuildPropertyWinsOverAssemblyAttribute()
    {
        // TreatWarningsAsErrors would turn I2S0003 into an error; this project wants to see it as a warning. The host
        // library is requested too: the simulator models the ESP32 only, so the build must skip it and say why.
        _project.WriteProject("<WarningsNotAsErrors>I2S0003</WarningsNotAsErrors><I2sGenChip>esp32s3</I2sGenChip>"
            + $"<I2sGenBuildHostLibrary>true</I2sGenBuildHostLibrary><I2sGenNativeRoot>{RepoPaths.Native}/</I2sGenNativeRoot>");
        _project.WriteProgram("""
            [assembly: I2sGen.I2sTarget(Chip = I2sGen.I2sChip.Esp32)]
            [I2sGen.I2sMicrophone(Bck = 4, Ws = 5, Sdin = 6, DataFormat = I2sGen.I2sDataFormat.B32,
                ChannelFormat = I2sGen.I2sChannelFormat.OnlyLeft, SampleRate = 16000)]
            public partial class Mic { }
            """);
        var result = _project.Build().AssertSuccess("dotnet build with I2sGenChip=esp32s3");

        Assert.Contains("warning I2S0003", result.Output, StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(_project.DefaultNativeDirectory, "mic_i2s.c"));
        Assert.Contains("ESP32-S3", source, StringComparison.Ordinal);
        Assert.Contains("the host simulator models the ESP32 only; no host library is built for esp32s3", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_project.OutputDirectory, "lib" + ThrowawayProject.Name + ".I2sHost.so")));
    }
}
