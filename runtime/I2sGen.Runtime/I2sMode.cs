namespace I2sGen
{
    /// <summary>Direction and role of an I2S binding. Values are the seed's (and legacy ESP-IDF's) mode bit sets.</summary>
    public enum I2sMode
    {
        /// <summary>The ESP32 drives BCK and WS and transmits on SDOUT (I2S_MODE_MASTER | I2S_MODE_TX).</summary>
        MasterTx = 5,

        /// <summary>The ESP32 drives BCK and WS and receives on SDIN (I2S_MODE_MASTER | I2S_MODE_RX).</summary>
        MasterRx = 9,
    }
}
