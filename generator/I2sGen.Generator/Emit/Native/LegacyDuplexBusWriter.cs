using System.Globalization;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The full-duplex bus on the legacy driver (driver/deprecated/i2s_legacy.c at v5.5.1, driver/i2s.c at v4.4.7): one
/// <c>i2s_driver_install</c> with <c>I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_RX</c> and one <c>i2s_config_t</c> for
/// both directions (rate, bits, channel format, DMA, clock source: the transmitting member's, which the rules make the
/// receiving member's too); i2s_set_slot_legacy shares BCK and WS (<c>i2s_ll_share_bck_ws</c>) and makes RX a slave of
/// TX. One <c>i2s_set_pin</c> routes the shared BCK/WS/MCLK, TX's data out and RX's data in.
/// The legacy driver has no per-direction stop (<c>i2s_stop</c>/<c>i2s_start</c> act on both), so a closed member's
/// direction keeps running until the last member closes and the driver is uninstalled: RX keeps filling its ring (its
/// ISR drops the oldest buffer when the queue is full) and is drained when the microphone opens again; TX sends what is
/// still queued, at most its DMA latency, then zeros, since <c>tx_desc_auto_clear</c> zeroes every buffer it has sent.
/// <c>i2s_zero_dma_buffer</c> would silence TX at once but also wipes RX's unread buffers, so it is not used.
/// </summary>
internal static class LegacyDuplexBusWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteDeclarations(CodeWriter writer, BusNames names) => writer.Line($$"""
        /**
         * @brief Opens one direction of {{names.Port}}: the first opening (of either member) installs the legacy driver in
         *        TX|RX mode with both data pins.
         *
         * @return ESP_OK, ESP_ERR_INVALID_STATE (this direction is open already), or the driver's error (logged)
         */
        esp_err_t {{names.Open}}(bool rx);

        /** @brief Closes one direction; the last one to close uninstalls the driver. */
        esp_err_t {{names.Close}}(bool rx);
        """);

    public static void WriteDefinitions(CodeWriter writer, SharedBusSpec bus, BusNames names)
    {
        var tx = SharedBusEmitter.Transmitter(bus);
        var rx = SharedBusEmitter.Receiver(bus);
        var scratchFrames = SharedBusEmitter.StaleScratchFrames(rx);
        SharedBusEmitter.WriteBusLock(writer, names);
        writer.Line();
        using (CLayout.Function(writer, "static esp_err_t install(", "void"))
        {
            if (tx.Config.DmaCount != rx.Config.DmaCount || tx.Config.DmaLength != rx.Config.DmaLength || tx.Config.ChannelFormat != rx.Config.ChannelFormat)
            {
                writer.Line("/* The legacy driver takes one DMA setting and one channel format for both directions: the transmitting member's. */");
            }

            LegacyDriverEmitter.WriteDriverConfig(writer, tx.Config, tx.Figures, "I2S_MODE_TX | I2S_MODE_RX");
            writer.Line("esp_err_t err = i2s_driver_install(" + names.Port + ", &i2s_config, 0, NULL);");
            CSourceWriter.WriteFailureReturn(writer, "i2s_driver_install");
            writer.Line($$"""

                /* BCK, WS and MCLK once for both; data out for {{tx.FullName}}, data in for {{rx.FullName}}. */
                const i2s_pin_config_t pin_config = {
                    .mck_io_num = {{CSourceWriter.LegacyGpio(tx.Config.Mclk)}},
                    .bck_io_num = {{CSourceWriter.LegacyGpio(tx.Config.Bck)}},
                    .ws_io_num = {{CSourceWriter.LegacyGpio(tx.Config.Ws)}},
                    .data_out_num = {{CSourceWriter.LegacyGpio(tx.Config.Sdout)}},
                    .data_in_num = {{CSourceWriter.LegacyGpio(rx.Config.Sdin)}},
                };
                err = i2s_set_pin({{names.Port}}, &pin_config);
                """);
            CSourceWriter.WriteFailureReturn(writer, "i2s_set_pin", "(void)i2s_driver_uninstall(" + names.Port + ");");
            writer.Line("return ESP_OK;");
        }

        writer.Line($$"""

            /*
             * While the microphone was closed its direction kept running: drop what RX captured meanwhile, so the reopened
             * microphone reads fresh audio: whole frames at a time, never waiting, until the first short read (reading is
             * far faster than the ring refills). Scratch: {{scratchFrames.ToString(Inv)}} frames of {{rx.Figures.BytesPerFrame.ToString(Inv)}} bytes.
             */
            static void drop_stale_rx(void)
            {
                uint8_t scratch[{{(scratchFrames * rx.Figures.BytesPerFrame).ToString(Inv)}}];
                size_t n = sizeof scratch;
                while (n == sizeof scratch) {
                    n = 0;
                    esp_err_t err = i2s_read({{names.Port}}, scratch, sizeof scratch, &n, 0);
                    if (err != ESP_OK && err != ESP_ERR_TIMEOUT) {
                        break;
                    }
                }
            }

            static esp_err_t open_locked(bool rx)
            {
                const unsigned dir = rx ? BUS_RX : BUS_TX;
                if ((s_open & dir) != 0) {
                    ESP_LOGE(TAG, "the %s direction of {{names.Port}} is open already", rx ? "RX" : "TX");
                    return ESP_ERR_INVALID_STATE;
                }
                if (s_open == 0) {
                    esp_err_t err = install();
                    if (err != ESP_OK) {
                        return err;
                    }
                } else if (rx) {
                    drop_stale_rx();
                }
                s_open |= dir;
                return ESP_OK;
            }

            esp_err_t {{names.Open}}(bool rx)
            {
                if (!take_lock()) {
                    return ESP_ERR_INVALID_STATE;
                }
                esp_err_t err = open_locked(rx);
                (void)xSemaphoreGive(s_lock);
                return err;
            }

            esp_err_t {{names.Close}}(bool rx)
            {
                if (!take_lock()) {
                    return ESP_ERR_INVALID_STATE;
                }
                esp_err_t err = ESP_OK;
                const unsigned dir = rx ? BUS_RX : BUS_TX;
                if (s_open == dir) {
                    /* The last member closed: free the port, its DMA buffers and its pins. */
                    err = i2s_driver_uninstall({{names.Port}});
                    if (err != ESP_OK) {
                        ESP_LOGE(TAG, "i2s_driver_uninstall failed: %s", esp_err_to_name(err));
                    }
                }
                s_open &= ~dir;
                (void)xSemaphoreGive(s_lock);
                return err;
            }
            """);
    }
}
