using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using I2sGen.Generator.Emit;
using I2sGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace I2sGen.Tests.Native;

/// <summary>
/// Runs the C tool chain (gcc, g++, nm, clang-format, cmake) for the native tests. A missing tool fails the test
/// with a message naming it: these tests are the proof that the generated C builds, so they never skip.
/// </summary>
internal static class NativeTools
{
    /// <summary>The flags the brief requires every generated .c to pass.</summary>
    public static readonly string[] StrictCFlags = { "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic" };

    /// <summary>Extra warnings ESP-IDF projects commonly enable; the generated code is clean under them too.</summary>
    public static readonly string[] ExtraCFlags = { "-Wshadow", "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wconversion", "-Wsign-conversion" };

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Describe(string command) => command + " exited with " + ExitCode + "\n" + StandardOutput + StandardError;
    }

    public static Result Run(string tool, IEnumerable<string> arguments, string workingDirectory, string? standardInput = null)
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

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new XunitException(tool + " could not be started");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new XunitException($"'{tool}' is required by the native tests but could not be run ({exception.Message}); install it and put it on PATH.");
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

            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new XunitException(tool + " did not finish within 2 minutes");
            }

            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Writes native files into a fresh temporary directory, which is deleted when the result is disposed.</summary>
    public static TempDirectory WriteFiles(IEnumerable<NativeFile> files)
    {
        var directory = new TempDirectory();
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(directory.Path, file.FileName), file.Content, new UTF8Encoding(false));
        }

        return directory;
    }

    /// <summary>Compiles one C file against the generated headers and the ESP-IDF stand-ins in native/include.</summary>
    public static Result CompileC(string directory, string sourceFile, IEnumerable<string> extraFlags, string objectFile)
    {
        var arguments = new List<string>(StrictCFlags);
        arguments.AddRange(extraFlags);
        arguments.AddRange(new[] { "-I", directory, "-I", RepoPaths.NativeInclude, "-c", sourceFile, "-o", objectFile });
        return Run("gcc", arguments, directory);
    }

    public sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "i2sgen-native-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless; never hide the test's own result behind cleanup.
            }
        }
    }
}
