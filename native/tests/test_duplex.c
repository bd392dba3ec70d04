/*
 * Full duplex on one controller, as ESP-IDF runs it on ESP32: the std driver's pair from one
 * i2s_new_channel call (RX forced to slave on the TX's BCK/WS, one MCLK divider) and the legacy
 * driver's I2S_MODE_TX | I2S_MODE_RX. Both directions at once from two threads, one clock, and what
 * the driver refuses.
 */
#ifndef CONFIG_I2S_SUPPRESS_DEPRECATE_WARN
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#endif
#include <math.h>
#include <pthread.h>
#include <stdlib.h>

#include "driver/i2s.h"
#include "test_util.h"

#define RATE 48000U
#define DESC 4U
#define FRAMES 240U
#define BPF 4U /* 16-bit stereo */

/* A full-duplex std pair on port 0, both initialised with the same config. */
static void duplex_pair(i2s_chan_handle_t *tx, i2s_chan_handle_t *rx, uint32_t tx_rate, uint32_t rx_rate)
{
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    cc.dma_desc_num = DESC;
    cc.dma_frame_num = FRAMES;
    CHECK_EQ(i2s_new_channel(&cc, tx, rx), ESP_OK);
    i2s_std_config_t t = std_config(tx_rate, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    i2s_std_config_t r = std_config(rx_rate, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(i2s_channel_init_std_mode(*tx, &t), ESP_OK);
    CHECK_EQ(i2s_channel_init_std_mode(*rx, &r), ESP_OK);
}

/* ---------------------------------------------------------------- two threads */

typedef struct {
    i2s_chan_handle_t h;
    bool legacy;
    bool tx;
    uint64_t frames;     /* frames to move */
    uint64_t moved;
    int errors;
} mover_t;

static void *mover_main(void *arg)
{
    mover_t *m = arg;
    uint8_t buf[FRAMES * BPF];
    memset(buf, 0x5a, sizeof buf);
    while (m->moved < m->frames * BPF) {
        size_t n = 0;
        esp_err_t e;
        if (m->legacy) {
            e = m->tx ? i2s_write(I2S_NUM_0, buf, sizeof buf, &n, pdMS_TO_TICKS(1000))
                      : i2s_read(I2S_NUM_0, buf, sizeof buf, &n, pdMS_TO_TICKS(1000));
        } else {
            e = m->tx ? i2s_channel_write(m->h, buf, sizeof buf, &n, 1000)
                      : i2s_channel_read(m->h, buf, sizeof buf, &n, 1000);
        }
        if (e != ESP_OK || n != sizeof buf) {
            m->errors++;
            return NULL;
        }
        m->moved += n;
    }
    return NULL;
}

static void run_both(mover_t *w, mover_t *r)
{
    pthread_t tw, tr;
    CHECK_EQ(pthread_create(&tw, NULL, mover_main, w), 0);
    CHECK_EQ(pthread_create(&tr, NULL, mover_main, r), 0);
    CHECK_EQ(pthread_join(tw, NULL), 0);
    CHECK_EQ(pthread_join(tr, NULL), 0);
    CHECK_EQ(w->errors, 0);
    CHECK_EQ(r->errors, 0);
}

/* ---------------------------------------------------------------- std */

/* One call, both handles: both run at the one clock, and after any time both hardware frame counts
 * agree (the TX counts the buffer it is sending, the RX the buffers it has completed). */
static void std_duplex_one_clock(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    duplex_pair(&tx, &rx, RATE, RATE);
    i2s_chan_info_t info;
    CHECK_EQ(i2s_channel_get_info(rx, &info), ESP_OK);
    CHECK(info.pair_chan == tx);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    mover_t w = {.h = tx, .tx = true, .frames = RATE / 2U};
    mover_t r = {.h = rx, .tx = false, .frames = RATE / 2U};
    run_both(&w, &r);
    double rt = 0, rr = 0;
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_TX, &rt), ESP_OK);
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_RX, &rr), ESP_OK);
    CHECK(rt == rr);
    for (int ms = 0; ms < 1000; ms += 7) {
        i2s_sim_advance_us(7000);
        i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_TX), sr = stats_of(0, I2S_SIM_DIR_RX);
        CHECK_EQ(st.hw_frames, sr.hw_frames + FRAMES);
    }
    /* The counts are the clock's: frames = elapsed time x real rate, to one buffer. */
    double expect = (double)i2s_sim_now_us() * rt / 1e6;
    CHECK(fabs((double)stats_of(0, I2S_SIM_DIR_RX).hw_frames - expect) <= FRAMES);
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* The contract of generated full-duplex code: the first member creates both channels and enables its own;
 * the other member initialises its channel later, mid-frame, while the first runs. Writing the shared
 * divider with the same values leaves the running TX's timing untouched, and the RX joins its grid. */
