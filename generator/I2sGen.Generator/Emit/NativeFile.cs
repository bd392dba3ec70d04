namespace I2sGen.Generator.Emit;

/// <summary>A native file the build writes to disk: its name (no directories) and its exact text.</summary>
internal sealed record NativeFile(string FileName, string Content);
