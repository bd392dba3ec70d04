/*
 * The ESP32 I2S clock chain as ESP-IDF v5.5.1 sets it up (facts from hal/hal_utils.c,
 * hal/i2s_hal.c, hal/esp32/include/hal/i2s_ll.h, esp_hw_support/port/esp32/rtc_clk.c and
 * hal/esp32/include/hal/clk_tree_ll.h at v5.5.1; see also docs of native/README.md, "Clock").
 * The arithmetic keeps ESP-IDF's integer widths and float steps, since they decide the divider.
 */
#include "sim_clk_div.h"

#define APLL_XTAL_HZ 40000000U             /* ESP32 default crystal (CONFIG_XTAL_FREQ_40) */
#define APLL_MULTIPLIER_MIN_HZ 350000000U  /* the APLL numerator must stay within 350..500 MHz */
#define APLL_MULTIPLIER_MAX_HZ 500000000U

static uint32_t abs_diff(uint32_t a, uint32_t b)
{
    return a > b ? a - b : b - a;
}

bool sim_clk_mclk_div(uint32_t sclk_hz, uint32_t mclk_hz, sim_mclk_div_t *div)
{
    uint32_t n = sclk_hz / mclk_hz;
    uint32_t rest = sclk_hz % mclk_hz;
    uint32_t a_best = 2, b_best = 0;
    if (rest != 0) {
        /* ESP-IDF carries to N + 1 when rest >= mclk - (mclk / 63) * 2 (the precedence of its
         * expression; its comment intends 1 - 1/126). */
        if (rest < mclk_hz - mclk_hz / (SIM_I2S_CLK_FRAC_DIV_AB_MAX - 1U) * 2U) {
            uint32_t min = UINT32_MAX;
            /* Closest b/a for a = 2..63, first best kept; the products wrap in 32 bits as on the chip. */
            for (uint32_t a = 2; min != 0 && a < SIM_I2S_CLK_FRAC_DIV_AB_MAX; a++) {
                uint32_t b = (a * rest + mclk_hz / 2U) / mclk_hz;
                uint32_t err = abs_diff(mclk_hz * b, rest * a);
                if (err < min) {
                    a_best = a;
                    b_best = b;
                    min = err;
                }
            }
        } else {
            n++;
        }
    }
    if (n < 1U || n >= SIM_I2S_CLK_FRAC_DIV_N_MAX) {
        return false;
    }
    div->integer = n;
    div->numerator = b_best;
    div->denominator = a_best;
    return true;
}

bool sim_clk_apll(uint32_t expt_hz, uint32_t *driver_hz, sim_freq_t *exact)
{
    /* Output = xtal * (4 + sdm2 + sdm1/256 + sdm0/65536) / (2 * (o_div + 2)), numerator 350..500 MHz:
     * the smallest o_div that lifts the numerator above 350 MHz, else the largest below 500 MHz. The
     * float steps are ESP-IDF's (single precision where it uses float). */
    int o_div = (int)((float)APLL_MULTIPLIER_MIN_HZ / (float)(expt_hz * 2U) + 1.0f) - 2;
    if (o_div > 31) {
        return false;
    }
    if (o_div < 0) {
        o_div = (int)((float)APLL_MULTIPLIER_MAX_HZ / (float)(expt_hz * 2U)) - 2;
        if (o_div < 0) {
            return false;
        }
    }
    uint32_t scaled = (uint32_t)(o_div + 2) * 2U * expt_hz;
    int sdm2 = (int)(scaled / APLL_XTAL_HZ) - 4;
    float frac = ((float)scaled / (float)APLL_XTAL_HZ) - 4.0f - (float)sdm2;
    int sdm1 = 0, sdm0 = 0;
    if ((double)frac > 1.0 - (1.0 / 65536.0) / 2.0) {
        sdm2++;
    } else if ((double)frac > (1.0 / 65536.0) / 2.0) {
        int steps = (int)((double)frac * 65536.0 + 0.5);
        sdm1 = steps / 256;
        sdm0 = steps % 256;
    }
    *driver_hz = (uint32_t)((double)APLL_XTAL_HZ *
                            ((double)(4 + sdm2) + (double)(float)sdm1 / 256.0 + (double)(float)sdm0 / 65536.0) /
                            (((double)(float)o_div + 2.0) * 2.0));
    exact->num = (uint64_t)APLL_XTAL_HZ * ((uint64_t)(4 + sdm2) * 65536U + (uint64_t)sdm1 * 256U + (uint64_t)sdm0);
    exact->den = 65536ULL * 2U * (uint64_t)(o_div + 2);
    return true;
}

static uint64_t gcd(uint64_t a, uint64_t b)
{
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

sim_freq_t sim_clk_frame_rate(sim_freq_t sclk, const sim_mclk_div_t *div, uint32_t bclk_div, uint32_t bits_per_frame)
{
    /* MCLK = sclk * a / (N * a + b); without a fraction (b = 0) it is sclk / N. */
    uint64_t a = div->numerator != 0 ? div->denominator : 1U;
    uint64_t b = div->numerator;
    sim_freq_t f = {
        .num = sclk.num * a,
        .den = sclk.den * ((uint64_t)div->integer * a + b) * bclk_div * bits_per_frame,
    };
    uint64_t g = gcd(f.num, f.den);
    f.num /= g;
    f.den /= g;
    return f;
}

sim_freq_t sim_clk_master_rate(sim_freq_t sclk_exact, uint32_t sclk_hz, uint32_t mclk_hz, uint32_t bclk_div,
                               uint32_t bits_per_frame, uint32_t nominal_hz)
{
    sim_mclk_div_t div;
    if (mclk_hz == 0 || bclk_div == 0 || bits_per_frame == 0 || !sim_clk_mclk_div(sclk_hz, mclk_hz, &div)) {
        sim_freq_t nominal = {nominal_hz, 1};
        return nominal;
    }
    return sim_clk_frame_rate(sclk_exact, &div, bclk_div, bits_per_frame);
}