static void std_duplex_second_init_while_running(void)
{
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    cc.dma_desc_num = DESC;
    cc.dma_frame_num = FRAMES;
    i2s_chan_handle_t tx = NULL, rx = NULL;
    CHECK_EQ(i2s_new_channel(&cc, &tx, &rx), ESP_OK);
    i2s_std_config_t sc = std_config(RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(i2s_channel_init_std_mode(tx, &sc), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    i2s_sim_advance_us(12345); /* 592.56 frames: mid-frame */
    CHECK_EQ(i2s_channel_init_std_mode(rx, &sc), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    i2s_sim_advance_us(1000000 - 12345);
    /* 48 kHz exactly: after 1 s the TX has begun buffer floor(48000 / 240) + 1 = 201. */
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).hw_frames, (RATE / FRAMES + 1U) * FRAMES);
    /* The RX joined at TX frame 593 and has completed the buffers of 240 frames since. */
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).hw_frames, (RATE - 593U) / FRAMES * FRAMES);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* The RX is a slave on the TX's BCK/WS: while the TX does not run it captures nothing; when the TX
 * starts later, the RX runs on the TX's frame grid. */
static void std_duplex_rx_needs_tx(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    duplex_pair(&tx, &rx, RATE, RATE);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    i2s_sim_advance_us(20000);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).hw_frames, 0);
    uint8_t buf[BPF * 8];
    size_t n = 1;
    CHECK_EQ(i2s_channel_read(rx, buf, sizeof buf, &n, 10), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 0);

    i2s_sim_advance_us(333); /* start the TX mid-frame of nothing in particular */
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    i2s_sim_advance_us(100000);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).hw_frames, stats_of(0, I2S_SIM_DIR_RX).hw_frames + FRAMES);
    CHECK(stats_of(0, I2S_SIM_DIR_RX).hw_frames > 0);

    /* Disabling the TX stops the RX's clock (Espressif, esp-adf#1525); the RX stays enabled. */
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    uint64_t frozen = stats_of(0, I2S_SIM_DIR_RX).hw_frames;
    i2s_sim_advance_us(50000);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).hw_frames, frozen);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_RUNNING);
    /* Enabled again, the RX continues the buffer it was filling, on the new TX grid. */
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    uint64_t tx_before = stats_of(0, I2S_SIM_DIR_TX).hw_frames;
    i2s_sim_advance_us(200000);
    uint64_t tx_frames = stats_of(0, I2S_SIM_DIR_TX).hw_frames - tx_before + FRAMES; /* restart re-sends */
    uint64_t rx_frames = stats_of(0, I2S_SIM_DIR_RX).hw_frames - frozen;
    CHECK(rx_frames > 0);
    CHECK(tx_frames >= rx_frames && tx_frames - rx_frames <= 2U * FRAMES);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* Deleting the RX leaves the TX running; deleting the (disabled) TX leaves the RX enabled without a
 * clock, and the pair is no pair any more. */
