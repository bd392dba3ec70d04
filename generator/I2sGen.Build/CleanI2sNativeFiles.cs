using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace I2sGen.Build;

/// <summary>
/// MSBuild task run by <c>dotnet clean</c>: removes the native files <see cref="WriteI2sNativeFiles"/> wrote to
/// <see cref="OutputDirectory"/> (only those its manifest lists), and the folder when nothing else is in it.
/// </summary>
public sealed class CleanI2sNativeFiles : Task
{
    /// <summary>Where the native files were written ($(I2sGenNativeOutputPath)).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            var removed = new NativeFileWriter(OutputDirectory).Clean();
            foreach (var path in removed)
            {
                Log.LogMessage(MessageImportance.Normal, "I2sGen: deleted {0}", path);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file in use or a read-only folder must not fail the clean; say what was left behind.
            Log.LogWarning("I2sGen: could not remove the native files in {0}: {1}", OutputDirectory, exception.Message);
            return true;
        }
    }
}
