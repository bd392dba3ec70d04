namespace I2sGen
{
    /// <summary>
    /// The ESP-IDF error codes (<c>esp_err_t</c>, from <c>esp_err.h</c>) that the generated C functions return, and
    /// their names. Generated wrappers compare against these instead of magic numbers, and <see cref="I2sException"/>
    /// names them in its message. Plain constants and a switch, so the same source runs on nanoFramework.
    /// </summary>
    public static class I2sError
    {
        /// <summary><c>ESP_OK</c>: success.</summary>
        public const int Ok = 0;

        /// <summary><c>ESP_FAIL</c>: a generic failure.</summary>
        public const int Fail = -1;

        /// <summary><c>ESP_ERR_NO_MEM</c>: out of memory (e.g. the DMA buffers could not be allocated).</summary>
        public const int NoMemory = 0x101;

        /// <summary><c>ESP_ERR_INVALID_ARG</c>: an argument the driver refused.</summary>
        public const int InvalidArgument = 0x102;

        /// <summary><c>ESP_ERR_INVALID_STATE</c>: not initialised, already initialised, or the port is in use.</summary>
        public const int InvalidState = 0x103;

        /// <summary><c>ESP_ERR_INVALID_SIZE</c>: a buffer length that is not a whole number of frames.</summary>
        public const int InvalidSize = 0x104;

        /// <summary><c>ESP_ERR_NOT_FOUND</c>: e.g. the IDF 5 driver found no free channel on the bus.</summary>
        public const int NotFound = 0x105;

        /// <summary><c>ESP_ERR_NOT_SUPPORTED</c>: the operation is not supported.</summary>
        public const int NotSupported = 0x106;

        /// <summary><c>ESP_ERR_TIMEOUT</c>: an operation timed out (the generated glue reports read/write timeouts as partial counts instead).</summary>
        public const int Timeout = 0x107;

        /// <summary><c>ESP_ERR_INVALID_RESPONSE</c>: a received response was invalid.</summary>
        public const int InvalidResponse = 0x108;

        /// <summary><c>ESP_ERR_INVALID_CRC</c>: a CRC or checksum was invalid.</summary>
        public const int InvalidCrc = 0x109;

        /// <summary><c>ESP_ERR_INVALID_VERSION</c>: a version was invalid.</summary>
        public const int InvalidVersion = 0x10A;

        /// <summary><c>ESP_ERR_INVALID_MAC</c>: a MAC address was invalid.</summary>
        public const int InvalidMac = 0x10B;

        /// <summary><c>ESP_ERR_NOT_FINISHED</c>: an operation has not fully completed.</summary>
        public const int NotFinished = 0x10C;

        /// <summary><c>ESP_ERR_NOT_ALLOWED</c>: the operation is not allowed.</summary>
        public const int NotAllowed = 0x10D;

        /// <summary>
        /// Returns the <c>esp_err_t</c> name of <paramref name="code"/> (e.g. <c>ESP_ERR_INVALID_STATE</c>), or
        /// <c>ESP_ERR_0x…</c> with the code in hexadecimal for a code this table does not know.
        /// </summary>
        public static string GetName(int code)
        {
            switch (code)
            {
                case Ok: return "ESP_OK";
                case Fail: return "ESP_FAIL";
                case NoMemory: return "ESP_ERR_NO_MEM";
                case InvalidArgument: return "ESP_ERR_INVALID_ARG";
                case InvalidState: return "ESP_ERR_INVALID_STATE";
                case InvalidSize: return "ESP_ERR_INVALID_SIZE";
                case NotFound: return "ESP_ERR_NOT_FOUND";
                case NotSupported: return "ESP_ERR_NOT_SUPPORTED";
                case Timeout: return "ESP_ERR_TIMEOUT";
                case InvalidResponse: return "ESP_ERR_INVALID_RESPONSE";
                case InvalidCrc: return "ESP_ERR_INVALID_CRC";
                case InvalidVersion: return "ESP_ERR_INVALID_VERSION";
                case InvalidMac: return "ESP_ERR_INVALID_MAC";
                case NotFinished: return "ESP_ERR_NOT_FINISHED";
                case NotAllowed: return "ESP_ERR_NOT_ALLOWED";
                default: return "ESP_ERR_0x" + code.ToString("X");
            }
        }
    }
}
