/*
 * Argument checks, error codes, messages and the channel state machine of the new driver
 * (esp_driver_i2s v5.5, i2s_common.c / i2s_std.c, ESP32), one ESP-IDF rule per check.
 */
#include "test_util.h"

static i2s_chan_config_t chan_cfg(i2s_port_t port)
{
    i2s_chan_config_t c = I2S_CHANNEL_DEFAULT_CONFIG(port, I2S_ROLE_MASTER);
    return c;
}

static void new_channel_checks(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    i2s_chan_config_t c = chan_cfg(I2S_NUM_0);
    /* I2S_NULL_POINTER_CHECK(chan_cfg) and (tx_handle || rx_handle) */
    CHECK_ERR(i2s_new_channel(NULL, &tx, NULL), ESP_ERR_INVALID_ARG, "input parameter 'chan_cfg' is NULL");
    CHECK_ERR(i2s_new_channel(&c, NULL, NULL), ESP_ERR_INVALID_ARG, "is NULL");
    /* port id < SOC_I2S_NUM or I2S_NUM_AUTO */
    c.id = (i2s_port_t)3;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_INVALID_ARG, "invalid I2S port id");
    c.id = (i2s_port_t)-1;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_INVALID_ARG, "invalid I2S port id");
    /* dma_desc_num >= 2, no upper bound */
    c = chan_cfg(I2S_NUM_0);
    c.dma_desc_num = 1;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_INVALID_ARG, "there should be at least 2 DMA buffers");
    c.dma_desc_num = 0;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_INVALID_ARG, "there should be at least 2 DMA buffers");
    /* intr_priority in 0..7 */
    c = chan_cfg(I2S_NUM_0);
    c.intr_priority = 8;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_INVALID_ARG, "intr_priority should be within 0~7");
    c.intr_priority = -1;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_INVALID_ARG, "intr_priority should be within 0~7");
    /* allow_pd: ESP32 has no sleep retention */
    c = chan_cfg(I2S_NUM_0);
    c.allow_pd = true;
    CHECK_ERR(i2s_new_channel(&c, &tx, NULL), ESP_ERR_NOT_SUPPORTED, "register back up is not supported");
    /* dma_frame_num is not checked at all */
    c = chan_cfg(I2S_NUM_0);
    c.dma_frame_num = 100000;
    c.dma_desc_num = 2;
    CHECK_EQ(i2s_new_channel(&c, &tx, NULL), ESP_OK);
    CHECK(tx != NULL);
    /* HW v1: a TX channel occupies the whole controller; RX on the same port: no free channel */
    CHECK_ERR(i2s_new_channel(&c, NULL, &rx), ESP_ERR_NOT_FOUND, "no available channel found");
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    /* after deleting, the port is free again */
    CHECK_EQ(i2s_new_channel(&c, NULL, &rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
}

static void auto_port_and_duplex(void)
{
    i2s_chan_config_t c = chan_cfg(I2S_NUM_AUTO);
    i2s_chan_handle_t a = NULL, b = NULL, d = NULL;
    CHECK_EQ(i2s_new_channel(&c, &a, NULL), ESP_OK);
    CHECK_EQ(i2s_new_channel(&c, NULL, &b), ESP_OK);
    i2s_chan_info_t ia, ib;
    CHECK_EQ(i2s_channel_get_info(a, &ia), ESP_OK);
    CHECK_EQ(i2s_channel_get_info(b, &ib), ESP_OK);
    CHECK_EQ(ia.id, I2S_NUM_0);
    CHECK_EQ(ib.id, I2S_NUM_1);
    CHECK_EQ(ia.dir, I2S_DIR_TX);
    CHECK_EQ(ib.dir, I2S_DIR_RX);
    CHECK_EQ(ia.total_dma_buf_size, 0); /* not initialised yet */
    /* both controllers busy */
    CHECK_ERR(i2s_new_channel(&c, &d, NULL), ESP_ERR_NOT_FOUND, "no available channel found");
    CHECK_EQ(i2s_del_channel(a), ESP_OK);
    CHECK_EQ(i2s_del_channel(b), ESP_OK);
    /* full duplex in one call */
    i2s_chan_handle_t tx = NULL, rx = NULL;
    c = chan_cfg(I2S_NUM_1);
    CHECK_EQ(i2s_new_channel(&c, &tx, &rx), ESP_OK);
    CHECK_EQ(i2s_channel_get_info(tx, &ia), ESP_OK);
    CHECK(ia.pair_chan == rx);
    CHECK_ERR(i2s_channel_get_info(NULL, &ia), ESP_ERR_INVALID_ARG, "input parameter 'handle' is NULL");
    CHECK_ERR(i2s_channel_get_info(tx, NULL), ESP_ERR_INVALID_ARG, "input parameter 'chan_info' is NULL");
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    /* a deleted handle is no longer known */
    CHECK_EQ(i2s_channel_get_info(tx, &ia), ESP_ERR_NOT_FOUND);
    CHECK_ERR(i2s_channel_enable(tx), ESP_ERR_INVALID_ARG, "unknown or deleted channel handle");
}

static void state_machine(void)
{
    i2s_chan_config_t c = chan_cfg(I2S_NUM_0);
    i2s_chan_handle_t rx = NULL;
    CHECK_EQ(i2s_new_channel(&c, NULL, &rx), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_REGISTERED);
    uint8_t buf[64];
    size_t n = 99;
    /* REGISTERED: enable / disable / read refused */
    CHECK_ERR(i2s_channel_enable(rx), ESP_ERR_INVALID_STATE, "the channel has already enabled or not initialized");
    CHECK_ERR(i2s_channel_disable(rx), ESP_ERR_INVALID_STATE, "the channel has not been enabled yet");
    CHECK_ERR(i2s_channel_read(rx, buf, sizeof buf, &n, 0), ESP_ERR_INVALID_STATE, "The channel is not enabled");
    CHECK_EQ(n, 0);
    i2s_std_config_t sc = std_config(16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_ERR(i2s_channel_init_std_mode(NULL, &sc), ESP_ERR_INVALID_ARG, "input parameter 'handle' is NULL");
    CHECK_ERR(i2s_channel_init_std_mode(rx, NULL), ESP_ERR_INVALID_ARG, "std_cfg");
    CHECK_EQ(i2s_channel_init_std_mode(rx, &sc), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_READY);
    /* READY: init again refused, disable refused, read refused */
    CHECK_ERR(i2s_channel_init_std_mode(rx, &sc), ESP_ERR_INVALID_STATE, "the channel has initialized already");
    CHECK_ERR(i2s_channel_disable(rx), ESP_ERR_INVALID_STATE, "the channel has not been enabled yet");
    CHECK_ERR(i2s_channel_read(rx, buf, sizeof buf, &n, 0), ESP_ERR_INVALID_STATE, "The channel is not enabled");
    i2s_chan_info_t info;
    CHECK_EQ(i2s_channel_get_info(rx, &info), ESP_OK);
    CHECK_EQ(info.total_dma_buf_size, 6 * 240 * 4);
    CHECK_EQ(info.mode, I2S_COMM_MODE_STD);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_RUNNING);
    /* RUNNING: enable again refused, delete refused */
    CHECK_ERR(i2s_channel_enable(rx), ESP_ERR_INVALID_STATE, "the channel has already enabled or not initialized");
    CHECK_ERR(i2s_del_channel(rx), ESP_ERR_INVALID_STATE, "the channel can't be deleted unless it is disabled");
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_NONE);
    CHECK_ERR(i2s_del_channel(NULL), ESP_ERR_INVALID_ARG, "input parameter 'handle' is NULL");
}

