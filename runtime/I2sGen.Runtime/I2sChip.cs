namespace I2sGen
{
    /// <summary>The ESP32-family chip the firmware is built for.</summary>
    public enum I2sChip
    {
        /// <summary>The original ESP32 (2 I2S controllers, APLL, GPIO34-39 input only).</summary>
        Esp32 = 0,

        /// <summary>ESP32-S2 (1 controller, APLL, no PDM).</summary>
        Esp32S2 = 1,

        /// <summary>ESP32-S3 (2 controllers, TDM, PDM).</summary>
        Esp32S3 = 2,

        /// <summary>ESP32-C3 (1 controller).</summary>
        Esp32C3 = 3,

        /// <summary>ESP32-C6 (1 controller).</summary>
        Esp32C6 = 4,

        /// <summary>ESP32-H2 (1 controller, 96 MHz I2S clock source).</summary>
        Esp32H2 = 5,

        /// <summary>ESP32-P4 (3 controllers, 4032-byte DMA buffers).</summary>
        Esp32P4 = 6,

        /// <summary>ESP32-C5 (1 controller; ESP-IDF 5.5.1 or later).</summary>
        Esp32C5 = 7,

        /// <summary>ESP32-C61 (1 controller; ESP-IDF 5.5.1 or later).</summary>
        Esp32C61 = 8,
    }
}
