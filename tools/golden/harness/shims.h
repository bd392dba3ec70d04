/*
 * Host shims for the ESP-IDF clock code that generate.sh extracts from one ESP-IDF tag.
 * Only what the extracted functions touch is provided: error/log macros (which record the message instead of
 * printing it), the handful of driver types those functions read, and the clock-tree frequencies of the chip.
 * Everything arithmetic comes from ESP-IDF itself (extracted.h).
 */
#pragma once

#include <assert.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int esp_err_t;
#define ESP_OK 0
#define ESP_FAIL -1
#define ESP_ERR_INVALID_ARG 0x102
#define ESP_ERR_INVALID_STATE 0x103
#define MHZ (1000000)

/* The first error ESP-IDF reports (returned or logged) and the first warning, per computed row. */
static const char *g_error;
static const char *g_warning;

static inline void harness_note_error(const char *text)
{
    if (g_error == NULL) {
        g_error = text;
    }
}

static inline void harness_note_warning(const char *text)
{
    if (g_warning == NULL) {
        g_warning = text;
    }
}

#define ESP_RETURN_ON_FALSE(condition, code, tag, format, ...) do { \
        if (!(condition)) {                                         \
            harness_note_error(format);                             \
            return code;                                            \
        }                                                           \
    } while (0)
#define ESP_RETURN_ON_ERROR(expression, tag, format, ...) do { \
        esp_err_t harness_err = (expression);                  \
        if (harness_err != ESP_OK) {                           \
            harness_note_error(format);                        \
            return harness_err;                                \
        }                                                      \
    } while (0)
#define ESP_LOGE(tag, format, ...) harness_note_error(format)
#define ESP_HW_LOGE(tag, format, ...) harness_note_error(format)
#define ESP_LOGW(tag, format, ...) harness_note_warning(format)
#define ESP_LOGI(tag, format, ...) ((void)0)
#define ESP_LOGD(tag, format, ...) ((void)0)
#define HAL_ASSERT(condition) assert(condition)
#define HAL_FORCE_MODIFY_U32_REG_FIELD(base, field, value) ((base).field = (value))

static const char *TAG = "i2s";

/* Clock sources: the values are the harness's own; only their identity matters to the extracted code. */
typedef enum {
    I2S_CLK_SRC_PLL_160M = 1,
    I2S_CLK_SRC_PLL_96M,
    I2S_CLK_SRC_PLL_64M,
    I2S_CLK_SRC_XTAL,
    I2S_CLK_SRC_APLL,
    I2S_CLK_SRC_EXTERNAL,
    I2S_CLK_D2CLK,
    I2S_CLK_APLL,
} i2s_clock_src_t;
#define SOC_MOD_CLK_APLL I2S_CLK_SRC_APLL
/* As in ESP-IDF, the default is an alias of the chip's default source (soc/<chip>/include/soc/clk_tree_defs.h). */
#define I2S_CLK_SRC_DEFAULT HARNESS_DEFAULT_SRC
typedef enum { ESP_CLK_TREE_SRC_FREQ_PRECISION_CACHED } esp_clk_tree_src_freq_precision_t;

/* HARNESS_DEFAULT_SRC and HARNESS_XTAL_HZ come from generate.sh (the chip's I2S_CLK_SRC_DEFAULT and crystal). */
static inline uint32_t esp_clk_xtal_freq(void)
{
    return HARNESS_XTAL_HZ;
}

static inline esp_err_t esp_clk_tree_src_get_freq_hz(i2s_clock_src_t src, esp_clk_tree_src_freq_precision_t precision,
                                                     uint32_t *freq)
{
    (void)precision;
    switch (src) {
    case I2S_CLK_SRC_PLL_160M: *freq = 160 * MHZ; break;
    case I2S_CLK_SRC_PLL_96M: *freq = 96 * MHZ; break;
    case I2S_CLK_SRC_PLL_64M: *freq = 64 * MHZ; break;
    case I2S_CLK_SRC_XTAL: *freq = HARNESS_XTAL_HZ; break;
    default: *freq = 0; return ESP_ERR_INVALID_ARG;
    }
    return ESP_OK;
}

static inline uint32_t rtc_clk_xtal_freq_get(void)
{
    return HARNESS_XTAL_HZ / MHZ;
}

/* The APLL coefficients ESP-IDF last chose (rtc_clk_apll_enable in v4.4, rtc_clk_apll_coeff_set from v5.0). */
static struct {
    bool set;
    uint32_t o_div, sdm0, sdm1, sdm2;
} g_apll;

