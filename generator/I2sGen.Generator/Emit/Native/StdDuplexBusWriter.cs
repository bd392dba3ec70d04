using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The full-duplex bus on the std driver (ESP-IDF 5.x, i2s_common.c and i2s_std.c at v5.5.1):
/// <list type="bullet">
/// <item>One <c>i2s_new_channel(&amp;chan_cfg, &amp;tx, &amp;rx)</c> marks the controller full duplex. Both channels get
/// the one config's <c>dma_desc_num</c> and <c>dma_frame_num</c>; each buffer's bytes follow its own slot config.</item>
/// <item>Each channel gets its own member's <c>i2s_std_config_t</c>. In full duplex i2s_std_set_slot shares BCK and
/// WS (<c>i2s_ll_share_bck_ws</c>) and makes RX a slave: TX's clock is the bus clock. On ESP32 and ESP32-S2 (I2S
/// hardware version 1) both directions also program one clock divider; newer chips have one per direction, but RX
/// still follows TX's BCK. GPIOs: i2s_std_set_gpio routes BCK/WS to the TX master signals for both channels (the same
/// pins twice), dout from TX's config, din (input) from RX's; each config names only its own data pin, since ESP-IDF
/// loops a channel back when dout equals din.</item>
/// <item>RX needs TX's clock, so TX is enabled whenever a member is open; with no speaker open it sends the zeros
/// <c>auto_clear</c> leaves in its buffers. A member's deinit disables its own direction (ending a transfer blocked in
/// the driver, as alone); when the speaker closes while the microphone runs, TX is filled with silence
/// (<c>i2s_channel_preload_data</c>) and enabled again, so the closed speaker plays silence, not stale audio. The last
/// member to close disables TX and deletes both channels.</item>
/// </list>
/// </summary>
internal static class StdDuplexBusWriter
{
    public static void WriteDeclarations(CodeWriter writer, BusNames names) => writer.Line($$"""
        /**
         * @brief Opens one direction of {{names.Port}}. The first opening (of either member) creates both channels with one
         *        i2s_new_channel call and gives each its member's configuration; TX is enabled whenever the bus is open
         *        (RX is clocked by it), RX when its member opens.
         *
         * @param[in]  rx      true for the receiving member, false for the transmitting one
         * @param[out] handle  The member's channel
         * @return ESP_OK, ESP_ERR_INVALID_STATE (this direction is open already), or the driver's error (logged)
         */
        esp_err_t {{names.Open}}(bool rx, i2s_chan_handle_t *handle);

        /** @brief Disables one open direction, which ends a transfer blocked in the driver. */
        esp_err_t {{names.Stop}}(bool rx);

        /** @brief Closes one direction after {{names.Stop}}; the last one to close deletes both channels. */
        esp_err_t {{names.Close}}(bool rx);
        """);

