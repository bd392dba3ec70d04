namespace I2sGen.Generator.Emit;

/// <summary>
/// The threading contract of a binding, stated once: the C header comment and the C# class documentation both print
/// these lines, and docs/user-guide.md section 8 says the same.
/// </summary>
internal static class ThreadingContract
{
    public static readonly string[] Lines =
    {
        "Threads: any call may come from any task or thread. Transfers on one binding are serialised; a second caller",
        "waits for the first (as behind the ESP-IDF driver's channel mutex); init and deinit are serialised too.",
        "Deinit or Dispose while another thread is inside a transfer is safe, for C callers as for C#: the transfer ends",
        "and its caller gets the bytes it moved, or ObjectDisposedException in C# (ESP_ERR_INVALID_STATE in C), never a",
        "crash; transfers after that fail the same way. Deinit returns once no transfer is left inside the driver.",
    };
}
