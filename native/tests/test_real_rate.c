/*
 * The simulator clocks frames at the rate the ESP32's clock dividers really give, not at the requested
 * rate: over three hours of virtual recording the frame count must match that rate to within one DMA
 * buffer, and differ from the requested rate by the drift the chip shows.
 *
 * The expected rates are computed here from divider settings stated independently of the simulator's
 * code, worked out by hand from ESP-IDF v5.5.1's formulas (hal/hal_utils.c
 * hal_utils_calc_clk_div_frac_accurate with ESP32's 6-bit a/b; esp_hw_support/port/esp32/rtc_clk.c
 * rtc_clk_apll_coeff_calc, 40 MHz crystal): from 160 MHz, 44100 Hz x256 is MCLK = 160 MHz / (14 + 5/29),
 * 22050 Hz x256 is 28 + 10/29, 48000 Hz x256 is 13 + 1/48 (exact); the APLL for 44100 x256 runs with
 * o_div 6, sdm2 5, sdm1 8, sdm0 28 and MCLK = APLL / 2. Then fs = MCLK / bclk_div / (2 * slot_bits)
 * with bclk_div = mclk_multiple / (2 * slot_bits), truncated.
 */
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#include <math.h>

#include "driver/i2s.h"
#include "test_util.h"

#define HOURS 3.0
#define RECORD_US ((uint64_t)(HOURS * 3600.0 * 1e6))
#define FRAMES 500 /* per DMA buffer */

typedef struct {
    const char *name;
    bool legacy, apll;
    uint32_t rate;
    i2s_data_bit_width_t bits;
    i2s_slot_mode_t mode;
    double sclk_hz;             /* source clock */
    uint32_t n, b, a;           /* MCLK = sclk / (n + b/a) */
    uint32_t bclk_div;
    uint32_t slot_bits;
} rate_case_t;

/* APLL with a 40 MHz crystal: 40e6 * (4 + sdm2 + sdm1/256 + sdm0/65536) / (2 * (o_div + 2)). */
static double apll_hz(int o_div, int sdm2, int sdm1, int sdm0)
{
    return 40e6 * (4.0 + sdm2 + sdm1 / 256.0 + sdm0 / 65536.0) / (2.0 * (o_div + 2));
}

static double expected_rate(const rate_case_t *c)
{
    double mclk = c->sclk_hz / (c->n + (double)c->b / (double)c->a);
    return mclk / c->bclk_div / (2.0 * c->slot_bits);
}

static void open_channel(const rate_case_t *c, bool tx)
{
    i2s_port_t port = tx ? I2S_NUM_1 : I2S_NUM_0;
    if (c->legacy) {
        i2s_config_t cfg = {
            .mode = I2S_MODE_MASTER | (tx ? I2S_MODE_TX : I2S_MODE_RX), .sample_rate = c->rate,
            .bits_per_sample = (i2s_bits_per_sample_t)c->bits,
            .channel_format = c->mode == I2S_SLOT_MODE_MONO ? I2S_CHANNEL_FMT_ONLY_LEFT : I2S_CHANNEL_FMT_RIGHT_LEFT,
            .communication_format = I2S_COMM_FORMAT_STAND_I2S, .intr_alloc_flags = 0, .dma_desc_num = 4,
            .dma_frame_num = FRAMES, .use_apll = c->apll, .tx_desc_auto_clear = true, .fixed_mclk = 0,
            .mclk_multiple = (i2s_mclk_multiple_t)0 /* unset: the driver takes 256 */,
            .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
        };
        CHECK_EQ(i2s_driver_install(port, &cfg, 0, NULL), ESP_OK);
        return;
    }
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(port, I2S_ROLE_MASTER);
    cc.dma_desc_num = 4;
    cc.dma_frame_num = FRAMES;
    i2s_chan_handle_t h = NULL;
    CHECK_EQ(i2s_new_channel(&cc, tx ? &h : NULL, tx ? NULL : &h), ESP_OK);
    i2s_std_config_t sc = std_config(c->rate, c->bits, c->mode);
    if (c->apll) {
        sc.clk_cfg.clk_src = I2S_CLK_SRC_APLL;
    }
    CHECK_EQ(i2s_channel_init_std_mode(h, &sc), ESP_OK);
    CHECK_EQ(i2s_channel_enable(h), ESP_OK);
}

