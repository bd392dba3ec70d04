/*
 * Minimal test harness for the simulator's CTest executables: CHECK macros that count failures and
 * print where they happened, and helpers that build channels the way generated code does.
 */
#pragma once

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "driver/i2s_std.h"
#include "freertos/FreeRTOS.h"
#include "i2s_sim.h"

static int g_failures;
static int g_checks;

#define CHECK(cond) do {                                                              \
        g_checks++;                                                                   \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);  \
            g_failures++;                                                             \
        }                                                                             \
    } while (0)

#define CHECK_EQ(a, b) do {                                                                        \
        long long va_ = (long long)(a), vb_ = (long long)(b);                                      \
        g_checks++;                                                                                \
        if (va_ != vb_) {                                                                          \
            fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, \
                    #a, #b, va_, vb_);                                                             \
            g_failures++;                                                                          \
        }                                                                                          \
    } while (0)

/* The call must fail with `code` and the driver must have logged `text`. */
#define CHECK_ERR(call, code, text) do {                                                 \
        i2s_sim_clear_log();                                                             \
        esp_err_t e_ = (call);                                                           \
        CHECK_EQ(e_, code);                                                              \
        if (!i2s_sim_log_contains(text)) {                                               \
            char l_[256];                                                                \
            i2s_sim_last_log(l_, sizeof l_);                                             \
            fprintf(stderr, "%s:%d: expected log \"%s\", last was \"%s\"\n", __FILE__,    \
                    __LINE__, text, l_);                                                 \
            g_failures++;                                                                \
        }                                                                                \
    } while (0)

#define RUN(test) do {                                                                   \
        i2s_sim_reset();                                                                 \
        int before_ = g_failures;                                                        \
        test();                                                                          \
        fprintf(stderr, "%s %s\n", g_failures == before_ ? "PASS" : "FAIL", #test);      \
        i2s_sim_reset();                                                                 \
    } while (0)

#define TEST_MAIN_END() do {                                                             \
        fprintf(stderr, "%d checks, %d failures\n", g_checks, g_failures);               \
        return g_failures == 0 ? 0 : 1;                                                  \
    } while (0)

static inline i2s_std_config_t std_config(uint32_t rate, i2s_data_bit_width_t bits, i2s_slot_mode_t mode)
{
    i2s_std_config_t cfg = {
        .clk_cfg = I2S_STD_CLK_DEFAULT_CONFIG(rate),
        .slot_cfg = I2S_STD_PHILIPS_SLOT_DEFAULT_CONFIG(bits, mode),
        .gpio_cfg = {
            .mclk = I2S_GPIO_UNUSED,
            .bclk = GPIO_NUM_14,
            .ws = GPIO_NUM_13,
            .dout = GPIO_NUM_25,
            .din = GPIO_NUM_12,
            .invert_flags = {.mclk_inv = false, .bclk_inv = false, .ws_inv = false},
        },
    };
    return cfg;
}

/* New channel in one direction, initialised in std mode and (optionally) enabled. */
static inline i2s_chan_handle_t std_channel(i2s_port_t port, bool tx, uint32_t desc, uint32_t frames, uint32_t rate,
                                            i2s_data_bit_width_t bits, i2s_slot_mode_t mode, bool auto_clear, bool enable)
{
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(port, I2S_ROLE_MASTER);
    cc.dma_desc_num = desc;
    cc.dma_frame_num = frames;
    cc.auto_clear = auto_clear;
    i2s_chan_handle_t h = NULL;
    if (i2s_new_channel(&cc, tx ? &h : NULL, tx ? NULL : &h) != ESP_OK) {
        return NULL;
    }
    i2s_std_config_t sc = std_config(rate, bits, mode);
    if (bits == I2S_DATA_BIT_WIDTH_24BIT) {
        sc.clk_cfg.mclk_multiple = I2S_MCLK_MULTIPLE_384; /* 24-bit needs a multiple of 3 */
    }
    if (i2s_channel_init_std_mode(h, &sc) != ESP_OK) {
        return NULL;
    }
    if (enable && i2s_channel_enable(h) != ESP_OK) {
        return NULL;
    }
    return h;
}

static inline i2s_sim_stats_t stats_of(int port, int dir)
{
    i2s_sim_stats_t s;
    memset(&s, 0, sizeof s);
    (void)i2s_sim_get_stats(port, dir, &s);
    return s;
}
