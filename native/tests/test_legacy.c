/*
 * The legacy driver (driver/i2s.h, ESP-IDF v5.5 deprecated driver / v4.4 API) on the simulator:
 * install checks in ESP-IDF's order, pin checks, sizing, ticks and ESP_OK-on-timeout semantics.
 */
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#include "driver/i2s.h"
#include "test_util.h"

static i2s_config_t legacy_cfg(i2s_mode_t mode)
{
    i2s_config_t c = {
        .mode = mode,
        .sample_rate = 16000,
        .bits_per_sample = I2S_BITS_PER_SAMPLE_16BIT,
        .channel_format = I2S_CHANNEL_FMT_RIGHT_LEFT,
        .communication_format = I2S_COMM_FORMAT_STAND_I2S,
        .intr_alloc_flags = 0,
        .dma_desc_num = 4,
        .dma_frame_num = 240,
        .use_apll = false,
        .tx_desc_auto_clear = true,
        .fixed_mclk = 0,
        .mclk_multiple = I2S_MCLK_MULTIPLE_256,
        .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
    };
    return c;
}

static void install_checks(void)
{
    i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    CHECK_ERR(i2s_driver_install((i2s_port_t)2, &c, 0, NULL), ESP_ERR_INVALID_ARG, "i2s_num error");
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, NULL, 0, NULL), ESP_ERR_INVALID_ARG, "I2S configuration must not be NULL");
    /* dma_buf_count in [2, 128] */
    c.dma_desc_num = 1;
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_ERR_INVALID_ARG, "I2S buffer count less than 128 and more than 2");
    c.dma_desc_num = 129;
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_ERR_INVALID_ARG, "I2S buffer count less than 128 and more than 2");
    c.dma_desc_num = 128;
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    c.dma_desc_num = 2;
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    /* dma_buf_len in [8, 1024] */
    c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    c.dma_frame_num = 7;
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_ERR_INVALID_ARG, "I2S buffer length at most 1024 and more than 8");
    c.dma_frame_num = 1025;
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_ERR_INVALID_ARG, "I2S buffer length at most 1024 and more than 8");
    c.dma_frame_num = 8;
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    /* port in use: ESP_ERR_INVALID_STATE, checked before the config (even a NULL config) */
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, NULL, 0, NULL), ESP_ERR_INVALID_STATE, "this i2s port is in use");
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    CHECK_ERR(i2s_driver_uninstall(I2S_NUM_0), ESP_ERR_INVALID_STATE, "has not installed");
    CHECK_ERR(i2s_driver_uninstall((i2s_port_t)5), ESP_ERR_INVALID_ARG, "i2s_num error");
    /* PDM and built-in ADC/DAC only on I2S0 */
    c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX | I2S_MODE_PDM);
    CHECK_ERR(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_ERR_INVALID_ARG, "I2S PDM mode only support on I2S0");
    c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_DAC_BUILT_IN);
    CHECK_ERR(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_ERR_INVALID_ARG, "I2S built-in ADC/DAC only support on I2S0");
    /* ESP32: the "no TX/RX" and communication-format checks are compiled out */
    c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    c.communication_format = (i2s_comm_format_t)0;
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
    c = legacy_cfg(I2S_MODE_MASTER);
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    uint8_t b[4];
    size_t n = 1;
    CHECK_ERR(i2s_read(I2S_NUM_1, b, 4, &n, 0), ESP_ERR_INVALID_ARG, "RX mode is not enabled");
    CHECK_ERR(i2s_write(I2S_NUM_1, b, 4, &n, 0), ESP_ERR_INVALID_ARG, "TX mode is not enabled");
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
    /* bits per sample */
    c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    c.bits_per_sample = (i2s_bits_per_sample_t)12;
    CHECK_ERR(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_ERR_INVALID_ARG, "Invalid bits per sample");
}

static void clock_errors_are_only_logged(void)
{
    /* mclk > sclk: "sample rate is too large" is logged, install still succeeds */
    i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    c.sample_rate = 700000;
    i2s_sim_clear_log();
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    CHECK(i2s_sim_log_contains("sample rate is too large"));
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    /* 24-bit with the default multiple has no error in the legacy driver */
    c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    c.bits_per_sample = I2S_BITS_PER_SAMPLE_24BIT;
    c.mclk_multiple = (i2s_mclk_multiple_t)0;
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).bytes_per_frame, 8);
}

