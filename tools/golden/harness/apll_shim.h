/*
 * periph_rtc_apll_freq_set (esp_hw_support/clk_ctrl_os.c, v5.0-v6.0) for the case the golden tables describe: the
 * I2S channel is the APLL's only user, so the coefficients from rtc_clk_apll_coeff_calc are applied as computed.
 * (With a second user such as EMAC, ESP-IDF keeps the running frequency and warns; that is outside the tables.)
 */
#pragma once

static inline esp_err_t periph_rtc_apll_freq_set(uint32_t expt_freq, uint32_t *real_freq)
{
    uint32_t o_div = 0;
    uint32_t sdm0 = 0;
    uint32_t sdm1 = 0;
    uint32_t sdm2 = 0;
    uint32_t apll_freq = rtc_clk_apll_coeff_calc(expt_freq, &o_div, &sdm0, &sdm1, &sdm2);
    ESP_RETURN_ON_FALSE(apll_freq, ESP_ERR_INVALID_ARG, TAG, "APLL coefficients calculate failed");
    *real_freq = apll_freq;
    rtc_clk_apll_coeff_set(o_div, sdm0, sdm1, sdm2);
    return ESP_OK;
}
