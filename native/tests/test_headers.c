/*
 * The stand-in headers must match ESP-IDF v5.5 (ESP32 variant): enum values, struct field order,
 * default-config macros, error codes and names, FreeRTOS tick maths. Built with -pedantic -Werror,
 * and the legacy header must still raise its deprecation warning when not suppressed (see CMake).
 */
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#include <stddef.h>

#include "driver/i2s.h"
#include "driver/i2s_std.h"
#include "esp_err.h"
#include "esp_log.h"
#include "freertos/FreeRTOS.h"
#include "test_util.h"

#define ORDERED(type, a, b) _Static_assert(offsetof(type, a) < offsetof(type, b), #type ": " #a " before " #b)

ORDERED(i2s_chan_config_t, id, role);
ORDERED(i2s_chan_config_t, role, dma_desc_num);
ORDERED(i2s_chan_config_t, dma_desc_num, dma_frame_num);
ORDERED(i2s_chan_config_t, dma_frame_num, auto_clear);
ORDERED(i2s_chan_config_t, auto_clear, auto_clear_before_cb);
ORDERED(i2s_chan_config_t, auto_clear_before_cb, allow_pd);
ORDERED(i2s_chan_config_t, allow_pd, intr_priority);
_Static_assert(offsetof(i2s_chan_config_t, auto_clear) == offsetof(i2s_chan_config_t, auto_clear_after_cb),
               "auto_clear is a union alias of auto_clear_after_cb");

ORDERED(i2s_std_clk_config_t, sample_rate_hz, clk_src);
ORDERED(i2s_std_clk_config_t, clk_src, mclk_multiple);
ORDERED(i2s_std_clk_config_t, mclk_multiple, bclk_div);
_Static_assert(sizeof(i2s_std_clk_config_t) == 4 * sizeof(uint32_t), "ESP32 clock config has no ext_clk_freq_hz");

ORDERED(i2s_std_slot_config_t, data_bit_width, slot_bit_width);
ORDERED(i2s_std_slot_config_t, slot_bit_width, slot_mode);
ORDERED(i2s_std_slot_config_t, slot_mode, slot_mask);
ORDERED(i2s_std_slot_config_t, slot_mask, ws_width);
ORDERED(i2s_std_slot_config_t, ws_width, ws_pol);
ORDERED(i2s_std_slot_config_t, ws_pol, bit_shift);
ORDERED(i2s_std_slot_config_t, bit_shift, msb_right);

ORDERED(i2s_std_gpio_config_t, mclk, bclk);
ORDERED(i2s_std_gpio_config_t, bclk, ws);
ORDERED(i2s_std_gpio_config_t, ws, dout);
ORDERED(i2s_std_gpio_config_t, dout, din);
ORDERED(i2s_std_gpio_config_t, din, invert_flags);
ORDERED(i2s_std_config_t, clk_cfg, slot_cfg);
ORDERED(i2s_std_config_t, slot_cfg, gpio_cfg);

ORDERED(i2s_config_t, mode, sample_rate);
ORDERED(i2s_config_t, sample_rate, bits_per_sample);
ORDERED(i2s_config_t, bits_per_sample, channel_format);
ORDERED(i2s_config_t, channel_format, communication_format);
ORDERED(i2s_config_t, communication_format, intr_alloc_flags);
ORDERED(i2s_config_t, intr_alloc_flags, dma_desc_num);
ORDERED(i2s_config_t, dma_desc_num, dma_frame_num);
ORDERED(i2s_config_t, dma_frame_num, use_apll);
ORDERED(i2s_config_t, use_apll, tx_desc_auto_clear);
ORDERED(i2s_config_t, tx_desc_auto_clear, fixed_mclk);
ORDERED(i2s_config_t, fixed_mclk, mclk_multiple);
ORDERED(i2s_config_t, mclk_multiple, bits_per_chan);
_Static_assert(sizeof(i2s_pin_config_t) == 5 * sizeof(int), "five int pins");
ORDERED(i2s_pin_config_t, mck_io_num, bck_io_num);
ORDERED(i2s_pin_config_t, bck_io_num, ws_io_num);
ORDERED(i2s_pin_config_t, ws_io_num, data_out_num);
ORDERED(i2s_pin_config_t, data_out_num, data_in_num);