    public static void WriteDefinitions(CodeWriter writer, SharedBusSpec bus, BusNames names, ChipInfo chip)
    {
        var tx = SharedBusEmitter.Transmitter(bus);
        var rx = SharedBusEmitter.Receiver(bus);
        SharedBusEmitter.WriteBusLock(writer, names);
        writer.Line("""

            /* Both channels (NULL while no member is open) and whether each runs; under s_lock. */
            static i2s_chan_handle_t s_tx = NULL;
            static i2s_chan_handle_t s_rx = NULL;
            static bool s_tx_enabled = false;
            static bool s_rx_enabled = false;

            static void delete_channels(void)
            {
                esp_err_t err = i2s_del_channel(s_rx);
                if (err != ESP_OK) {
                    ESP_LOGE(TAG, "i2s_del_channel (RX) failed: %s", esp_err_to_name(err));
                }
                err = i2s_del_channel(s_tx);
                if (err != ESP_OK) {
                    ESP_LOGE(TAG, "i2s_del_channel (TX) failed: %s", esp_err_to_name(err));
                }
                s_rx = NULL;
                s_tx = NULL;
                s_rx_enabled = false;
                s_tx_enabled = false;
            }

            """);
        using (CLayout.Function(writer, "static esp_err_t create_channels(", "void"))
        {
            if (tx.Config.DmaCount != rx.Config.DmaCount || tx.Config.DmaLength != rx.Config.DmaLength)
            {
                writer.Line("/* ESP-IDF takes one DMA setting for both channels: the transmitting member's is used. */");
            }

            StdDriverEmitter.WriteChannelConfig(writer, tx.Config);
            writer.Line("esp_err_t err = i2s_new_channel(&chan_cfg, &s_tx, &s_rx);");
            using (writer.Scope("if (err != ESP_OK) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "i2s_new_channel failed: %s", "esp_err_to_name(err)");
                writer.Line("s_tx = NULL;");
                writer.Line("s_rx = NULL;");
                writer.Line("return err;");
            }

            writer.Line();
            writer.Line("/* " + tx.FullName + ": the clock master. */");
            StdDriverEmitter.WriteStdConfig(writer, chip, tx.Config, tx.Figures, "tx_cfg");
            writer.Line("err = i2s_channel_init_std_mode(s_tx, &tx_cfg);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_channel_init_std_mode (TX)", "delete_channels();");
            writer.Line();
            writer.Line("/* " + rx.FullName + ": ESP-IDF makes RX a slave of TX's BCK and WS in full duplex. */");
            StdDriverEmitter.WriteStdConfig(writer, chip, rx.Config, rx.Figures, "rx_cfg");
            writer.Line("err = i2s_channel_init_std_mode(s_rx, &rx_cfg);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_channel_init_std_mode (RX)", "delete_channels();");
            writer.Line("return ESP_OK;");
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var frames = SharedBusEmitter.StaleScratchFrames(rx);
        var scratchFrames = frames.ToString(inv);
        var frameBytes = rx.Figures.BytesPerFrame.ToString(inv);
        var scratchBytes = (frames * rx.Figures.BytesPerFrame).ToString(inv);
        writer.Line($$"""

            /*
             * Enables TX, the clock of both directions. Its buffers may still hold audio the speaker wrote before it closed
             * (auto_clear zeroes a buffer only once it is sent), so they are filled with silence first.
             */
            static esp_err_t enable_tx(void)
            {
                static const uint8_t silence[64] = { 0 };
                size_t loaded = sizeof silence;
                while (loaded == sizeof silence) {
                    if (i2s_channel_preload_data(s_tx, silence, sizeof silence, &loaded) != ESP_OK) {
                        break;
                    }
                }
                esp_err_t err = i2s_channel_enable(s_tx);
                if (err != ESP_OK) {
                    ESP_LOGE(TAG, "i2s_channel_enable (TX) failed: %s", esp_err_to_name(err));
                    return err;
                }
                s_tx_enabled = true;
                return ESP_OK;
            }

            static esp_err_t open_locked(bool rx, i2s_chan_handle_t *handle)
            {
                const unsigned dir = rx ? BUS_RX : BUS_TX;
                if ((s_open & dir) != 0) {
                    ESP_LOGE(TAG, "the %s direction of {{names.Port}} is open already", rx ? "RX" : "TX");
                    return ESP_ERR_INVALID_STATE;
                }
                esp_err_t err;
                if (s_open == 0) {
                    err = create_channels();
                    if (err != ESP_OK) {
                        return err;
                    }
                }
                if (!s_tx_enabled) {
                    err = enable_tx();
                    if (err != ESP_OK) {
                        if (s_open == 0) {
                            delete_channels();
                        }
                        return err;
                    }
                }
                if (rx && s_rx_enabled) {
                    /*
                     * RX kept running while the microphone was closed (see {{names.Stop}}): drop what it captured meanwhile,
                     * whole frames at a time, never waiting, until the first short read. Scratch: {{scratchFrames}} frames of {{frameBytes}} bytes.
                     */
                    uint8_t scratch[{{scratchBytes}}];
                    size_t n = sizeof scratch;
                    while (n == sizeof scratch) {
                        n = 0;
                        err = i2s_channel_read(s_rx, scratch, sizeof scratch, &n, 0);
                        if (err != ESP_OK && err != ESP_ERR_TIMEOUT) {
                            break;
                        }
                    }
                } else if (rx) {
                    err = i2s_channel_enable(s_rx);
                    if (err != ESP_OK) {
                        ESP_LOGE(TAG, "i2s_channel_enable (RX) failed: %s", esp_err_to_name(err));
                        if (s_open == 0) {
                            (void)i2s_channel_disable(s_tx);
                            s_tx_enabled = false;
                            delete_channels();
                        }
                        return err;
                    }
                    s_rx_enabled = true;
                }
                s_open |= dir;
                *handle = rx ? s_rx : s_tx;
                return ESP_OK;
            }

            esp_err_t {{names.Open}}(bool rx, i2s_chan_handle_t *handle)
            {
                if (!take_lock()) {
                    return ESP_ERR_INVALID_STATE;
                }
                esp_err_t err = open_locked(rx, handle);
                (void)xSemaphoreGive(s_lock);
                return err;
            }

            esp_err_t {{names.Stop}}(bool rx)
            {
                if (!take_lock()) {
                    return ESP_ERR_INVALID_STATE;
                }
                esp_err_t err = ESP_OK;
                /*
                 * The microphone stopping while the speaker plays leaves RX running: on the ESP32 both directions share one
                 * DMA enable bit (i2s_ll_enable_dma writes fifo_conf.dscr_en for either, hal/esp32 i2s_ll.h at v5.5.1),
                 * so disabling RX would halt the speaker's DMA too. Its reads already end within one 100 ms slice.
                 */
                const bool keep_rx = rx && (s_open & BUS_TX) != 0;
                if ((s_open & (rx ? BUS_RX : BUS_TX)) != 0 && (rx ? s_rx_enabled && !keep_rx : s_tx_enabled)) {
                    /* A channel that failed to stop earlier is already disabled: not an error. */
                    err = i2s_channel_disable(rx ? s_rx : s_tx);
                    if (err == ESP_ERR_INVALID_STATE) {
                        err = ESP_OK;
                    }
                    if (err != ESP_OK) {
                        ESP_LOGE(TAG, "i2s_channel_disable (%s) failed: %s", rx ? "RX" : "TX", esp_err_to_name(err));
                    } else if (rx) {
                        s_rx_enabled = false;
                    } else {
                        s_tx_enabled = false;
                    }
                }
                (void)xSemaphoreGive(s_lock);
                return err;
            }

            esp_err_t {{names.Close}}(bool rx)
            {
                if (!take_lock()) {
                    return ESP_ERR_INVALID_STATE;
                }
                esp_err_t err = ESP_OK;
                s_open &= ~(rx ? BUS_RX : BUS_TX);
                if (s_open == 0 && s_tx != NULL) {
                    /* The last member closed: stop the clock and free both channels, their DMA buffers and their pins. */
                    if (s_rx_enabled) {
                        (void)i2s_channel_disable(s_rx);
                        s_rx_enabled = false;
                    }
                    if (s_tx_enabled) {
                        (void)i2s_channel_disable(s_tx);
                        s_tx_enabled = false;
                    }
                    delete_channels();
                } else if (!rx && !s_tx_enabled) {
                    /* The speaker closed while the microphone runs: TX plays silence again, RX needs its clock. */
                    err = enable_tx();
                }
                (void)xSemaphoreGive(s_lock);
                return err;
            }
            """);
    }
}