static void std_duplex_delete_one_direction(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    duplex_pair(&tx, &rx, RATE, RATE);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    i2s_sim_advance_us(10000);
    /* A running channel cannot be deleted. */
    CHECK_ERR(i2s_del_channel(rx), ESP_ERR_INVALID_STATE, "the channel can't be deleted unless it is disabled");
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_NONE);
    uint64_t before = stats_of(0, I2S_SIM_DIR_TX).hw_frames;
    i2s_sim_advance_us(100000);
    CHECK(stats_of(0, I2S_SIM_DIR_TX).hw_frames >= before + RATE / 10U - FRAMES);
    uint8_t buf[FRAMES * BPF] = {0};
    size_t n = 0;
    CHECK_EQ(i2s_channel_write(tx, buf, sizeof buf, &n, 100), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    i2s_chan_info_t info;
    CHECK_EQ(i2s_channel_get_info(tx, &info), ESP_OK);
    CHECK(info.pair_chan == NULL);
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);

    /* The other way round. */
    duplex_pair(&tx, &rx, RATE, RATE);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    i2s_sim_advance_us(10000);
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    uint64_t frozen = stats_of(0, I2S_SIM_DIR_RX).hw_frames;
    i2s_sim_advance_us(100000);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).hw_frames, frozen);
    /* What was captured before can still be read; then nothing comes. */
    uint64_t got = 0;
    while (i2s_channel_read(rx, buf, sizeof buf, &n, 10) == ESP_OK) {
        got += n;
    }
    CHECK_EQ(got + n, frozen * BPF);
    CHECK_EQ(i2s_channel_read(rx, buf, sizeof buf, &n, 10), ESP_ERR_TIMEOUT);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* ESP32 (SOC_I2S_HW_VERSION_1): a channel takes the whole controller, so a second i2s_new_channel on
 * the port is refused, whichever directions either call asks for. */
static void std_duplex_separate_calls_refused(void)
{
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    i2s_chan_handle_t tx = NULL, rx = NULL, tx2 = NULL, rx2 = NULL;
    CHECK_EQ(i2s_new_channel(&cc, &tx, NULL), ESP_OK);
    CHECK_ERR(i2s_new_channel(&cc, NULL, &rx), ESP_ERR_NOT_FOUND, "no available channel found");
    CHECK_ERR(i2s_new_channel(&cc, &tx2, &rx2), ESP_ERR_NOT_FOUND, "no available channel found");
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    CHECK_EQ(i2s_new_channel(&cc, &tx, &rx), ESP_OK);
    /* A second RX (or TX, or pair) on a full-duplex port. */
    CHECK_ERR(i2s_new_channel(&cc, NULL, &rx2), ESP_ERR_NOT_FOUND, "no available channel found");
    CHECK_ERR(i2s_new_channel(&cc, &tx2, NULL), ESP_ERR_NOT_FOUND, "no available channel found");
    CHECK_ERR(i2s_new_channel(&cc, &tx2, &rx2), ESP_ERR_NOT_FOUND, "no available channel found");
    /* I2S_NUM_AUTO takes the next controller. */
    i2s_chan_config_t ca = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_AUTO, I2S_ROLE_MASTER);
    CHECK_EQ(i2s_new_channel(&ca, &tx2, &rx2), ESP_OK);
    i2s_chan_info_t info;
    CHECK_EQ(i2s_channel_get_info(rx2, &info), ESP_OK);
    CHECK_EQ(info.id, I2S_NUM_1);
    CHECK(info.pair_chan == tx2);
    /* Deleting one channel of a pair frees the whole controller on HW v1 (chan_occupancy = 0), so a new
     * pair may register: it replaces (deletes) the RX that was left. */
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    i2s_chan_handle_t tx3 = NULL, rx3 = NULL;
    CHECK_EQ(i2s_new_channel(&cc, &tx3, &rx3), ESP_OK);
    CHECK_EQ(i2s_channel_get_info(rx3, &info), ESP_OK);
    CHECK(info.pair_chan == tx3);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* Replacing a channel left over from a pair is undefined on the device when it runs or is the
 * controller's last: the simulator refuses both, changing nothing. */
