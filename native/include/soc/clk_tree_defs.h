/*
 * Host stand-in for ESP-IDF v5.5 components/soc/esp32/include/soc/clk_tree_defs.h: the module clock
 * enum (same order, so the same values) and the ESP32 I2S clock source enum.
 */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    SOC_MOD_CLK_CPU = 1,
    SOC_MOD_CLK_RTC_FAST,
    SOC_MOD_CLK_RTC_SLOW,
    SOC_MOD_CLK_APB,
    SOC_MOD_CLK_PLL_D2,
    SOC_MOD_CLK_PLL_F160M,
    SOC_MOD_CLK_XTAL32K,
    SOC_MOD_CLK_RC_FAST,
    SOC_MOD_CLK_RC_FAST_D256,
    SOC_MOD_CLK_XTAL,
    SOC_MOD_CLK_REF_TICK,
    SOC_MOD_CLK_APLL,
    SOC_MOD_CLK_INVALID,
} soc_module_clk_t;

#define SOC_I2S_CLKS {SOC_MOD_CLK_PLL_F160M, SOC_MOD_CLK_APLL}

typedef enum {
    I2S_CLK_SRC_DEFAULT = SOC_MOD_CLK_PLL_F160M,
    I2S_CLK_SRC_PLL_160M = SOC_MOD_CLK_PLL_F160M,
    I2S_CLK_SRC_APLL = SOC_MOD_CLK_APLL,
} soc_periph_i2s_clk_src_t;

#ifdef __cplusplus
}
#endif
