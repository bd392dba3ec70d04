/*
 * Golden-table harness: runs ESP-IDF's own clock arithmetic (extracted.h, written by generate.sh from one tag) over a
 * deterministic set of I2S master configurations and prints one CSV row per configuration.
 *
 * Build-time switches (set by generate.sh):
 *   HARNESS_LEGACY44        v4.4 legacy driver: i2s_calculate_common_clock + i2s_hal_mclk_div_decimal_cal
 *   HARNESS_LEGACY5         v5.x deprecated legacy driver: i2s_calculate_common_clock (driver/deprecated/i2s_legacy.c),
 *                           then the divider of i2s_hal_set_tx_clock, one of the three below
 *   HARNESS_STD             v5.x std driver: i2s_std_set_clock's checks, i2s_std_calculate_clock, then one of
 *     HARNESS_DIV_LL        i2s_ll_tx_set_mclk(hw, sclk, mclk, mclk_div) does the fraction search (v5.0-v5.0.3, v5.1)
 *     HARNESS_DIV_PRECISE   i2s_hal_calc_mclk_precise_division into i2s_ll_mclk_div_t (v5.0.4+, v5.1.1+)
 *     HARNESS_DIV_HAL_UTILS i2s_hal_calc_mclk_precise_division via hal_utils_calc_clk_div_frac_accurate (v5.2+)
 *   HARNESS_HW_V2           the chip has the v2 I2S clock registers (x/y/z fraction encoding)
 *   HARNESS_WITH_APLL       also run every configuration with the APLL as source
 * Arguments: the MCLK multiples the tag's i2s_mclk_multiple_t offers.
 */
#include "shims.h"
#include "extracted.h"

/* Standard rates and the edges the clock model must get right (issue 10). */
static const uint32_t k_featured_rates[] = {
    1, 10, 100, 500, 2441, 2442, 4882, 4883, 4884, 5000, 8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100,
    48000, 64000, 88200, 96000, 128000, 176400, 192000, 314070, 314071, 352800, 384000, 625000, 625001, 768000,
};

/* (data bits, slot bits): every data width with an automatic slot, and the common wider slots. */
static const uint32_t k_widths[][2] = { { 8, 8 }, { 16, 16 }, { 24, 24 }, { 32, 32 }, { 16, 32 }, { 24, 32 } };
#define WIDTH_COUNT (sizeof(k_widths) / sizeof(k_widths[0]))

static bool is_prime(uint32_t value)
{
    if (value < 2) {
        return false;
    }
    for (uint32_t d = 2; d * d <= value; d++) {
        if (value % d == 0) {
            return false;
        }
    }
    return true;
}

static const char *csv_text(const char *text)
{
    /* Messages are C format strings; commas would split the CSV field, so they become semicolons. */
    static char buffer[256];
    size_t i = 0;
    for (; text != NULL && text[i] != '\0' && i + 1 < sizeof(buffer); i++) {
        buffer[i] = text[i] == ',' ? ';' : text[i];
    }
    buffer[i] = '\0';
    return buffer;
}

typedef struct {
    const char *status;
    uint32_t sclk, integer, numerator, denominator, bclk_div;
} row_t;

#if !HARNESS_LEGACY44
/*
 * What i2s_hal_set_tx_clock does with the computed clock at the tag (the std and the v5.x legacy driver share it):
 * the divider search of HARNESS_DIV_LL, HARNESS_DIV_PRECISE or HARNESS_DIV_HAL_UTILS, read back as N, b, a.
 */
static void harness_divide(const i2s_hal_clock_info_t *info, row_t *row)
{
#if HARNESS_DIV_LL
    i2s_dev_t dev;
    memset(&dev, 0, sizeof(dev));
    i2s_ll_tx_set_mclk(&dev, info->sclk, info->mclk, info->mclk_div);
#if HARNESS_HW_V2
    /* Undo the x/y/z encoding of b/a that i2s_ll_tx_set_mclk writes (the inverse is exact). */
    row->integer = dev.tx_clkm_conf.tx_clkm_div_num;
    uint32_t z = dev.tx_clkm_div_conf.tx_clkm_div_z;
    if (z != 0) {
        row->denominator = (dev.tx_clkm_div_conf.tx_clkm_div_x + 1) * z + dev.tx_clkm_div_conf.tx_clkm_div_y;
        row->numerator = dev.tx_clkm_div_conf.tx_clkm_div_yn1 ? row->denominator - z : z;
    }
#else
    row->integer = dev.clkm_conf.clkm_div_num;
    row->numerator = dev.clkm_conf.clkm_div_b;
    row->denominator = dev.clkm_conf.clkm_div_a;
#endif
#elif HARNESS_DIV_PRECISE
    i2s_ll_mclk_div_t div;
    memset(&div, 0, sizeof(div));
    i2s_hal_calc_mclk_precise_division(info->sclk, info->mclk, &div);
    row->integer = div.integ;
    row->numerator = div.numer;
    row->denominator = div.denom;
#elif HARNESS_DIV_HAL_UTILS
    hal_utils_clk_div_t div;
    memset(&div, 0, sizeof(div));
    i2s_hal_calc_mclk_precise_division(info->sclk, info->mclk, &div);
    /* hal_utils leaves the zero-initialised result untouched when N leaves [1, N_MAX); the HAL ignores that. */
    if (div.integer == 0 && strcmp(row->status, "ok") == 0) {
        row->status = "divider_failed";
    }
    row->integer = div.integer;
    row->numerator = div.numerator;
    row->denominator = div.denominator;
#endif
}
#endif