static void std_duplex_replacement_refusals(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL, t = NULL, r = NULL;
    duplex_pair(&tx, &rx, RATE, RATE);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    CHECK_ERR(i2s_new_channel(&cc, &t, &r), ESP_ERR_INVALID_STATE, "would replace a running one");
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_ERR(i2s_new_channel(&cc, NULL, &r), ESP_ERR_INVALID_STATE, "would replace a lone one");
    CHECK_EQ(i2s_sim_own_error_count(), 1);
    i2s_sim_clear_log();
    /* Unchanged: the RX is still there and may be used or deleted. */
    i2s_chan_info_t info;
    CHECK_EQ(i2s_channel_get_info(rx, &info), ESP_OK);
    /* A TX alone may register next to it (no pair: no shared clock); the RX stays without a clock. */
    CHECK_EQ(i2s_new_channel(&cc, &t, NULL), ESP_OK);
    i2s_std_config_t sc = std_config(RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(i2s_channel_init_std_mode(t, &sc), ESP_OK);
    CHECK_EQ(i2s_channel_enable(t), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    i2s_sim_advance_us(50000);
    CHECK(stats_of(0, I2S_SIM_DIR_TX).hw_frames > 0);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).hw_frames, 0);
    CHECK_EQ(i2s_channel_disable(t), ESP_OK);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(t), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* One MCLK divider on ESP32: the RX's init rewrites the divider the TX runs on, nothing is refused, and
 * the pair runs at the rate the TX's BCK divider makes of it. Reconfiguring one direction's clock
 * while the other runs changes the running one too; a running channel refuses it. */
static void std_duplex_shared_clock(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    /* TX 48 kHz then RX 16 kHz, both x256, 16-bit stereo: BCK divider 256 / 32 = 8 for both. */
    duplex_pair(&tx, &rx, 48000, 16000);
    double rt = 0, rr = 0;
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_TX, &rt), ESP_OK);
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_RX, &rr), ESP_OK);
    CHECK(fabs(rt - 16000.0) < 1.0);
    CHECK(rt == rr);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).sample_rate_hz, 48000); /* configured */

    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    i2s_std_clk_config_t clk = I2S_STD_CLK_DEFAULT_CONFIG(44100);
    CHECK_ERR(i2s_channel_reconfig_std_clock(rx, &clk), ESP_ERR_INVALID_STATE,
              "invalid state, I2S should be disabled before reconfiguring the clock");
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    i2s_sim_advance_us(50000);
    CHECK_EQ(i2s_channel_reconfig_std_clock(rx, &clk), ESP_OK);
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_TX, &rt), ESP_OK);
    CHECK(fabs(rt - 44100.0) < 1.0);
    uint64_t t0 = i2s_sim_now_us();
    uint64_t f0 = stats_of(0, I2S_SIM_DIR_TX).hw_frames;
    i2s_sim_advance_us(1000000);
    double measured = (double)(stats_of(0, I2S_SIM_DIR_TX).hw_frames - f0) * 1e6 / (double)(i2s_sim_now_us() - t0);
    CHECK(fabs(measured - 44100.0) <= FRAMES + 1.0);
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* ---------------------------------------------------------------- legacy */

static i2s_config_t legacy_config(void)
{
    i2s_config_t c = {
        .mode = I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_RX, .sample_rate = RATE,
        .bits_per_sample = I2S_BITS_PER_SAMPLE_16BIT, .channel_format = I2S_CHANNEL_FMT_RIGHT_LEFT,
        .communication_format = I2S_COMM_FORMAT_STAND_I2S, .intr_alloc_flags = 0, .dma_desc_num = DESC,
        .dma_frame_num = FRAMES, .use_apll = false, .tx_desc_auto_clear = true, .fixed_mclk = 0,
        .mclk_multiple = I2S_MCLK_MULTIPLE_256, .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
    };
    return c;
}