static inline void rtc_clk_apll_enable(bool enable, uint32_t sdm0, uint32_t sdm1, uint32_t sdm2, uint32_t o_div)
{
    (void)enable;
    g_apll.set = true;
    g_apll.o_div = o_div;
    g_apll.sdm0 = sdm0;
    g_apll.sdm1 = sdm1;
    g_apll.sdm2 = sdm2;
}

static inline void rtc_clk_apll_coeff_set(uint32_t o_div, uint32_t sdm0, uint32_t sdm1, uint32_t sdm2)
{
    rtc_clk_apll_enable(true, sdm0, sdm1, sdm2, o_div);
}

/* The driver state the extracted functions read (only the fields they use). */
typedef enum { I2S_ROLE_MASTER, I2S_ROLE_SLAVE } i2s_role_t;
typedef enum { I2S_SLOT_BIT_WIDTH_AUTO = 0 } i2s_slot_bit_width_t;
typedef uint32_t i2s_data_bit_width_t;
#define I2S_DATA_BIT_WIDTH_24BIT 24

typedef struct {
    uint32_t sample_rate_hz;
    i2s_clock_src_t clk_src;
    uint32_t ext_clk_freq_hz;
    uint32_t mclk_multiple;
    uint32_t bclk_div;
} i2s_std_clk_config_t;

typedef struct {
    i2s_data_bit_width_t data_bit_width;
    uint32_t slot_bit_width;
} i2s_std_slot_config_t;

typedef struct {
    i2s_std_clk_config_t clk_cfg;
    i2s_std_slot_config_t slot_cfg;
} i2s_std_config_t;

struct i2s_channel_obj_t {
    i2s_role_t role;
    uint32_t total_slot;
    void *mode_info;
    bool full_duplex_slave;
    bool is_external;
};
typedef struct i2s_channel_obj_t *i2s_chan_handle_t;

/* The registers the IDF 5.0 i2s_ll_tx_set_mclk writes, as plain fields (the values before the register widths). */
typedef struct {
    struct {
        uint32_t clkm_div_num, clkm_div_b, clkm_div_a;
    } clkm_conf;
    struct {
        uint32_t tx_clkm_div_x, tx_clkm_div_y, tx_clkm_div_z, tx_clkm_div_yn1;
    } tx_clkm_div_conf;
    struct {
        uint32_t tx_clkm_div_num;
    } tx_clkm_conf;
} i2s_dev_t;

#if HARNESS_LEGACY44
/* IDF 4.4 legacy driver state (only the fields i2s_calculate_common_clock and friends read). */
#define I2S_MODE_MASTER 1
#define I2S_MCLK_MULTIPLE_256 256
typedef struct {
    int mode;
    uint32_t sample_rate;
    uint32_t sample_bits;
    uint32_t chan_bits;
    uint32_t total_chan;
} i2s_hal_config_t;
typedef struct {
    i2s_hal_config_t hal_cfg;
    bool use_apll;
    int fixed_mclk;
    uint32_t mclk_multiple;
    int hal;
} i2s_obj_t;
typedef int i2s_port_t;
static i2s_obj_t g_legacy_obj;
static i2s_obj_t *p_i2s[1] = { &g_legacy_obj };
#define i2s_hal_set_clock_src(hal, src) ((void)(hal), (void)(src))
#endif

#if HARNESS_LEGACY5
/* IDF 5.x deprecated legacy driver state (driver/deprecated/i2s_legacy.c: the i2s_obj_t and i2s_clk_config_t fields
 * i2s_calculate_common_clock and i2s_config_source_clock read; the slot config's slot width). */
typedef int i2s_port_t;
typedef struct {
    uint32_t sample_rate_hz;
    i2s_clock_src_t clk_src;
    uint32_t mclk_multiple;
} i2s_clk_config_t;
typedef struct {
    uint32_t data_bit_width;
    uint32_t slot_bit_width;
} i2s_hal_slot_config_t;
typedef struct {
    bool use_apll;
    int fixed_mclk;
    i2s_role_t role;
    i2s_hal_slot_config_t slot_cfg;
    i2s_clk_config_t clk_cfg;
    uint32_t total_slot;
} i2s_obj_t;
static i2s_obj_t g_legacy_obj;
static i2s_obj_t *p_i2s[1] = { &g_legacy_obj };
#endif