static void failed_init_stays_registered(void)
{
    i2s_chan_config_t c = chan_cfg(I2S_NUM_0);
    i2s_chan_handle_t tx = NULL;
    CHECK_EQ(i2s_new_channel(&c, &tx, NULL), ESP_OK);
    i2s_std_config_t sc = std_config(16000, I2S_DATA_BIT_WIDTH_24BIT, I2S_SLOT_MODE_STEREO);
    /* 24-bit needs mclk_multiple % 3 == 0 (default 256 fails) */
    CHECK_ERR(i2s_channel_init_std_mode(tx, &sc), ESP_ERR_INVALID_ARG,
              "The 'mclk_multiple' should be the multiple of 3 while using 24-bit data width");
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).state, I2S_SIM_STATE_REGISTERED);
    CHECK_ERR(i2s_channel_enable(tx), ESP_ERR_INVALID_STATE, "not initialized");
    sc.clk_cfg.mclk_multiple = I2S_MCLK_MULTIPLE_384;
    CHECK_EQ(i2s_channel_init_std_mode(tx, &sc), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_TX).bytes_per_frame, 8); /* 24-bit in 4 bytes on ESP32 */
    /* the 24-bit rule also applies when only the slot is 24-bit */
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    CHECK_EQ(i2s_new_channel(&c, &tx, NULL), ESP_OK);
    sc = std_config(16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.slot_cfg.slot_bit_width = I2S_SLOT_BIT_WIDTH_24BIT;
    CHECK_ERR(i2s_channel_init_std_mode(tx, &sc), ESP_ERR_INVALID_ARG, "multiple of 3");
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
}

