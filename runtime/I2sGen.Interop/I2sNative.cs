using System;
using System.Runtime.CompilerServices;

namespace I2sGen.Interop
{
    /// <summary>
    /// The native entry points of every I2sGen binding on nanoFramework, implemented by the nanoCLR glue I2sGen
    /// generates into the firmware. Generated wrappers call these; application code does not.
    /// </summary>
    /// <remarks>
    /// A static class has no constructor, so the metadata processor's method lookup table is exactly these six
    /// methods, in this order. Do not add, remove, reorder or change any member: the firmware finds each method by
    /// its position and checks the assembly's native checksum, which covers every signature here.
    /// </remarks>
    public static class I2sNative
    {
        /// <summary>Creates the I2S channel of a binding and configures it.</summary>
        /// <param name="binding">The binding's index in the build's binding list.</param>
        /// <param name="fingerprint">The fingerprint of the binding's configuration this code was built with.</param>
        /// <returns>The <c>esp_err_t</c> of the binding's C function (0 = <c>ESP_OK</c>).</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Init(int binding, int fingerprint);

        /// <summary>Stops and releases the I2S channel of a binding.</summary>
        /// <param name="binding">The binding's index in the build's binding list.</param>
        /// <returns>The <c>esp_err_t</c> of the binding's C function (0 = <c>ESP_OK</c>).</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Deinit(int binding);

        /// <summary>Reads received bytes into part of an array.</summary>
        /// <param name="binding">The binding's index in the build's binding list.</param>
        /// <param name="buffer">The array to fill.</param>
        /// <param name="offset">The first index of <paramref name="buffer"/> to fill.</param>
        /// <param name="count">The number of bytes to read at most.</param>
        /// <param name="timeoutMs">Milliseconds to wait; -1 waits for all of them, 0 does not wait.</param>
        /// <param name="bytesRead">Set to the number of bytes read.</param>
        /// <returns>The <c>esp_err_t</c> of the binding's C function (0 = <c>ESP_OK</c>).</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Read(int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int bytesRead);

        /// <summary>Reads received bytes into a span.</summary>
        /// <param name="binding">The binding's index in the build's binding list.</param>
        /// <param name="buffer">The bytes to fill.</param>
        /// <param name="timeoutMs">Milliseconds to wait; -1 waits for all of them, 0 does not wait.</param>
        /// <param name="bytesRead">Set to the number of bytes read.</param>
        /// <returns>The <c>esp_err_t</c> of the binding's C function (0 = <c>ESP_OK</c>).</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int ReadSpan(int binding, SpanByte buffer, int timeoutMs, ref int bytesRead);

        /// <summary>Writes part of an array for transmission.</summary>
        /// <param name="binding">The binding's index in the build's binding list.</param>
        /// <param name="buffer">The array holding the bytes.</param>
        /// <param name="offset">The first index of <paramref name="buffer"/> to send.</param>
        /// <param name="count">The number of bytes to write.</param>
        /// <param name="timeoutMs">Milliseconds to wait; -1 waits for all of them, 0 does not wait.</param>
        /// <param name="bytesWritten">Set to the number of bytes written.</param>
        /// <returns>The <c>esp_err_t</c> of the binding's C function (0 = <c>ESP_OK</c>).</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Write(int binding, byte[] buffer, int offset, int count, int timeoutMs, ref int bytesWritten);

        /// <summary>Writes a span for transmission.</summary>
        /// <param name="binding">The binding's index in the build's binding list.</param>
        /// <param name="buffer">The bytes to send.</param>
        /// <param name="timeoutMs">Milliseconds to wait; -1 waits for all of them, 0 does not wait.</param>
        /// <param name="bytesWritten">Set to the number of bytes written.</param>
        /// <returns>The <c>esp_err_t</c> of the binding's C function (0 = <c>ESP_OK</c>).</returns>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int WriteSpan(int binding, SpanByte buffer, int timeoutMs, ref int bytesWritten);
    }
}
