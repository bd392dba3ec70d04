using System;
using System.Globalization;
using System.IO;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.EndToEnd;

/// <summary>
/// The I2sGen NuGet package, packed once per test run from this checkout into a folder feed under a temp directory
/// outside the repository, with a NuGet.config there that adds the folder as a package source (the machine's own
/// sources stay, for every other package). Projects created under <see cref="Root"/> restore it like a user's would.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly TempDirectory _root = new("i2sgen-newuser-");

    public PackedPackage()
    {
        // A version no registry has, so restore can only find this build's package in the folder feed.
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Feed = Path.Combine(Root, "feed");
        ProcessRunner.Run("dotnet", new[]
        {
            "pack", Path.Combine(RepoPaths.Root, "generator", "I2sGen.Package", "I2sGen.Package.csproj"),
            "-c", BuildConfiguration.Name, "-o", Feed, "-p:Version=" + Version, "--disable-build-servers", "-nologo", "-v:m",
            // CI installs the cross compilers: there a missing prebuilt host library fails the pack.
            "-p:I2sGenRequirePrebuiltHost=" + (Environment.GetEnvironmentVariable("I2SGEN_REQUIRE_CROSS") == "1" ? "true" : "false"),
        }, RepoPaths.Root, timeout: TimeSpan.FromMinutes(5)).AssertSuccess("dotnet pack");

        // Restored packages go to a folder of this run (the e2e version never lands in the machine's cache); the
        // machine's cache is a fallback folder, so packages it already holds (xunit for the test project) are not
        // downloaded again.
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="packages" />
              </config>
              <packageSources>
                <add key="i2sgen-local" value="feed" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{machineCache}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>The temp folder that holds the feed, its NuGet.config and the projects of the tests.</summary>
    public string Root => _root.Path;

    public string Feed { get; }

    public string Version { get; }

    /// <summary>A new folder under <see cref="Root"/> for one test's projects.</summary>
    public string NewWorkspace(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/> and fails the test with its output when it fails.</summary>
    public static ProcessRunner.Result Dotnet(string directory, params string[] arguments) =>
        Run(directory, arguments).AssertSuccess("dotnet " + string.Join(' ', arguments) + " in " + directory);

    /// <summary>Runs <c>dotnet</c>; build-like commands run without build servers (hermetic, no node left behind).</summary>
    public static ProcessRunner.Result Run(string directory, params string[] arguments)
    {
        var buildsSomething = arguments.Length > 0 && arguments[0] is "build" or "publish" or "test" or "clean";
        var all = buildsSomething ? [.. arguments, "--disable-build-servers", "-nologo"] : arguments;
        return ProcessRunner.Run("dotnet", all, directory, timeout: TimeSpan.FromMinutes(5));
    }

    public void Dispose() => _root.Dispose();
}
