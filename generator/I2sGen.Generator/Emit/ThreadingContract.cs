namespace I2sGen.Generator.Emit;

/// <summary>
/// The threading contract of a binding, stated once: the C header comment and the C# class documentation both print
/// these lines, and docs/user-guide.md section 8 says the same.
/// </summary>
internal static class ThreadingContract
{
    public static readonly string[] Lines =
    {
        "Threads: transfers on one binding are serialised; a second caller waits for the first (as behind the ESP-IDF",
        "driver's channel mutex). Deinit or Dispose while another thread is inside a transfer is safe: the transfer ends",
        "and its caller gets the bytes it moved, or ObjectDisposedException in C# (an error code in C), never a",
        "crash; transfers after that fail the same way. Deinit returns once no transfer is left inside the driver.",
    };
}