static void sizing_and_channel_formats(void)
{
    struct { i2s_bits_per_sample_t bits; i2s_channel_fmt_t fmt; int frames; uint32_t bpf; uint32_t size; } cases[] = {
        {I2S_BITS_PER_SAMPLE_16BIT, I2S_CHANNEL_FMT_RIGHT_LEFT, 256, 4, 1024},
        {I2S_BITS_PER_SAMPLE_16BIT, I2S_CHANNEL_FMT_ALL_LEFT, 256, 4, 1024},   /* ALL_* count as stereo */
        {I2S_BITS_PER_SAMPLE_16BIT, I2S_CHANNEL_FMT_ALL_RIGHT, 256, 4, 1024},
        {I2S_BITS_PER_SAMPLE_16BIT, I2S_CHANNEL_FMT_ONLY_LEFT, 256, 2, 512},
        {I2S_BITS_PER_SAMPLE_32BIT, I2S_CHANNEL_FMT_ONLY_RIGHT, 1024, 4, 4092},
        {I2S_BITS_PER_SAMPLE_32BIT, I2S_CHANNEL_FMT_RIGHT_LEFT, 512, 8, 4088}, /* ESPHome speaker: clamped */
        {I2S_BITS_PER_SAMPLE_8BIT, I2S_CHANNEL_FMT_ONLY_LEFT, 100, 2, 200},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_TX);
        c.bits_per_sample = cases[i].bits;
        c.channel_format = cases[i].fmt;
        c.dma_frame_num = cases[i].frames;
        i2s_sim_clear_log();
        CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
        i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
        CHECK_EQ(st.bytes_per_frame, cases[i].bpf);
        CHECK_EQ(st.dma_buffer_bytes, cases[i].size);
        CHECK(!i2s_sim_log_contains("dma frame num")); /* the legacy clamp is silent */
        CHECK_EQ(st.state, I2S_SIM_STATE_RUNNING);     /* install starts the channel */
        CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
    }
}

static void pin_checks(void)
{
    i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    i2s_pin_config_t p = {.mck_io_num = I2S_PIN_NO_CHANGE, .bck_io_num = 14, .ws_io_num = 13, .data_out_num = -1, .data_in_num = 34};
    CHECK_ERR(i2s_set_pin((i2s_port_t)2, &p), ESP_ERR_INVALID_ARG, "i2s_num error");
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    CHECK_EQ(i2s_set_pin(I2S_NUM_0, &p), ESP_OK);
    p.bck_io_num = 24;
    CHECK_ERR(i2s_set_pin(I2S_NUM_0, &p), ESP_ERR_INVALID_ARG, "bck_io_num invalid");
    p.bck_io_num = 14;
    p.ws_io_num = 28;
    CHECK_ERR(i2s_set_pin(I2S_NUM_0, &p), ESP_ERR_INVALID_ARG, "ws_io_num invalid");
    p.ws_io_num = 13;
    p.data_out_num = 40;
    CHECK_ERR(i2s_set_pin(I2S_NUM_0, &p), ESP_ERR_INVALID_ARG, "data_out_num invalid");
    p.data_out_num = -1;
    p.data_in_num = 31;
    CHECK_ERR(i2s_set_pin(I2S_NUM_0, &p), ESP_ERR_INVALID_ARG, "data_in_num invalid");
    p.data_in_num = 34;
    /* master: MCLK only on GPIO0/1/3 */
    p.mck_io_num = 2;
    CHECK_ERR(i2s_set_pin(I2S_NUM_0, &p), ESP_ERR_INVALID_ARG, "mclk config failed");
    p.mck_io_num = 0;
    CHECK_EQ(i2s_set_pin(I2S_NUM_0, &p), ESP_OK);
    /* master BCK on an input-only pin "succeeds" (the gpio error is ignored by the driver) */
    p.bck_io_num = 35;
    CHECK_EQ(i2s_set_pin(I2S_NUM_0, &p), ESP_OK);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    /* slave: MCLK is not configured at all */
    c.mode = I2S_MODE_SLAVE | I2S_MODE_RX;
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    p.mck_io_num = 2;
    CHECK_EQ(i2s_set_pin(I2S_NUM_0, &p), ESP_OK);
}

static void drivers_exclude_each_other(void)
{
    i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    i2s_chan_handle_t h = NULL;
    CHECK_ERR(i2s_new_channel(&cc, NULL, &h), ESP_ERR_NOT_FOUND, "get i2s object failed");
    cc.id = I2S_NUM_AUTO;
    CHECK_EQ(i2s_new_channel(&cc, NULL, &h), ESP_OK); /* AUTO skips the legacy port */
    i2s_chan_info_t info;
    CHECK_EQ(i2s_channel_get_info(h, &info), ESP_OK);
    CHECK_EQ(info.id, I2S_NUM_1);
    CHECK_ERR(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_ERR_INVALID_STATE, "register I2S object to platform failed");
    CHECK_EQ(i2s_del_channel(h), ESP_OK);
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
}

