using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyNativeVersion("1.0.0.0")]

namespace I2sGen.Interop
{
    /// <summary>
    /// The native methods every I2sGen wrapper calls on nanoFramework, implemented by the nanoCLR glue I2sGen generates
    /// for the firmware. A static class: no constructor, so the metadata processor's lookup table is exactly these six.
    /// Each returns the esp_err_t of the binding's C function (0 = ESP_OK).
    /// </summary>
    public static class I2sNative
    {
        /// <summary>Starts binding <paramref name="binding"/> if the firmware's copy has <paramref name="fingerprint"/>.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Init(int binding, int fingerprint);

        /// <summary>Stops binding <paramref name="binding"/>.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Deinit(int binding);

        /// <summary>Reads into buffer[offset .. offset + count).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Read(int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int bytesRead);

        /// <summary>Reads into the span.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ReadSpan(int binding, System.SpanByte buffer, int timeoutMs, ref int bytesRead);

        /// <summary>Writes buffer[offset .. offset + count).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Write(int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int bytesWritten);

        /// <summary>Writes the span.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int WriteSpan(int binding, System.SpanByte buffer, int timeoutMs, ref int bytesWritten);
    }
}