static void enum_values(void)
{
    CHECK_EQ(I2S_NUM_0, 0);
    CHECK_EQ(I2S_NUM_1, 1);
    CHECK_EQ(I2S_NUM_AUTO, 2);
    CHECK_EQ(I2S_ROLE_MASTER, 0);
    CHECK_EQ(I2S_ROLE_SLAVE, 1);
    CHECK_EQ(I2S_DIR_RX, 1);
    CHECK_EQ(I2S_DIR_TX, 2);
    CHECK_EQ(I2S_SLOT_MODE_MONO, 1);
    CHECK_EQ(I2S_SLOT_MODE_STEREO, 2);
    CHECK_EQ(I2S_STD_SLOT_LEFT, 1);
    CHECK_EQ(I2S_STD_SLOT_RIGHT, 2);
    CHECK_EQ(I2S_STD_SLOT_BOTH, 3);
    CHECK_EQ(I2S_PDM_SLOT_RIGHT, 1);
    CHECK_EQ(I2S_PDM_SLOT_LEFT, 2);
    CHECK_EQ(I2S_DATA_BIT_WIDTH_24BIT, 24);
    CHECK_EQ(I2S_SLOT_BIT_WIDTH_AUTO, 0);
    CHECK_EQ(I2S_MCLK_MULTIPLE_128, 128);
    CHECK_EQ(I2S_MCLK_MULTIPLE_192, 192);
    CHECK_EQ(I2S_MCLK_MULTIPLE_384, 384);
    CHECK_EQ(I2S_MCLK_MULTIPLE_1152, 1152);
    CHECK_EQ(I2S_CLK_SRC_DEFAULT, 6);
    CHECK_EQ(I2S_CLK_SRC_PLL_160M, 6);
    CHECK_EQ(I2S_CLK_SRC_APLL, 12);
    CHECK_EQ(I2S_COMM_MODE_STD, 0);
    CHECK_EQ(I2S_COMM_MODE_PDM, 1);
    CHECK_EQ(I2S_COMM_MODE_NONE, 2);
    CHECK_EQ(GPIO_NUM_NC, -1);
    CHECK_EQ(I2S_GPIO_UNUSED, -1);
    CHECK_EQ(GPIO_NUM_39, 39);
    CHECK_EQ(GPIO_NUM_MAX, 40);
    /* legacy */
    CHECK_EQ(I2S_MODE_MASTER, 1);
    CHECK_EQ(I2S_MODE_SLAVE, 2);
    CHECK_EQ(I2S_MODE_TX, 4);
    CHECK_EQ(I2S_MODE_RX, 8);
    CHECK_EQ(I2S_MODE_DAC_BUILT_IN, 0x10);
    CHECK_EQ(I2S_MODE_ADC_BUILT_IN, 0x20);
    CHECK_EQ(I2S_MODE_PDM, 0x40);
    CHECK_EQ(I2S_CHANNEL_FMT_RIGHT_LEFT, 0);
    CHECK_EQ(I2S_CHANNEL_FMT_ALL_RIGHT, 1);
    CHECK_EQ(I2S_CHANNEL_FMT_ALL_LEFT, 2);
    CHECK_EQ(I2S_CHANNEL_FMT_ONLY_RIGHT, 3);
    CHECK_EQ(I2S_CHANNEL_FMT_ONLY_LEFT, 4);
    CHECK_EQ(I2S_COMM_FORMAT_STAND_I2S, 1);
    CHECK_EQ(I2S_COMM_FORMAT_STAND_MSB, 2);
    CHECK_EQ(I2S_COMM_FORMAT_STAND_PCM_SHORT, 4);
    CHECK_EQ(I2S_COMM_FORMAT_STAND_PCM_LONG, 0x0C);
    CHECK_EQ(I2S_COMM_FORMAT_STAND_MAX, 0x0D);
    CHECK_EQ(I2S_BITS_PER_SAMPLE_24BIT, 24);
    CHECK_EQ(I2S_BITS_PER_CHAN_DEFAULT, 0);
    CHECK_EQ(I2S_CHANNEL_MONO, 1);
    CHECK_EQ(I2S_CHANNEL_STEREO, 2);
    CHECK_EQ(I2S_PIN_NO_CHANGE, -1);
}

