using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Linq;
using Xunit.Sdk;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// The one way tests run an external tool (gcc, nm, clang-format, cmake, bash, dotnet): arguments passed as a list
/// (no shell quoting), output captured, a time limit that kills the whole process tree. A missing tool fails the test
/// with a message naming it: the tests that need tools are the proof that the output builds, so they never skip.
/// </summary>
public static class ProcessRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>The exit code and everything the command printed, for assertion messages.</summary>
        /// <summary>Everything the command printed, standard output first.</summary>
        public string Output => StandardOutput + StandardError;

        public string Describe(string command) => command + " exited with " + ExitCode + "\n" + StandardOutput + StandardError;

        public Result AssertSuccess(string what)
        {
            if (ExitCode != 0)
            {
                throw new XunitException(Describe(what));
            }

            return this;
        }
    }

    public static Result Run(
        string tool, IEnumerable<string> arguments, string workingDirectory, string? standardInput = null, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only dotnet reads these; set for every tool so a nested build never prints banners or leaves build nodes behind.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new XunitException(tool + " could not be started");
        }
        catch (Win32Exception exception)
        {
            throw new XunitException($"'{tool}' is required by this test but could not be run ({exception.Message}); install it and put it on PATH.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
                process.StandardInput.Close();
            }

            var limit = timeout ?? DefaultTimeout;
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new XunitException($"{tool} did not finish within {limit}:\n{output.Result}{error.Result}");
            }

            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Runs <c>dotnet build</c> on a project without build servers, so every build is hermetic.</summary>
    /// <summary>Whether <paramref name="program"/> is an executable file in a PATH directory.</summary>
    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => System.IO.File.Exists(System.IO.Path.Combine(directory, program)));

    public static Result DotnetBuild(string project, string workingDirectory) =>
        Run("dotnet", new[] { "build", project, "-c", BuildConfiguration.Name, "--disable-build-servers", "-nologo", "-v:m" }, workingDirectory, timeout: TimeSpan.FromMinutes(5));
}

/// <summary>The configuration this test assembly was built in, so nested builds reuse the same outputs.</summary>
public static class BuildConfiguration
{
#if DEBUG
    public const string Name = "Debug";
#else
    public const string Name = "Release";
#endif
}
