/*
 * DMA ring behaviour of the simulator with the new driver: virtual-time pacing, the three timeout
 * modes (portMAX_DELAY blocks until complete, 0 never blocks, t > 0 bounded per buffer), RX overrun
 * (oldest buffer dropped), TX underrun (silence with auto_clear, stale data without), preload,
 * disable/enable and the per-call cost.
 */
#include <stdlib.h>

#include "test_util.h"

/* 16 kHz, 16-bit stereo, 240 frames: 960-byte buffers, one every 15 ms. */
#define RATE 16000
#define FRAMES 240
#define BUF 960
#define PERIOD_US 15000

static i2s_chan_handle_t rx_channel(uint32_t desc)
{
    return std_channel(I2S_NUM_0, false, desc, FRAMES, RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, false, true);
}

static i2s_chan_handle_t tx_channel(uint32_t desc, bool auto_clear)
{
    return std_channel(I2S_NUM_1, true, desc, FRAMES, RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, auto_clear, true);
}

static void rx_pacing_blocking(void)
{
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    i2s_chan_handle_t rx = rx_channel(6);
    CHECK(rx != NULL);
    static uint8_t buf[BUF * 10];
    size_t n = 0;
    CHECK_EQ(i2s_channel_read(rx, buf, BUF, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, BUF);
    CHECK_EQ(i2s_sim_now_us(), PERIOD_US);
    CHECK_EQ(i2s_channel_read(rx, buf, sizeof buf, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    CHECK_EQ(i2s_sim_now_us(), 11 * PERIOD_US);
    for (uint32_t f = 0; f < 10 * FRAMES; f++) {
        if (i2s_sim_pattern_value(buf + f * 4, 4) != FRAMES + f + 1) {
            CHECK_EQ(i2s_sim_pattern_value(buf + f * 4, 4), FRAMES + f + 1);
            break;
        }
    }
    /* a partial buffer: the rest stays for the next read */
    CHECK_EQ(i2s_channel_read(rx, buf, 400, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(i2s_channel_read(rx, buf + 400, 560, &n, 0), ESP_OK);
    CHECK_EQ(n, 560);
    CHECK_EQ(i2s_sim_pattern_value(buf, 4), 11 * FRAMES + 1);
    CHECK_EQ(i2s_sim_pattern_value(buf + 956, 4), 12 * FRAMES);
    i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.app_bytes, 12 * BUF);
    CHECK_EQ(st.hw_frames, 12 * FRAMES);
    CHECK_EQ(st.overrun_frames, 0);
    CHECK_EQ(st.blocked_us, 12 * PERIOD_US);
}

static void rx_timeouts(void)
{
    i2s_chan_handle_t rx = rx_channel(6);
    uint8_t buf[BUF * 2];
    size_t n = 1;
    /* 0: never waits */
    CHECK_EQ(i2s_channel_read(rx, buf, BUF, &n, 0), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_sim_now_us(), 0);
    /* 5 ms is 0 ticks at 100 Hz: also never waits, as on the device */
    CHECK_EQ(i2s_channel_read(rx, buf, BUF, &n, 5), ESP_ERR_TIMEOUT);
    CHECK_EQ(i2s_sim_now_us(), 0);
    /* 10 ms = 1 tick < 15 ms period: waits exactly 10 ms, nothing read */
    CHECK_EQ(i2s_channel_read(rx, buf, BUF, &n, 10), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_sim_now_us(), 10000);
    /* 20 ms per buffer is enough for two buffers in a row (each wait <= 15 ms) */
    CHECK_EQ(i2s_channel_read(rx, buf, sizeof buf, &n, 20), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    CHECK_EQ(i2s_sim_now_us(), 2 * PERIOD_US);
    /* 1.5 buffers with 10 ms per buffer: the next buffer is 15 ms away, the first wait times out */
    CHECK_EQ(i2s_channel_read(rx, buf, BUF + BUF / 2, &n, 10), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_sim_now_us(), 2 * PERIOD_US + 10000);
    /* now 5 ms later a buffer is there; the second half buffer then times out after 10 ms */
    CHECK_EQ(i2s_channel_read(rx, buf, BUF + BUF / 2, &n, 10), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, BUF);
    CHECK_EQ(i2s_sim_now_us(), 3 * PERIOD_US + 10000);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).timeouts, 5);
}

static void rx_overrun(void)
{
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    i2s_chan_handle_t rx = rx_channel(4); /* queue of 3 */
    i2s_sim_advance_us(10 * PERIOD_US);
    i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.dma_buffers, 10);
    CHECK_EQ(st.queued_buffers, 3);
    CHECK_EQ(st.overrun_buffers, 7);
    CHECK_EQ(st.overrun_frames, 7 * FRAMES);
    static uint8_t buf[BUF * 4];
    size_t n = 0;
    CHECK_EQ(i2s_channel_read(rx, buf, sizeof buf, &n, 0), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 3 * BUF);
    CHECK_EQ(i2s_sim_pattern_value(buf, 4), 7 * FRAMES + 1); /* the oldest buffers were dropped */
    CHECK_EQ(i2s_sim_pattern_value(buf + 3 * BUF - 4, 4), 10 * FRAMES);
}

static void rx_disable_enable_discards(void)
{
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    i2s_chan_handle_t rx = rx_channel(6);
    uint8_t buf[BUF];
    size_t n = 0;
    i2s_sim_advance_us(3 * PERIOD_US);
    CHECK_EQ(i2s_channel_read(rx, buf, 400, &n, 0), ESP_OK);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.discarded_frames, (BUF - 400) / 4); /* the rest of the current buffer */
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.discarded_frames, (BUF - 400) / 4 + 2 * FRAMES); /* queue reset on enable */
    CHECK_EQ(i2s_channel_read(rx, buf, BUF, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(i2s_sim_pattern_value(buf, 4), 3 * FRAMES + 1);
    CHECK_EQ(st.hw_frames, st.app_frames + st.overrun_frames + st.discarded_frames);
}

/* Counts frames the sink received and checks what they contained. */
typedef struct {
    uint64_t frames, data_frames, zero_frames, next_value, order_errors;
} tx_check_t;

static void tx_check_sink(void *user, const uint8_t *data, uint32_t bytes, uint32_t data_bytes, uint32_t bpf)
{
    tx_check_t *c = user;
    for (uint32_t off = 0; off < bytes; off += bpf) {
        uint64_t v = i2s_sim_pattern_value(data + off, bpf);
        if (off < data_bytes) {
            if (v != c->next_value + 1) {
                c->order_errors++;
            }
            c->next_value = v;
            c->data_frames++;
        } else if (v == 0) {
            c->zero_frames++;
        }
        c->frames++;
    }
}

static void tx_underrun_with_auto_clear(void)
{
    tx_check_t chk = {0, 0, 0, 0, 0};
    CHECK_EQ(i2s_sim_sink_callback(1, tx_check_sink, &chk), ESP_OK);
    i2s_chan_handle_t tx = tx_channel(4, true);
    uint8_t buf[BUF];
    i2s_sim_pattern_fill(buf, 4, 0, FRAMES);
    size_t n = 0;
    /* slot 0 plays silence at once; the first write waits for its end */
    CHECK_EQ(i2s_channel_write(tx, buf, BUF, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, BUF);
    CHECK_EQ(i2s_sim_now_us(), PERIOD_US);
    i2s_sim_advance_us(3 * PERIOD_US); /* slots 1,2,3 silence, then slot 0 with our data */
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(st.hw_frames, 5 * FRAMES);
    CHECK_EQ(st.data_frames, FRAMES);
    CHECK_EQ(st.underrun_frames, 4 * FRAMES);
    CHECK_EQ(st.underrun_buffers, 4);
    CHECK_EQ(chk.data_frames, FRAMES);
    CHECK_EQ(chk.zero_frames, 4 * FRAMES);
    CHECK_EQ(chk.order_errors, 0);
    /* after it was sent, auto_clear zeroes slot 0: the next pass is silence again */
    i2s_sim_advance_us(4 * PERIOD_US);
    st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(chk.zero_frames, 8 * FRAMES);
    CHECK_EQ(st.underrun_frames, 8 * FRAMES);
}

static void tx_stale_without_auto_clear(void)
{
    CHECK_EQ(i2s_sim_sink_memory(1, 1 << 20), ESP_OK);
    i2s_chan_handle_t tx = tx_channel(2, false);
    uint8_t buf[BUF];
    i2s_sim_pattern_fill(buf, 4, 0, FRAMES);
    size_t n = 0;
    CHECK_EQ(i2s_channel_write(tx, buf, BUF, &n, portMAX_DELAY), ESP_OK); /* into slot 0 at 15 ms */
    i2s_sim_advance_us(4 * PERIOD_US);
    /* slot 0 is sent at 30 ms with data and again at 60 ms with the same (stale) data */
    static uint8_t played[BUF * 6];
    uint64_t got = i2s_sim_sink_memory_read(1, 0, played, sizeof played);
    CHECK_EQ(got, 6 * BUF); /* sent at 0, 15, 30, 45, 60 and 75 ms */
    CHECK(memcmp(played + 2 * BUF, buf, BUF) == 0);
    CHECK(memcmp(played + 4 * BUF, buf, BUF) == 0);
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(st.data_frames, FRAMES);
    CHECK_EQ(st.underrun_frames, 5 * FRAMES);
}

static void tx_timeouts_and_partial(void)
{
    i2s_chan_handle_t tx = tx_channel(3, true); /* queue of 2 */
    static uint8_t buf[BUF * 4];
    size_t n = 0;
    CHECK_EQ(i2s_channel_write(tx, buf, BUF, &n, 0), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 0);
    i2s_sim_advance_us(2 * PERIOD_US); /* slots 0 and 1 sent: two free buffers */
    CHECK_EQ(i2s_channel_write(tx, buf, sizeof buf, &n, 0), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 2 * BUF);
    CHECK_EQ(i2s_sim_now_us(), 2 * PERIOD_US);
    CHECK_EQ(i2s_channel_write(tx, buf, sizeof buf, &n, 1000), ESP_OK); /* waits 15 ms per buffer */
    CHECK_EQ(n, sizeof buf);
    CHECK_EQ(i2s_sim_now_us(), 6 * PERIOD_US);
}

static void tx_late_writer_is_not_torn(void)
{
    /* The application holds a half-written buffer when the DMA reaches it: the simulator sends the
     * written half (the rest counts as underrun) and continues the application in the next buffer. */
    tx_check_t chk = {0, 0, 0, 0, 0};
    CHECK_EQ(i2s_sim_sink_callback(1, tx_check_sink, &chk), ESP_OK);
    i2s_chan_handle_t tx = tx_channel(2, true);
    uint8_t buf[BUF];
    i2s_sim_pattern_fill(buf, 4, 0, FRAMES);
    size_t n = 0;
    CHECK_EQ(i2s_channel_write(tx, buf, BUF / 2, &n, portMAX_DELAY), ESP_OK); /* slot 0, half */
    i2s_sim_advance_us(PERIOD_US);                                           /* slot 0 is sent */
    CHECK_EQ(i2s_channel_write(tx, buf + BUF / 2, BUF / 2, &n, portMAX_DELAY), ESP_OK);
    i2s_sim_advance_us(3 * PERIOD_US);
    CHECK_EQ(chk.order_errors, 0);
    CHECK_EQ(chk.data_frames, FRAMES);
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(st.data_frames, FRAMES);
    CHECK_EQ(st.underrun_frames, st.hw_frames - FRAMES);
}

static void tx_preload(void)
{
    tx_check_t chk = {0, 0, 0, 0, 0};
    CHECK_EQ(i2s_sim_sink_callback(1, tx_check_sink, &chk), ESP_OK);
    i2s_chan_handle_t tx = std_channel(I2S_NUM_1, true, 3, FRAMES, RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, true, false);
    static uint8_t buf[BUF * 4];
    i2s_sim_pattern_fill(buf, 4, 0, 4 * FRAMES);
    size_t loaded = 0;
    CHECK_EQ(i2s_channel_preload_data(tx, buf, sizeof buf, &loaded), ESP_OK);
    CHECK_EQ(loaded, 3 * BUF); /* all descriptors filled */
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    i2s_sim_advance_us(3 * PERIOD_US - 1);
    CHECK_EQ(chk.data_frames, 3 * FRAMES); /* no leading silence */
    CHECK_EQ(chk.order_errors, 0);
}

static void call_cost(void)
{
    i2s_chan_handle_t rx = rx_channel(6);
    uint8_t buf[BUF];
    size_t n = 0;
    i2s_sim_set_call_cost_us(1000);
    int polls = 0;
    while (n == 0 && polls < 100) {
        (void)i2s_channel_read(rx, buf, BUF, &n, 0);
        polls++;
    }
    CHECK_EQ(polls, 15); /* 15 polls of 1 ms reach the first buffer at 15 ms */
    CHECK_EQ(n, BUF);
}

static void delete_discards_pending_tx(void)
{
    i2s_chan_handle_t tx = tx_channel(4, true);
    uint8_t buf[BUF];
    size_t n = 0;
    i2s_sim_advance_us(PERIOD_US);
    CHECK_EQ(i2s_channel_write(tx, buf, BUF, &n, 0), ESP_OK);
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(st.discarded_frames, FRAMES);
    CHECK_EQ(st.app_frames, st.data_frames + st.discarded_frames);
    CHECK_EQ(st.state, I2S_SIM_STATE_NONE);
}

int main(void)
{
    RUN(rx_pacing_blocking);
    RUN(rx_timeouts);
    RUN(rx_overrun);
    RUN(rx_disable_enable_discards);
    RUN(tx_underrun_with_auto_clear);
    RUN(tx_stale_without_auto_clear);
    RUN(tx_timeouts_and_partial);
    RUN(tx_late_writer_is_not_torn);
    RUN(tx_preload);
    RUN(call_cost);
    RUN(delete_discards_pending_tx);
    TEST_MAIN_END();
}