static void ticks_and_timeouts(void)
{
    /* 16 kHz stereo 16-bit, 240 frames: one buffer per 15 ms; ticks are 10 ms */
    i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_RX);
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    uint8_t buf[960 * 3];
    size_t n = 7;
    /* 0 ticks: nothing yet, returns ESP_OK with 0 and no time passes */
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, 960, &n, 0), ESP_OK);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_sim_now_us(), 0);
    /* 1 tick = 10 ms < 15 ms: times out with ESP_OK and 0 bytes after exactly 10 ms */
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, 960, &n, 1), ESP_OK);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_sim_now_us(), 10000);
    /* portMAX_DELAY: blocks until all bytes arrived (3 buffers: 15, 30, 45 ms) */
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, sizeof buf, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    CHECK_EQ(i2s_sim_now_us(), 45000);
    CHECK_EQ(i2s_sim_pattern_value(buf, 4), 1);
    CHECK_EQ(i2s_sim_pattern_value(buf + sizeof buf - 4, 4), 720);
    /* stop: a bounded read waits its ticks and returns what is there */
    CHECK_EQ(i2s_stop(I2S_NUM_0), ESP_OK);
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, 960, &n, 2), ESP_OK);
    CHECK_EQ(n, 0);
    CHECK_EQ(i2s_sim_now_us(), 65000);
    /* a stopped channel with portMAX_DELAY would hang the device; the simulator returns and says so */
    i2s_sim_clear_log();
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, 960, &n, portMAX_DELAY), ESP_OK);
    CHECK(i2s_sim_log_contains("would hang"));
    CHECK_EQ(i2s_start(I2S_NUM_0), ESP_OK);
    CHECK_EQ(i2s_read(I2S_NUM_0, buf, 960, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, 960);
    CHECK_EQ(i2s_sim_now_us(), 80000);
    CHECK_EQ(i2s_sim_pattern_value(buf, 4), 721); /* frames captured while stopped do not exist */
}

static void write_and_zero_dma(void)
{
    i2s_config_t c = legacy_cfg(I2S_MODE_MASTER | I2S_MODE_TX);
    c.tx_desc_auto_clear = false;
    CHECK_EQ(i2s_sim_sink_memory(1, 1 << 20), ESP_OK); /* before install: install already sends slot 0 */
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    uint8_t buf[960];
    i2s_sim_pattern_fill(buf, 4, 0, 240);
    size_t n = 0;
    /* the queue is empty at start: the first write waits one buffer (15 ms) */
    CHECK_EQ(i2s_write(I2S_NUM_1, buf, sizeof buf, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    CHECK_EQ(i2s_sim_now_us(), 15000);
    /* fill the remaining free buffer without waiting, then 0 ticks cannot move more */
    CHECK_EQ(i2s_write(I2S_NUM_1, buf, sizeof buf, &n, 0), ESP_OK);
    CHECK_EQ(n, 0); /* slot 1 is being played, no free buffer */
    CHECK_EQ(i2s_zero_dma_buffer(I2S_NUM_1), ESP_OK);
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(st.discarded_frames, 240); /* the written buffer was wiped before it was played */
    CHECK_EQ(i2s_zero_dma_buffer((i2s_port_t)3), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_zero_dma_buffer(I2S_NUM_0), ESP_ERR_INVALID_STATE);
    i2s_sim_advance_us(60000);
    st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(st.data_frames, 0);
    CHECK_EQ(st.underrun_frames, st.hw_frames);
    CHECK(i2s_sim_sink_memory_size(1) == st.hw_frames * 4);
    CHECK_EQ(i2s_write(I2S_NUM_1, NULL, 4, &n, 0), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_write(I2S_NUM_1, buf, 4, NULL, 0), ESP_ERR_INVALID_ARG);
}

int main(void)
{
    RUN(install_checks);
    RUN(clock_errors_are_only_logged);
    RUN(sizing_and_channel_formats);
    RUN(pin_checks);
    RUN(drivers_exclude_each_other);
    RUN(ticks_and_timeouts);
    RUN(write_and_zero_dma);
    TEST_MAIN_END();
}
