using System;
using System.IO;
using I2sGen.Generator;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// A project in a temp folder that consumes I2sGen exactly as a user project does (generator as analyzer, runtime
/// reference, build props/targets), for end-to-end tests that run <c>dotnet build</c>. Deleted on dispose.
/// </summary>
public sealed class ThrowawayProject : IDisposable
{
    public const string Name = "E2eApp";

    private readonly TempDirectory _directory = new("i2sgen-e2e-");

    public string DirectoryPath => _directory.Path;

    public string OutputDirectory => Path.Combine(DirectoryPath, "bin", BuildConfiguration.Name, "net10.0");

    public string DefaultNativeDirectory => Path.Combine(OutputDirectory, "i2sgen");

    public void WriteProject(string extraProperties = "")
    {
        var testBin = AppContext.BaseDirectory;
        var build = Path.Combine(RepoPaths.Root, "generator", "I2sGen.Generator", "build");
        File.WriteAllText(Path.Combine(DirectoryPath, Name + ".csproj"), $"""
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

    public void WriteProgram(string code) =>
        File.WriteAllText(Path.Combine(DirectoryPath, "Program.cs"), code + "\npublic static class Program { public static void Main() { } }\n");

    public ProcessRunner.Result Build() => ProcessRunner.DotnetBuild(Name + ".csproj", DirectoryPath);

    public void Dispose() => _directory.Dispose();
}
