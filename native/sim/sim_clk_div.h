/*
 * ESP32 I2S clock dividers as ESP-IDF v5.5 programs them (sim_clk_div.c), for both driver front ends:
 * which MCLK divider N + b/a the HAL picks, what the APLL really runs at, and so the frame rate the
 * hardware really clocks (rational, so long runs drift exactly). Depends on nothing in the simulator.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

/* The 160 MHz PLL clock, I2S_CLK_SRC_DEFAULT on ESP32 (I2S_LL_DEFAULT_CLK_FREQ). */
#define SIM_I2S_PLL_F160M_HZ 160000000U
/* ESP32 register limits: clkm_div_num is 8 bits (N < 256), clkm_div_a/b are 6 bits (a < 64). */
#define SIM_I2S_CLK_FRAC_DIV_N_MAX 256U
#define SIM_I2S_CLK_FRAC_DIV_AB_MAX 64U
/* APLL output limits on ESP32 (CLK_LL_APLL_MIN_HZ / CLK_LL_APLL_MAX_HZ). */
#define SIM_APLL_MIN_HZ 5303031U
#define SIM_APLL_MAX_HZ 125000000U

/* A frequency as a fraction num / den Hz. */
typedef struct {
    uint64_t num, den;
} sim_freq_t;

/* MCLK = sclk / (integer + numerator / denominator). */
typedef struct {
    uint32_t integer, numerator, denominator;
} sim_mclk_div_t;

/* hal_utils_calc_clk_div_frac_accurate as i2s_hal_calc_mclk_precise_division calls it on ESP32
 * (max_integ 256, min_integ 1, max_fract 64), in the same 32-bit arithmetic. False where the HAL
 * fails (N outside [1, 255]); the driver then leaves the divider registers unpredictable. */
bool sim_clk_mclk_div(uint32_t sclk_hz, uint32_t mclk_hz, sim_mclk_div_t *div);

/* rtc_clk_apll_coeff_calc with a 40 MHz crystal: the APLL settings for expt_hz. driver_hz is the
 * integer frequency the function returns (what the I2S driver then divides), exact the frequency the
 * settings really give. False when the frequency is out of the APLL's range. */
bool sim_clk_apll(uint32_t expt_hz, uint32_t *driver_hz, sim_freq_t *exact);

/* Frame rate = sclk / (N + b/a) / bclk_div / bits_per_frame (bits_per_frame = slots * slot bits). */
sim_freq_t sim_clk_frame_rate(sim_freq_t sclk, const sim_mclk_div_t *div, uint32_t bclk_div, uint32_t bits_per_frame);

/* The frame rate of a master channel: the HAL's divider for sclk_hz / mclk_hz applied to the source's
 * exact frequency, then BCLK = MCLK / bclk_div and bits_per_frame BCLK cycles per frame. Where the HAL
 * fails (or bclk_div is 0) the registers hold no meaningful divider and the simulator falls back to
 * nominal_hz. */
sim_freq_t sim_clk_master_rate(sim_freq_t sclk_exact, uint32_t sclk_hz, uint32_t mclk_hz, uint32_t bclk_div,
                               uint32_t bits_per_frame, uint32_t nominal_hz);