static void check_case(const rate_case_t *c, bool drifts)
{
    for (int tx = 0; tx < 2; tx++) {
        i2s_sim_reset();
        open_channel(c, tx != 0);
        int port = tx ? 1 : 0;
        int dir = tx ? I2S_SIM_DIR_TX : I2S_SIM_DIR_RX;
        double want = expected_rate(c);
        double got = 0.0;
        CHECK_EQ(i2s_sim_get_real_rate(port, dir, &got), ESP_OK);
        if (fabs(got - want) > want * 1e-12) {
            fprintf(stderr, "%s: real rate %.6f Hz, expected %.6f Hz\n", c->name, got, want);
            g_failures++;
        }
        i2s_sim_advance_us(RECORD_US);
        i2s_sim_stats_t st = stats_of(port, dir);
        CHECK_EQ(st.sample_rate_hz, c->rate); /* the stats keep the configured rate */
        double frames = (double)st.hw_frames;
        double real_frames = (double)RECORD_US * want / 1e6;
        double nominal_frames = (double)RECORD_US * c->rate / 1e6;
        /* Buffers count whole: RX when captured (within one buffer below the exact count), TX when the
         * DMA starts sending them (within one buffer above). */
        double lo = tx ? real_frames : real_frames - FRAMES;
        if (!(frames > lo && frames <= lo + FRAMES + 1e-6)) {
            fprintf(stderr, "%s %s: %.0f frames in %.0f h, expected %.1f at %.6f Hz (nominal %.0f)\n", c->name,
                    tx ? "tx" : "rx", frames, HOURS, real_frames, want, nominal_frames);
            g_failures++;
        }
        /* The drift from the requested rate is larger than the tolerance above (twice), or, for exact
         * and near-exact rates, not. */
        CHECK(drifts == (fabs(nominal_frames - real_frames) > 2.0 * FRAMES));
        fprintf(stderr, "  %s %s: %.6f Hz, %.0f frames in %.0f h (requested rate: %.0f, drift %+.1f ms)\n", c->name,
                tx ? "tx" : "rx", got, frames, HOURS, nominal_frames, (nominal_frames - frames) / c->rate * 1e3);
    }
}

static const rate_case_t k44k_16_stereo = {"std 44100 Hz 16-bit stereo", false, false, 44100, I2S_DATA_BIT_WIDTH_16BIT,
                                           I2S_SLOT_MODE_STEREO, 160e6, 14, 5, 29, 8, 16};
static const rate_case_t k22k_32_mono = {"std 22050 Hz 32-bit mono", false, false, 22050, I2S_DATA_BIT_WIDTH_32BIT,
                                         I2S_SLOT_MODE_MONO, 160e6, 28, 10, 29, 4, 32};
static const rate_case_t k48k_exact = {"std 48000 Hz 16-bit stereo", false, false, 48000, I2S_DATA_BIT_WIDTH_16BIT,
                                       I2S_SLOT_MODE_STEREO, 160e6, 13, 1, 48, 8, 16};
/* Legacy driver, 24-bit slots at the default x256: bclk_div = 256 / 48 = 5, so 256/240 fast. */
static const rate_case_t k44k_legacy_24 = {"legacy 44100 Hz 24-bit stereo", true, false, 44100,
                                           I2S_DATA_BIT_WIDTH_24BIT, I2S_SLOT_MODE_STEREO, 160e6, 14, 5, 29, 5, 24};

static void std_44100_16bit_stereo(void) { check_case(&k44k_16_stereo, true); }
static void std_22050_32bit_mono(void) { check_case(&k22k_32_mono, true); }
static void std_48000_is_exact(void) { check_case(&k48k_exact, false); }
static void legacy_24bit_default_multiple_runs_fast(void) { check_case(&k44k_legacy_24, true); }

static void std_44100_apll(void)
{
    /* APLL 22,579,193.1 Hz (target 2 x MCLK); the HAL's divider is then N = 2 without a fraction. */
    rate_case_t c = {"std 44100 Hz 16-bit stereo, APLL", false, true, 44100, I2S_DATA_BIT_WIDTH_16BIT,
                     I2S_SLOT_MODE_STEREO, apll_hz(6, 5, 8, 28), 2, 0, 1, 8, 16};
    check_case(&c, false); /* -0.3 ppm: 0.1 buffer in three hours */
}

int main(void)
{
    RUN(std_44100_16bit_stereo);
    RUN(std_22050_32bit_mono);
    RUN(std_48000_is_exact);
    RUN(legacy_24bit_default_multiple_runs_fast);
    RUN(std_44100_apll);
    TEST_MAIN_END();
}