#if HARNESS_LEGACY44
static row_t compute(uint32_t rate, uint32_t data_bits, uint32_t slot_bits, uint32_t multiple, bool apll)
{
    row_t row = { "ok", 0, 0, 0, 1, 0 };
    memset(&g_legacy_obj, 0, sizeof(g_legacy_obj));
    g_legacy_obj.hal_cfg.mode = I2S_MODE_MASTER;
    g_legacy_obj.hal_cfg.sample_rate = rate;
    g_legacy_obj.hal_cfg.sample_bits = data_bits;
    g_legacy_obj.hal_cfg.chan_bits = slot_bits;
    g_legacy_obj.hal_cfg.total_chan = 2;
    g_legacy_obj.use_apll = apll;
    g_legacy_obj.mclk_multiple = multiple;
    i2s_hal_clock_cfg_t clk_cfg;
    memset(&clk_cfg, 0, sizeof(clk_cfg));
    /* i2s_set_clk (v4.4) ignores what i2s_calculate_clock returns and programs the dividers anyway. */
    if (i2s_calculate_common_clock(0, &clk_cfg) != ESP_OK) {
        row.status = "ignored";
    }
    i2s_ll_mclk_div_t cal;
    memset(&cal, 0, sizeof(cal));
    i2s_hal_mclk_div_decimal_cal(&clk_cfg, &cal);
    row.sclk = clk_cfg.sclk;
    row.integer = cal.mclk_div;
    row.numerator = cal.b;
    row.denominator = cal.a;
    row.bclk_div = clk_cfg.bclk_div;
    return row;
}
#elif HARNESS_LEGACY5
static row_t compute(uint32_t rate, uint32_t data_bits, uint32_t slot_bits, uint32_t multiple, bool apll)
{
    row_t row = { "ok", 0, 0, 0, 1, 0 };
    /* As i2s_driver_install leaves the object for a master STD channel: two slots, the slot width at least the data
     * width, mclk_multiple 0 meaning 256, the APLL flag as given (i2s_legacy.c i2s_config_transfer / init). */
    memset(&g_legacy_obj, 0, sizeof(g_legacy_obj));
    g_legacy_obj.role = I2S_ROLE_MASTER;
    g_legacy_obj.total_slot = 2;
    g_legacy_obj.use_apll = apll;
    g_legacy_obj.slot_cfg.data_bit_width = data_bits;
    g_legacy_obj.slot_cfg.slot_bit_width = slot_bits < data_bits ? data_bits : slot_bits;
    g_legacy_obj.clk_cfg.sample_rate_hz = rate;
    g_legacy_obj.clk_cfg.mclk_multiple = multiple == 0 ? 256 : multiple;
    i2s_hal_clock_info_t info;
    memset(&info, 0, sizeof(info));
    /* i2s_set_clock_legacy ignores what i2s_calculate_clock returns and programs the dividers anyway. */
    if (i2s_calculate_common_clock(0, &info) != ESP_OK) {
        row.status = "ignored";
    }
    row.sclk = info.sclk;
    row.bclk_div = info.bclk_div;
    /* i2s_hal_set_tx_clock: the divider search of the tag, then the BCLK divider as computed. */
    harness_divide(&info, &row);
    return row;
}
#else
static row_t compute(uint32_t rate, uint32_t data_bits, uint32_t slot_bits, uint32_t multiple, bool apll)
{
    row_t row = { "ok", 0, 0, 0, 1, 0 };
    i2s_std_config_t std_cfg;
    memset(&std_cfg, 0, sizeof(std_cfg));
    std_cfg.clk_cfg.sample_rate_hz = rate;
    std_cfg.clk_cfg.clk_src = apll ? I2S_CLK_SRC_APLL : I2S_CLK_SRC_DEFAULT;
    std_cfg.clk_cfg.mclk_multiple = multiple;
    std_cfg.clk_cfg.bclk_div = 8;
    std_cfg.slot_cfg.data_bit_width = data_bits;
    std_cfg.slot_cfg.slot_bit_width = slot_bits == data_bits ? I2S_SLOT_BIT_WIDTH_AUTO : slot_bits;
    struct i2s_channel_obj_t channel = { I2S_ROLE_MASTER, 2, &std_cfg, false, false };
    i2s_hal_clock_info_t info;
    memset(&info, 0, sizeof(info));
    if (harness_std_set_clock_checks(&channel, &std_cfg.clk_cfg) != ESP_OK ||
        i2s_std_calculate_clock(&channel, &std_cfg.clk_cfg, &info) != ESP_OK) {
        row.status = "error";
        row.sclk = info.sclk;
        return row;
    }
    row.sclk = info.sclk;
    row.bclk_div = info.bclk_div;
    harness_divide(&info, &row);
    return row;
}
#endif