static void default_macros(void)
{
    i2s_chan_config_t c = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_1, I2S_ROLE_SLAVE);
    CHECK_EQ(c.id, I2S_NUM_1);
    CHECK_EQ(c.role, I2S_ROLE_SLAVE);
    CHECK_EQ(c.dma_desc_num, 6);
    CHECK_EQ(c.dma_frame_num, 240);
    CHECK(!c.auto_clear && !c.auto_clear_before_cb && !c.allow_pd);
    CHECK_EQ(c.intr_priority, 0);

    i2s_std_clk_config_t k = I2S_STD_CLK_DEFAULT_CONFIG(44100);
    CHECK_EQ(k.sample_rate_hz, 44100);
    CHECK_EQ(k.clk_src, I2S_CLK_SRC_DEFAULT);
    CHECK_EQ(k.mclk_multiple, 256);
    CHECK_EQ(k.bclk_div, 8);

    i2s_std_slot_config_t p = I2S_STD_PHILIPS_SLOT_DEFAULT_CONFIG(I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_MONO);
    CHECK_EQ(p.slot_mask, I2S_STD_SLOT_LEFT); /* ESP32: mono uses the left slot */
    CHECK_EQ(p.ws_width, 16);
    CHECK(!p.ws_pol && p.bit_shift && p.msb_right);
    i2s_std_slot_config_t m = I2S_STD_MSB_SLOT_DEFAULT_CONFIG(I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(m.slot_mask, I2S_STD_SLOT_BOTH);
    CHECK(!m.bit_shift && !m.msb_right);
    i2s_std_slot_config_t q = I2S_STD_PCM_SLOT_DEFAULT_CONFIG(I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(q.ws_width, 1);
    CHECK(q.ws_pol && q.bit_shift);
}

static void error_codes(void)
{
    CHECK_EQ(ESP_OK, 0);
    CHECK_EQ(ESP_FAIL, -1);
    CHECK_EQ(ESP_ERR_NO_MEM, 0x101);
    CHECK_EQ(ESP_ERR_INVALID_ARG, 0x102);
    CHECK_EQ(ESP_ERR_INVALID_STATE, 0x103);
    CHECK_EQ(ESP_ERR_INVALID_SIZE, 0x104);
    CHECK_EQ(ESP_ERR_NOT_FOUND, 0x105);
    CHECK_EQ(ESP_ERR_NOT_SUPPORTED, 0x106);
    CHECK_EQ(ESP_ERR_TIMEOUT, 0x107);
    CHECK_EQ(ESP_ERR_NOT_ALLOWED, 0x10D);
    CHECK(strcmp(esp_err_to_name(ESP_ERR_INVALID_STATE), "ESP_ERR_INVALID_STATE") == 0);
    CHECK(strcmp(esp_err_to_name(ESP_OK), "ESP_OK") == 0);
    CHECK(strcmp(esp_err_to_name(0x7777), "ERROR") == 0);
    char buf[32];
    CHECK(strcmp(esp_err_to_name_r(0x7777, buf, sizeof buf), "ERROR 0x7777(30583)") == 0);
}

static void freertos_ticks(void)
{
    CHECK_EQ(configTICK_RATE_HZ, 100);
    CHECK_EQ(pdMS_TO_TICKS(5), 0);    /* below one tick: no wait at all, as on the device */
    CHECK_EQ(pdMS_TO_TICKS(10), 1);
    CHECK_EQ(pdMS_TO_TICKS(1000), 100);
    CHECK_EQ(portTICK_PERIOD_MS, 10);
    CHECK(portMAX_DELAY == 0xFFFFFFFFu);
}

static void gpio_masks(void)
{
    CHECK(GPIO_IS_VALID_GPIO(0));
    CHECK(GPIO_IS_VALID_GPIO(39));
    CHECK(!GPIO_IS_VALID_GPIO(24));
    CHECK(!GPIO_IS_VALID_GPIO(28));
    CHECK(!GPIO_IS_VALID_GPIO(40));
    CHECK(!GPIO_IS_VALID_GPIO(-1));
    CHECK(GPIO_IS_VALID_OUTPUT_GPIO(33));
    CHECK(!GPIO_IS_VALID_OUTPUT_GPIO(34));
}

static void log_capture(void)
{
    ESP_LOGE("tag", "value %d", 42);
    char buf[64];
    CHECK_EQ(i2s_sim_last_log(buf, sizeof buf), 13);
    CHECK(strcmp(buf, "tag: value 42") == 0);
    CHECK(i2s_sim_log_contains("value 42"));
    ESP_LOGI("tag", "info is not captured");
    CHECK(!i2s_sim_log_contains("info"));
    CHECK_EQ(i2s_sim_stats_size(), sizeof(i2s_sim_stats_t));
    CHECK_EQ(sizeof(i2s_sim_stats_t), 12 * 8 + 6 * 4);
}

int main(void)
{
    RUN(enum_values);
    RUN(default_macros);
    RUN(error_codes);
    RUN(freertos_ticks);
    RUN(gpio_masks);
    RUN(log_capture);
    TEST_MAIN_END();
}