static esp_err_t init_with(i2s_std_config_t *sc, i2s_role_t role)
{
    i2s_chan_config_t c = chan_cfg(I2S_NUM_0);
    c.role = role;
    i2s_chan_handle_t h = NULL;
    if (i2s_new_channel(&c, NULL, &h) != ESP_OK) {
        return ESP_FAIL;
    }
    esp_err_t e = i2s_channel_init_std_mode(h, sc);
    (void)i2s_del_channel(h);
    return e;
}

static void clock_limits(void)
{
    /* 160 MHz PLL, x256: fs <= 314070 Hz ("too large" when sclk <= mclk*1.99) and fs >= 2442 Hz
     * ("too small" when sclk/mclk >= 256) */
    i2s_std_config_t sc = std_config(314070, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
    sc.clk_cfg.sample_rate_hz = 314071;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
    CHECK(i2s_sim_log_contains("sample rate is too large"));
    sc.clk_cfg.sample_rate_hz = 2442;
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
    sc.clk_cfg.sample_rate_hz = 2441;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
    CHECK(i2s_sim_log_contains("sample rate is too small"));
    CHECK(i2s_sim_log_contains("initialize channel failed while setting clock"));
    /* slave: mclk = bclk * bclk_div (bclk_div raised to 8 with a warning) */
    sc = std_config(48000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.clk_cfg.bclk_div = 2;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_SLAVE), ESP_OK);
    CHECK(i2s_sim_log_contains("adjust the bclk division to 8"));
    /* non-integer mclk/bclk: warning only. Every enum multiple divides evenly for 8/16/24/32-bit
     * stereo slots, so only an out-of-enum multiple (300 / 32) reaches it. */
    sc = std_config(48000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.clk_cfg.mclk_multiple = (i2s_mclk_multiple_t)300;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
    CHECK(i2s_sim_log_contains("cannot perform integer division"));
    /* APLL above 125 MHz: sclk 0 -> too large */
    sc = std_config(192000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.clk_cfg.clk_src = I2S_CLK_SRC_APLL;
    sc.clk_cfg.mclk_multiple = I2S_MCLK_MULTIPLE_1152;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
    CHECK(i2s_sim_log_contains("The required APLL frequency exceed its maximum value"));
    sc.clk_cfg.mclk_multiple = I2S_MCLK_MULTIPLE_256;
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
    /* rate 0 */
    sc = std_config(0, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
}

static void gpio_checks(void)
{
    i2s_std_config_t sc = std_config(16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.gpio_cfg.bclk = (gpio_num_t)24;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
    CHECK(i2s_sim_log_contains("bclk invalid"));
    sc = std_config(16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.gpio_cfg.ws = (gpio_num_t)40;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
    CHECK(i2s_sim_log_contains("ws invalid"));
    /* input-only pins are accepted for bclk/ws (no output check in the driver) */
    sc = std_config(16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.gpio_cfg.bclk = GPIO_NUM_34;
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
    /* ESP32 MCLK only on GPIO0/1/3, in master and slave role */
    sc = std_config(16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    sc.gpio_cfg.mclk = GPIO_NUM_2;
    i2s_sim_clear_log();
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_ERR_INVALID_ARG);
    CHECK(i2s_sim_log_contains("Output GPIO number error"));
    CHECK(i2s_sim_log_contains("mclk config failed"));
    CHECK_EQ(init_with(&sc, I2S_ROLE_SLAVE), ESP_ERR_INVALID_ARG);
    sc.gpio_cfg.mclk = GPIO_NUM_0;
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
    sc.gpio_cfg.mclk = GPIO_NUM_3;
    CHECK_EQ(init_with(&sc, I2S_ROLE_MASTER), ESP_OK);
}

static void dma_buffer_clamp(void)
{
    /* ESP32 sizes samples with 16-bit alignment: 8-bit -> 2 bytes, 24-bit -> 4 bytes */
    struct { i2s_data_bit_width_t bits; i2s_slot_mode_t mode; uint32_t frames; uint32_t bpf; uint32_t size; } cases[] = {
        {I2S_DATA_BIT_WIDTH_8BIT, I2S_SLOT_MODE_MONO, 100, 2, 200},
        {I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, 240, 4, 960},
        {I2S_DATA_BIT_WIDTH_24BIT, I2S_SLOT_MODE_STEREO, 240, 8, 1920},
        {I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO, 511, 8, 4088},
        {I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO, 512, 8, 4088},   /* 4096 > 4092: 511 frames */
        {I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_MONO, 1023, 4, 4092},
        {I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, 100000, 4, 4092},
        {I2S_DATA_BIT_WIDTH_24BIT, I2S_SLOT_MODE_MONO, 2000, 4, 4092},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        i2s_chan_config_t c = chan_cfg(I2S_NUM_0);
        c.dma_frame_num = cases[i].frames;
        i2s_chan_handle_t h = NULL;
        CHECK_EQ(i2s_new_channel(&c, NULL, &h), ESP_OK);
        i2s_std_config_t sc = std_config(16000, cases[i].bits, cases[i].mode);
        sc.clk_cfg.mclk_multiple = I2S_MCLK_MULTIPLE_384;
        i2s_sim_clear_log();
        CHECK_EQ(i2s_channel_init_std_mode(h, &sc), ESP_OK);
        i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_RX);
        CHECK_EQ(st.bytes_per_frame, cases[i].bpf);
        CHECK_EQ(st.dma_buffer_bytes, cases[i].size);
        CHECK_EQ(st.dma_desc_num, 6);
        CHECK_EQ(i2s_sim_log_contains("dma frame num is out of dma buffer size"),
                 (uint64_t)cases[i].frames * cases[i].bpf > 4092);
        CHECK_EQ(i2s_del_channel(h), ESP_OK);
    }
}

static void data_path_arguments(void)
{
    i2s_chan_handle_t rx = std_channel(I2S_NUM_0, false, 4, 240, 16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, false, true);
    i2s_chan_handle_t tx = std_channel(I2S_NUM_1, true, 4, 240, 16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, true, true);
    CHECK(rx && tx);
    uint8_t buf[16] = {0};
    size_t n = 5;
    CHECK_ERR(i2s_channel_read(NULL, buf, 4, &n, 0), ESP_ERR_INVALID_ARG, "input parameter 'handle' is NULL");
    CHECK_ERR(i2s_channel_read(tx, buf, 4, &n, 0), ESP_ERR_INVALID_ARG, "this channel is not rx channel");
    CHECK_ERR(i2s_channel_write(rx, buf, 4, &n, 0), ESP_ERR_INVALID_ARG, "this channel is not tx channel");
    CHECK_ERR(i2s_channel_read(rx, NULL, 4, &n, 0), ESP_ERR_INVALID_ARG, "'dest' is NULL");
    CHECK_ERR(i2s_channel_write(tx, NULL, 4, &n, 0), ESP_ERR_INVALID_ARG, "'src' is NULL");
    /* the count pointer may be NULL, as in ESP-IDF */
    CHECK_EQ(i2s_channel_read(rx, buf, 4, NULL, portMAX_DELAY), ESP_OK);
    CHECK_EQ(i2s_channel_write(tx, buf, 4, NULL, portMAX_DELAY), ESP_OK);
    /* size 0 moves nothing and succeeds */
    CHECK_EQ(i2s_channel_read(rx, NULL, 0, &n, 0), ESP_OK);
    CHECK_EQ(n, 0);
    /* preload only on a READY tx channel */
    size_t loaded = 0;
    CHECK_ERR(i2s_channel_preload_data(tx, buf, 4, &loaded), ESP_ERR_INVALID_STATE, "data can only be preloaded when the channel is READY");
    CHECK_ERR(i2s_channel_preload_data(rx, buf, 4, &loaded), ESP_ERR_INVALID_ARG, "this channel is not tx channel");
}

int main(void)
{
    RUN(new_channel_checks);
    RUN(auto_port_and_duplex);
    RUN(state_machine);
    RUN(failed_init_stays_registered);
    RUN(clock_limits);
    RUN(gpio_checks);
    RUN(dma_buffer_clamp);
    RUN(data_path_arguments);
    TEST_MAIN_END();
}