static void print_row(uint32_t rate, uint32_t data_bits, uint32_t slot_bits, uint32_t multiple, bool apll)
{
    g_error = NULL;
    g_warning = NULL;
    memset(&g_apll, 0, sizeof(g_apll));
    row_t row = compute(rate, data_bits, slot_bits, multiple, apll);
    printf("%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%d,%s,%" PRIu32, rate, data_bits, slot_bits, multiple,
           apll ? 1 : 0, row.status, row.sclk);
    if (strcmp(row.status, "error") == 0) {
        printf(",,,,,");
    } else {
        printf(",%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32, row.integer, row.numerator, row.denominator,
               row.bclk_div);
        /* The rate the hardware runs at with these dividers: sclk / (N + b/a) / bclk_div / (2 slots * slot bits),
         * in millihertz, rounded half up (exact integer arithmetic, so C# can reproduce it bit for bit). */
        uint64_t denominator = row.numerator == 0 ? 1 : row.denominator;
        uint64_t divisor = ((uint64_t)row.integer * denominator + (row.numerator == 0 ? 0 : row.numerator)) *
                           row.bclk_div * 2u * slot_bits;
        if (divisor != 0 && row.sclk != 0) {
            uint64_t numerator = (uint64_t)row.sclk * denominator * 1000u;
            printf(",%" PRIu64, (numerator * 2u + divisor) / (2u * divisor));
        } else {
            printf(",");
        }
    }
    if (g_apll.set) {
        printf(",%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%" PRIu32, g_apll.o_div, g_apll.sdm2, g_apll.sdm1, g_apll.sdm0);
    } else {
        printf(",,,,");
    }
    printf(",%s\n", csv_text(g_error != NULL ? g_error : g_warning));
}

static int compare_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    uint32_t multiples[16];
    int multiple_count = 0;
    for (int i = 1; i < argc && multiple_count < 16; i++) {
        multiples[multiple_count++] = (uint32_t)strtoul(argv[i], NULL, 10);
    }

    /* The spread: 1 kHz steps to 100 kHz, 2 kHz steps to 200 kHz, and the first prime at or above every 4999 Hz. */
    uint32_t spread[512];
    int spread_count = 0;
    for (uint32_t rate = 1000; rate <= 100000; rate += 1000) {
        spread[spread_count++] = rate;
    }
    for (uint32_t rate = 102000; rate <= 200000; rate += 2000) {
        spread[spread_count++] = rate;
    }
    for (uint32_t base = 1000; base <= 400000; base += 4999) {
        uint32_t prime = base;
        while (!is_prime(prime)) {
            prime++;
        }
        spread[spread_count++] = prime;
    }
    qsort(spread, (size_t)spread_count, sizeof(spread[0]), compare_u32);

    printf("rate,data_bits,slot_bits,mclk_multiple,apll,status,sclk,mclk_div,numerator,denominator,bclk_div,"
           "real_rate_mhz,apll_o_div,apll_sdm2,apll_sdm1,apll_sdm0,message\n");
    for (int pass = 0; pass < (HARNESS_WITH_APLL ? 2 : 1); pass++) {
        bool apll = pass == 1;
        /* Featured rates: every width and multiple. */
        for (size_t r = 0; r < sizeof(k_featured_rates) / sizeof(k_featured_rates[0]); r++) {
            for (size_t w = 0; w < WIDTH_COUNT; w++) {
                for (int m = 0; m < multiple_count; m++) {
                    print_row(k_featured_rates[r], k_widths[w][0], k_widths[w][1], multiples[m], apll);
                }
            }
        }
        /* Boundary rates of every multiple: around the 1.99 x MCLK limit and the N < 256 limit of the default source,
         * where float and double checks and the carry rules part ways. 16-bit slots. */
        uint32_t source_hz = 0;
        esp_clk_tree_src_get_freq_hz(I2S_CLK_SRC_DEFAULT, ESP_CLK_TREE_SRC_FREQ_PRECISION_CACHED, &source_hz);
        for (int m = 0; m < multiple_count; m++) {
            uint32_t large = (uint32_t)(source_hz / (1.99 * multiples[m]));
            uint32_t small = source_hz / (256u * multiples[m]);
            for (uint32_t rate = large - 1; rate <= large + 2; rate++) {
                print_row(rate, 16, 16, multiples[m], apll);
            }
            for (uint32_t rate = small - 1; rate <= small + 2; rate++) {
                print_row(rate, 16, 16, multiples[m], apll);
            }
        }
        /* Spread rates: every multiple, the widths in rotation (the divider depends on rate x multiple only). */
        for (int r = 0; r < spread_count; r++) {
            const uint32_t *width = k_widths[(size_t)r % WIDTH_COUNT];
            for (int m = 0; m < multiple_count; m++) {
                print_row(spread[r], width[0], width[1], multiples[m], apll);
            }
        }
    }
    return 0;
}