/* TX | RX: one install, both rings, one clock; read and write from two threads at once. */
static void legacy_duplex_one_clock(void)
{
    i2s_config_t c = legacy_config();
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    i2s_pin_config_t pins = {.mck_io_num = -1, .bck_io_num = 14, .ws_io_num = 13, .data_out_num = 25, .data_in_num = 12};
    CHECK_EQ(i2s_set_pin(I2S_NUM_0, &pins), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).state, I2S_SIM_STATE_RUNNING);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_RUNNING);
    mover_t w = {.legacy = true, .tx = true, .frames = RATE / 2U};
    mover_t r = {.legacy = true, .tx = false, .frames = RATE / 2U};
    run_both(&w, &r);
    i2s_sim_advance_us(12345);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).hw_frames, stats_of(0, I2S_SIM_DIR_RX).hw_frames + FRAMES);
    double rt = 0, rr = 0;
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_TX, &rt), ESP_OK);
    CHECK_EQ(i2s_sim_get_real_rate(0, I2S_SIM_DIR_RX, &rr), ESP_OK);
    CHECK(rt == rr);

    /* i2s_stop stops both directions, i2s_start restarts both on one grid. */
    CHECK_EQ(i2s_stop(I2S_NUM_0), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).state, I2S_SIM_STATE_READY);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_READY);
    uint64_t tx0 = stats_of(0, I2S_SIM_DIR_TX).hw_frames, rx0 = stats_of(0, I2S_SIM_DIR_RX).hw_frames;
    i2s_sim_advance_us(30000);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).hw_frames, tx0);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).hw_frames, rx0);
    CHECK_EQ(i2s_start(I2S_NUM_0), ESP_OK);
    i2s_sim_advance_us(77777);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).hw_frames - tx0, stats_of(0, I2S_SIM_DIR_RX).hw_frames - rx0 + FRAMES);

    /* i2s_zero_dma_buffer clears both: queued RX buffers and unsent TX data are discarded. */
    uint8_t buf[FRAMES * BPF];
    memset(buf, 0x77, sizeof buf);
    size_t n = 0;
    CHECK_EQ(i2s_write(I2S_NUM_0, buf, sizeof buf, &n, 0), ESP_OK);
    CHECK(n > 0);
    uint64_t tx_disc = stats_of(0, I2S_SIM_DIR_TX).discarded_frames;
    uint64_t rx_disc = stats_of(0, I2S_SIM_DIR_RX).discarded_frames;
    CHECK_EQ(i2s_zero_dma_buffer(I2S_NUM_0), ESP_OK);
    CHECK(stats_of(0, I2S_SIM_DIR_TX).discarded_frames > tx_disc);
    CHECK(stats_of(0, I2S_SIM_DIR_RX).discarded_frames >= rx_disc);

    /* One port, one driver: a second install is refused, whatever its mode. */
    i2s_config_t rx_only = legacy_config();
    rx_only.mode = I2S_MODE_MASTER | I2S_MODE_RX;
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, &rx_only, 0, NULL), ESP_ERR_INVALID_STATE, "this i2s port is in use");
    /* Nor can the std driver take the port. */
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    i2s_chan_handle_t h = NULL;
    CHECK_ERR(i2s_new_channel(&cc, NULL, &h), ESP_ERR_NOT_FOUND, "get i2s object failed");

    /* Uninstall frees both directions. */
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).state, I2S_SIM_STATE_NONE);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_NONE);
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, sizeof buf, &n, 0), ESP_ERR_INVALID_STATE);
    CHECK_EQ(i2s_write(I2S_NUM_0, buf, sizeof buf, &n, 0), ESP_ERR_INVALID_STATE);
    i2s_sim_clear_log();
}

/* A one-direction install refuses the other direction's transfers. */
static void legacy_single_direction_refuses_other(void)
{
    i2s_config_t c = legacy_config();
    c.mode = I2S_MODE_MASTER | I2S_MODE_TX;
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    uint8_t buf[BPF];
    size_t n = 0;
    CHECK_ERR(i2s_read(I2S_NUM_1, buf, sizeof buf, &n, 0), ESP_ERR_INVALID_ARG, "RX mode is not enabled");
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
    c.mode = I2S_MODE_MASTER | I2S_MODE_RX;
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    CHECK_ERR(i2s_write(I2S_NUM_1, buf, sizeof buf, &n, 0), ESP_ERR_INVALID_ARG, "TX mode is not enabled");
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
}

int main(void)
{
    RUN(std_duplex_one_clock);
    RUN(std_duplex_second_init_while_running);
    RUN(std_duplex_rx_needs_tx);
    RUN(std_duplex_delete_one_direction);
    RUN(std_duplex_separate_calls_refused);
    RUN(std_duplex_replacement_refusals);
    RUN(std_duplex_shared_clock);
    RUN(legacy_duplex_one_clock);
    RUN(legacy_single_direction_refuses_other);
    TEST_MAIN_END();
}
