using System;
using System.IO;
using System.Linq;
using I2sGen.Generator.Emit;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace I2sGen.Build;

/// <summary>
/// MSBuild task: finds the generator's native payload among the compiler-generated files, and writes the native
/// files it carries to <see cref="OutputDirectory"/> (see <see cref="NativeFileWriter"/> for the on-disk rules).
/// </summary>
public sealed class WriteI2sNativeFiles : Task
{
    /// <summary>The compiler's generated-files folder ($(CompilerGeneratedFilesOutputPath)).</summary>
    [Required]
    public string GeneratedFilesDirectory { get; set; } = string.Empty;

    /// <summary>Where the native files go ($(I2sGenNativeOutputPath)).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Every native file now in the output folder.</summary>
    [Output]
    public ITaskItem[] NativeFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The ESP-IDF target the C was generated for (e.g. <c>esp32</c>); empty when there are no bindings.</summary>
    [Output]
    public string IdfTarget { get; private set; } = string.Empty;

    /// <summary>The C sources among them (what the host library compiles).</summary>
    [Output]
    public ITaskItem[] CSources { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        if (!Directory.Exists(GeneratedFilesDirectory))
        {
            Log.LogMessage(MessageImportance.Low, "I2sGen: no generated files in {0}; nothing to write.", GeneratedFilesDirectory);
            return true;
        }

        var payloads = Directory.GetFiles(GeneratedFilesDirectory, NativePayloadFileName, SearchOption.AllDirectories);
        if (payloads.Length == 0)
        {
            Log.LogMessage(MessageImportance.Low, "I2sGen: no native payload found; nothing to write.");
            return true;
        }

        if (payloads.Length > 1)
        {
            Log.LogError("I2sGen: found {0} native payloads under {1}; expected one.", payloads.Length, GeneratedFilesDirectory);
            return false;
        }

        try
        {
            var payload = File.ReadAllText(payloads[0]);
            var files = NativePayload.Parse(payload);
            IdfTarget = NativePayload.ParseTarget(payload) ?? string.Empty;
            var result = new NativeFileWriter(OutputDirectory).Write(files);
            foreach (var path in result.Written)
            {
                Log.LogMessage(MessageImportance.Normal, "I2sGen: wrote {0}", path);
            }

            foreach (var path in result.Removed)
            {
                Log.LogMessage(MessageImportance.Normal, "I2sGen: removed stale {0}", path);
            }

            NativeFiles = files.Select(file => (ITaskItem)new TaskItem(Path.Combine(OutputDirectory, file.FileName))).ToArray();
            CSources = NativeFiles.Where(static item => item.ItemSpec.EndsWith(".c", StringComparison.Ordinal)).ToArray();
            if (files.Count > 0)
            {
                Log.LogMessage(MessageImportance.High, "I2sGen: {0} native files in {1} ({2} written, {3} removed)",
                    files.Count, OutputDirectory, result.Written.Count, result.Removed.Count);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Log.LogError("I2sGen: could not write native files to {0}: {1}", OutputDirectory, exception.Message);
            return false;
        }
    }

    /// <summary>The hint name the generator gives the one payload of a compilation.</summary>
    public const string NativePayloadFileName = NativePayload.CompilationHintName;
}
