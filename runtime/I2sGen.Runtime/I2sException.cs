using System;

namespace I2sGen
{
    /// <summary>
    /// An error the ESP-IDF I2S driver (or the host simulator standing in for it) reported through the generated C
    /// glue. Carries the raw <c>esp_err_t</c> so callers can react to specific codes, its name for logs, and the C
    /// function that failed. Argument and state mistakes are reported with the usual .NET exceptions instead.
    /// </summary>
    public sealed class I2sException : Exception
    {
        /// <summary>Creates the exception for <paramref name="errorCode"/> returned by the C function <paramref name="function"/>.</summary>
        /// <param name="errorCode">The <c>esp_err_t</c> value, e.g. <see cref="I2sError.NoMemory"/>.</param>
        /// <param name="function">The generated C function that returned it, e.g. <c>inmp441_i2s_init</c>.</param>
        public I2sException(int errorCode, string function)
            : base(function + " failed with " + I2sError.GetName(errorCode) + " (0x" + errorCode.ToString("X") + ")")
        {
            ErrorCode = errorCode;
            ErrorName = I2sError.GetName(errorCode);
            Function = function;
        }

        /// <summary>The <c>esp_err_t</c> value; compare with the <see cref="I2sError"/> constants.</summary>
        public int ErrorCode { get; }

        /// <summary>The name of <see cref="ErrorCode"/>, e.g. <c>ESP_ERR_NO_MEM</c>.</summary>
        public string ErrorName { get; }

        /// <summary>The generated C function that failed, e.g. <c>inmp441_i2s_read</c>.</summary>
        public string Function { get; }
    }
}
