/*
 * The legacy ESP-IDF I2S driver (driver/deprecated/i2s_legacy.c, v5.5; API unchanged since v4.4) on
 * the simulator, for the original ESP32: the install checks and messages, the pin checks, the
 * 16-bit-aligned DMA sizing with its silent 4092-byte clamp, and read/write loops that return ESP_OK
 * with a partial count on timeout. Install starts the DMA at once, as the driver does.
 *
 * Full duplex, I2S_MODE_TX | I2S_MODE_RX (v4.4.7 driver/i2s.c + hal/i2s_hal.c i2s_hal_config_param;
 * v5.x driver/deprecated/i2s_legacy.c i2s_set_slot_legacy): one install, one config (rate, width,
 * channels, DMA sizes for both rings), both data pins from one i2s_set_pin; BCK/WS shared
 * (i2s_ll_share_bck_ws) and, for a master, the RX forced to slave on the TX's BCK/WS, so both rings run
 * on one clock, frame for frame. There is no per-direction control: i2s_start/i2s_stop (and install)
 * reset and start/stop both directions, i2s_zero_dma_buffer clears both rings, uninstall frees both;
 * i2s_read/i2s_write each use their own ring and lock (rx->mux / tx->mux), so one thread may read while
 * another writes.
 */
#ifndef CONFIG_I2S_SUPPRESS_DEPRECATE_WARN
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#endif
#include <stdlib.h>
#include <string.h>

#include "driver/i2s.h"
#include "esp_check.h"
#include "hal/gpio_types.h"
#include "sim_clk_div.h"
#include "sim_clock.h"
#include "sim_dma.h"
#include "sim_drivers.h"
#include "sim_port.h"

static const char *TAG = "i2s(legacy)";

typedef struct {
    i2s_role_t role;
    uint32_t dir;              /* I2S_DIR_TX | I2S_DIR_RX */
    uint32_t sample_rate;
    bool has_tx, has_rx;
    sim_dma_t tx, rx;
} legacy_t;

static legacy_t *s_legacy[SOC_I2S_NUM];

static void legacy_free(int port)
{
    legacy_t *obj = s_legacy[port];
    if (!obj) {
        return;
    }
    if (obj->has_tx) {
        sim_dma_unlink(&obj->tx);
        sim_dma_discard_pending(&obj->tx);
        sim_port_detach_dma(port, &obj->tx);
        sim_dma_free(&obj->tx);
        sim_port_stats(port, I2S_SIM_DIR_TX)->state = I2S_SIM_STATE_NONE;
        sim_port_flush_sink(port);
    }
    if (obj->has_rx) {
        sim_dma_unlink(&obj->rx);
        sim_dma_discard_pending(&obj->rx);
        sim_port_detach_dma(port, &obj->rx);
        sim_dma_free(&obj->rx);
        sim_port_stats(port, I2S_SIM_DIR_RX)->state = I2S_SIM_STATE_NONE;
    }
    free(obj);
    s_legacy[port] = NULL;
    sim_port_set_owner(port, SIM_OWNER_NONE);
}

void sim_legacy_reset(void)
{
    for (int i = 0; i < (int)SOC_I2S_NUM; i++) {
        legacy_free(i);
    }
}

static void legacy_start(legacy_t *obj)
{
    /* i2s_tx_reset / i2s_rx_reset: drop the application's current buffer; the queues stay. */
    if (obj->has_tx) {
        sim_dma_catch_up(&obj->tx);
        sim_dma_drop_current(&obj->tx);
        sim_dma_start(&obj->tx);
    }
    if (obj->has_rx) {
        sim_dma_catch_up(&obj->rx);
        sim_dma_drop_current(&obj->rx);
        sim_dma_start(&obj->rx);
    }
}

static void legacy_stop(legacy_t *obj)
{
    if (obj->has_tx) {
        sim_dma_stop(&obj->tx);
    }
    if (obj->has_rx) {
        sim_dma_stop(&obj->rx);
    }
}

static esp_err_t driver_install_locked(i2s_port_t i2s_num, const i2s_config_t *i2s_config, int queue_size, void *i2s_queue)
{
    /* i2s_check_cfg_validity, in ESP-IDF's order. */
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    ESP_RETURN_ON_FALSE(s_legacy[i2s_num] == NULL, ESP_ERR_INVALID_STATE, TAG, "this i2s port is in use");
    ESP_RETURN_ON_FALSE(i2s_config, ESP_ERR_INVALID_ARG, TAG, "I2S configuration must not be NULL");
    ESP_RETURN_ON_FALSE(i2s_config->dma_desc_num >= 2 && i2s_config->dma_desc_num <= 128, ESP_ERR_INVALID_ARG, TAG,
                        "I2S buffer count less than 128 and more than 2");
    ESP_RETURN_ON_FALSE(i2s_config->dma_frame_num >= 8 && i2s_config->dma_frame_num <= 1024, ESP_ERR_INVALID_ARG, TAG,
                        "I2S buffer length at most 1024 and more than 8");
    if (i2s_config->mode & I2S_MODE_PDM) {
        ESP_RETURN_ON_FALSE(i2s_num == I2S_NUM_0, ESP_ERR_INVALID_ARG, TAG, "I2S PDM mode only support on I2S0");
    }
    if (i2s_config->mode & (I2S_MODE_ADC_BUILT_IN | I2S_MODE_DAC_BUILT_IN)) {
        ESP_RETURN_ON_FALSE(i2s_num == I2S_NUM_0, ESP_ERR_INVALID_ARG, TAG, "I2S built-in ADC/DAC only support on I2S0");
        /* The simulator has no model of the ESP32's built-in ADC/DAC. */
        ESP_RETURN_ON_FALSE(false, ESP_ERR_NOT_SUPPORTED, "i2s_sim", "built-in ADC/DAC mode is not simulated");
    }
    /* The check of i2s_set_clk, which install reaches with ESP-IDF only through its clock maths: a width
     * that is not a multiple of 8 (or 0, which leaves empty DMA buffers) is refused here. */
    uint32_t bits = (uint32_t)i2s_config->bits_per_sample;
    ESP_RETURN_ON_FALSE(bits != 0 && bits % 8 == 0 && bits <= 32, ESP_ERR_INVALID_ARG, TAG, "Invalid bits per sample");
    (void)queue_size;
    /* No event queue in the simulator: i2s_queue must be NULL. */
    ESP_RETURN_ON_FALSE(i2s_queue == NULL, ESP_ERR_NOT_SUPPORTED, "i2s_sim", "the legacy event queue is not simulated");
    /* i2s_platform_acquire_occupation: the new driver may hold the controller. */
    if (sim_port_owner(i2s_num) != SIM_OWNER_NONE) {
        ESP_LOGE(TAG, "register I2S object to platform failed");
        return ESP_ERR_INVALID_STATE;
    }

    /* The simulator cannot clock a zero rate (ESP-IDF divides by it). */
    ESP_RETURN_ON_FALSE(i2s_config->sample_rate != 0, ESP_ERR_INVALID_ARG, "i2s_sim", "sample_rate 0 cannot be simulated");

    esp_err_t ret = ESP_OK;
    legacy_t *obj = calloc(1, sizeof(*obj));
    ESP_RETURN_ON_FALSE(obj, ESP_ERR_NO_MEM, TAG, "no mem for I2S driver");
    obj->role = (i2s_config->mode & I2S_MODE_MASTER) ? I2S_ROLE_MASTER :
                (i2s_config->mode & I2S_MODE_SLAVE) ? I2S_ROLE_SLAVE : I2S_ROLE_MASTER;
    obj->sample_rate = i2s_config->sample_rate;
    bool stereo = i2s_config->channel_format < I2S_CHANNEL_FMT_ONLY_RIGHT;
    uint32_t bps = sim_esp32_bytes_per_sample(bits);
    sim_format_t fmt = {
        .sample_rate_hz = i2s_config->sample_rate,
        .real_rate_hz = (double)i2s_config->sample_rate,
        .data_bits = bits,
        .bytes_per_sample = bps,
        .channels = stereo ? 2U : 1U,
        .mono_pick = (i2s_config->channel_format == I2S_CHANNEL_FMT_ALL_LEFT ||
                      i2s_config->channel_format == I2S_CHANNEL_FMT_ONLY_LEFT) ? 0U : 1U,
    };
    /* i2s_calculate_common_clock: a failure is logged and ignored by the driver. */
    uint32_t slot_bits = (int)i2s_config->bits_per_chan < (int)bits ? bits : (uint32_t)i2s_config->bits_per_chan;
    uint32_t multiple = i2s_config->mclk_multiple == 0 ? 256U : (uint32_t)i2s_config->mclk_multiple;
    uint32_t mclk = obj->role == I2S_ROLE_MASTER ? i2s_config->sample_rate * multiple
                    : i2s_config->sample_rate * 2U * slot_bits * 8U;
    /* i2s_config_source_clock: the APLL at a multiple (>= 2) of MCLK above its minimum, else 160 MHz. */
    uint32_t sclk = SIM_I2S_PLL_F160M_HZ;
    sim_freq_t sclk_exact = {SIM_I2S_PLL_F160M_HZ, 1};
    if (i2s_config->use_apll && mclk != 0) {
        uint32_t div = SIM_APLL_MIN_HZ / mclk + 1U;
        div = div < 2U ? 2U : div;
        if (!sim_clk_apll(mclk * div, &sclk, &sclk_exact)) {
            ESP_LOGE(TAG, "set APLL coefficients failed");
            sclk = 0;
        }
    }
    if (mclk > sclk) {
        ESP_LOGE(TAG, "sample rate is too large");
    }
    /* The hardware runs at what the dividers give: a master STD channel (legacy PDM installs run on
     * the STD data path and keep the configured rate), bclk_div = mclk / bclk truncated, so 24-bit
     * slots at the default x256 run 256/240 fast. A slave follows its external master. */
    sim_freq_t real = {i2s_config->sample_rate, 1};
    if (obj->role == I2S_ROLE_MASTER && !(i2s_config->mode & I2S_MODE_PDM)) {
        uint32_t bclk = i2s_config->sample_rate * 2U * slot_bits;
        real = sim_clk_master_rate(sclk_exact, sclk, mclk, bclk != 0 ? mclk / bclk : 0U, 2U * slot_bits,
                                   i2s_config->sample_rate);
    }
    s_legacy[i2s_num] = obj;
    sim_port_set_owner(i2s_num, SIM_OWNER_LEGACY);
    if (i2s_config->mode & I2S_MODE_TX) {
        i2s_sim_stats_t *st = sim_port_clear_stats(i2s_num, I2S_SIM_DIR_TX);
        ESP_GOTO_ON_ERROR(sim_dma_init(&obj->tx, I2S_SIM_DIR_TX, (uint32_t)i2s_config->dma_desc_num,
                                       (uint32_t)i2s_config->dma_frame_num, &fmt, i2s_config->tx_desc_auto_clear,
                                       sim_port_endpoint(i2s_num, I2S_SIM_DIR_TX), st),
                          err, TAG, "I2S init failed");
        sim_dma_set_rate(&obj->tx, i2s_config->sample_rate, real.num, real.den);
        obj->has_tx = true;
        obj->dir |= I2S_DIR_TX;
        st->state = I2S_SIM_STATE_READY;
        sim_port_attach_dma(i2s_num, &obj->tx);
    }
    if (i2s_config->mode & I2S_MODE_RX) {
        i2s_sim_stats_t *st = sim_port_clear_stats(i2s_num, I2S_SIM_DIR_RX);
        ESP_GOTO_ON_ERROR(sim_dma_init(&obj->rx, I2S_SIM_DIR_RX, (uint32_t)i2s_config->dma_desc_num,
                                       (uint32_t)i2s_config->dma_frame_num, &fmt, false,
                                       sim_port_endpoint(i2s_num, I2S_SIM_DIR_RX), st),
                          err, TAG, "I2S init failed");
        sim_dma_set_rate(&obj->rx, i2s_config->sample_rate, real.num, real.den);
        obj->has_rx = true;
        obj->dir |= I2S_DIR_RX;
        st->state = I2S_SIM_STATE_READY;
        sim_port_attach_dma(i2s_num, &obj->rx);
    }
    if (obj->has_tx && obj->has_rx && obj->role == I2S_ROLE_MASTER) {
        /* "Force to set rx as slave to avoid conflict of clock signal" (i2s_legacy.c@v5.5.1
         * i2s_set_slot_legacy; v4.4.7 i2s_hal_config_param: i2s_hal_enable_master_fd_mode). */
        sim_dma_follow(&obj->rx, &obj->tx);
    }
    /* Step 6 of the driver: start I2S for backward compatibility. */
    legacy_start(obj);
    return ESP_OK;

err:
    legacy_free(i2s_num);
    return ret;
}

static esp_err_t driver_uninstall_locked(i2s_port_t i2s_num)
{
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    ESP_RETURN_ON_FALSE(s_legacy[i2s_num], ESP_ERR_INVALID_STATE, TAG, "I2S port %d has not installed", (int)i2s_num);
    /* From a source/sink callback the transfer that runs it may be using this driver's rings. */
    ESP_RETURN_ON_FALSE(!sim_nested(), ESP_ERR_INVALID_STATE, "i2s_sim",
                        "the driver cannot be uninstalled from a source/sink callback");
    legacy_stop(s_legacy[i2s_num]);
    legacy_free(i2s_num);
    return ESP_OK;
}

/* ESP-IDF dereferences the driver object of an uninstalled port; the simulator reports it instead. */
#define INSTALLED_CHECK(port) ESP_RETURN_ON_FALSE(s_legacy[port], ESP_ERR_INVALID_STATE, "i2s_sim", \
                                                  "I2S port %d has not installed", (int)(port))

static esp_err_t start_locked(i2s_port_t i2s_num)
{
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    INSTALLED_CHECK(i2s_num);
    legacy_start(s_legacy[i2s_num]);
    return ESP_OK;
}

static esp_err_t stop_locked(i2s_port_t i2s_num)
{
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    INSTALLED_CHECK(i2s_num);
    legacy_stop(s_legacy[i2s_num]);
    return ESP_OK;
}

static esp_err_t legacy_transfer(sim_dma_t *dma, void *buf, size_t size, size_t *moved, TickType_t ticks)
{
    sim_clock_charge_call();
    uint64_t wait = ticks == portMAX_DELAY ? SIM_WAIT_FOREVER : (uint64_t)ticks;
    /* A timeout ends the loop with ESP_OK and the partial count, as in the driver. */
    (void)sim_dma_transfer(dma, buf, size, moved, wait, false);
    return ESP_OK;
}

static esp_err_t write_locked(i2s_port_t i2s_num, const void *src, size_t size, size_t *bytes_written, TickType_t ticks_to_wait)
{
    /* The driver writes *bytes_written before any check; NULL would crash it. */
    ESP_RETURN_ON_FALSE(bytes_written, ESP_ERR_INVALID_ARG, "i2s_sim", "bytes_written is NULL");
    *bytes_written = 0;
    /* Inside a source/sink callback the hardware of some channel is half-way through a buffer. */
    ESP_RETURN_ON_FALSE(!sim_nested(), ESP_ERR_INVALID_STATE, "i2s_sim", "no transfer from a source/sink callback");
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    INSTALLED_CHECK(i2s_num);
    ESP_RETURN_ON_FALSE(s_legacy[i2s_num]->has_tx, ESP_ERR_INVALID_ARG, TAG, "TX mode is not enabled");
    ESP_RETURN_ON_FALSE(src || size == 0, ESP_ERR_INVALID_ARG, "i2s_sim", "src is NULL");
    return legacy_transfer(&s_legacy[i2s_num]->tx, (void *)(uintptr_t)src, size, bytes_written, ticks_to_wait);
}

static esp_err_t read_locked(i2s_port_t i2s_num, void *dest, size_t size, size_t *bytes_read, TickType_t ticks_to_wait)
{
    ESP_RETURN_ON_FALSE(bytes_read, ESP_ERR_INVALID_ARG, "i2s_sim", "bytes_read is NULL");
    *bytes_read = 0;
    /* Inside a source/sink callback the hardware of some channel is half-way through a buffer. */
    ESP_RETURN_ON_FALSE(!sim_nested(), ESP_ERR_INVALID_STATE, "i2s_sim", "no transfer from a source/sink callback");
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    INSTALLED_CHECK(i2s_num);
    ESP_RETURN_ON_FALSE(s_legacy[i2s_num]->has_rx, ESP_ERR_INVALID_ARG, TAG, "RX mode is not enabled");
    ESP_RETURN_ON_FALSE(dest || size == 0, ESP_ERR_INVALID_ARG, "i2s_sim", "dest is NULL");
    return legacy_transfer(&s_legacy[i2s_num]->rx, dest, size, bytes_read, ticks_to_wait);
}

static esp_err_t zero_dma_buffer_locked(i2s_port_t i2s_num)
{
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    INSTALLED_CHECK(i2s_num);
    legacy_t *obj = s_legacy[i2s_num];
    if (obj->has_rx) {
        sim_dma_catch_up(&obj->rx);
        sim_dma_zero_buffers(&obj->rx);
    }
    if (obj->has_tx) {
        sim_dma_catch_up(&obj->tx);
        sim_dma_zero_buffers(&obj->tx);
    }
    return ESP_OK;
}

static bool esp32_clkout_pin(int gpio)
{
    return gpio == 0 || gpio == 1 || gpio == 3;
}

static esp_err_t set_pin_locked(i2s_port_t i2s_num, const i2s_pin_config_t *pin)
{
    ESP_RETURN_ON_FALSE((unsigned)i2s_num < SOC_I2S_NUM, ESP_ERR_INVALID_ARG, TAG, "i2s_num error");
    if (pin == NULL) {
        /* ESP32: NULL selects the built-in DAC, which the simulator does not model. */
        ESP_RETURN_ON_FALSE(false, ESP_ERR_NOT_SUPPORTED, "i2s_sim", "built-in DAC (pin == NULL) is not simulated");
    }
    ESP_RETURN_ON_FALSE(pin->bck_io_num == -1 || GPIO_IS_VALID_GPIO(pin->bck_io_num), ESP_ERR_INVALID_ARG, TAG,
                        "bck_io_num invalid");
    ESP_RETURN_ON_FALSE(pin->ws_io_num == -1 || GPIO_IS_VALID_GPIO(pin->ws_io_num), ESP_ERR_INVALID_ARG, TAG,
                        "ws_io_num invalid");
    ESP_RETURN_ON_FALSE(pin->data_out_num == -1 || GPIO_IS_VALID_GPIO(pin->data_out_num), ESP_ERR_INVALID_ARG, TAG,
                        "data_out_num invalid");
    ESP_RETURN_ON_FALSE(pin->data_in_num == -1 || GPIO_IS_VALID_GPIO(pin->data_in_num), ESP_ERR_INVALID_ARG, TAG,
                        "data_in_num invalid");
    INSTALLED_CHECK(i2s_num);
    if (s_legacy[i2s_num]->role == I2S_ROLE_MASTER && pin->mck_io_num != -1 && !esp32_clkout_pin(pin->mck_io_num)) {
        /* Master only: i2s_check_set_mclk -> esp_clock_output_start (GPIO0/1/3 on ESP32). */
        ESP_LOGE("esp_clock_output", "Output GPIO number error");
        ESP_LOGE(TAG, "mclk configure failed");
        ESP_LOGE(TAG, "mclk config failed");
        return ESP_ERR_INVALID_ARG;
    }
    return ESP_OK;
}

/* ---------------------------------------------------------------- exported entry points
 * Each runs under the simulator lock (sim_clock.h), as ESP-IDF's run under the channel mutex and the
 * transfer semaphore: calls on a channel are serialised, and a disable or delete from another thread
 * waits until a transfer in progress has returned. */

esp_err_t i2s_driver_install(i2s_port_t i2s_num, const i2s_config_t *i2s_config, int queue_size, void *i2s_queue)
{
    sim_enter();
    esp_err_t ret = driver_install_locked(i2s_num, i2s_config, queue_size, i2s_queue);
    sim_leave();
    return ret;
}

esp_err_t i2s_driver_uninstall(i2s_port_t i2s_num)
{
    sim_enter();
    esp_err_t ret = driver_uninstall_locked(i2s_num);
    sim_leave();
    return ret;
}

esp_err_t i2s_start(i2s_port_t i2s_num)
{
    sim_enter();
    esp_err_t ret = start_locked(i2s_num);
    sim_leave();
    return ret;
}

esp_err_t i2s_stop(i2s_port_t i2s_num)
{
    sim_enter();
    esp_err_t ret = stop_locked(i2s_num);
    sim_leave();
    return ret;
}

esp_err_t i2s_write(i2s_port_t i2s_num, const void *src, size_t size, size_t *bytes_written, TickType_t ticks_to_wait)
{
    sim_enter();
    esp_err_t ret = write_locked(i2s_num, src, size, bytes_written, ticks_to_wait);
    sim_leave();
    return ret;
}

esp_err_t i2s_read(i2s_port_t i2s_num, void *dest, size_t size, size_t *bytes_read, TickType_t ticks_to_wait)
{
    sim_enter();
    esp_err_t ret = read_locked(i2s_num, dest, size, bytes_read, ticks_to_wait);
    sim_leave();
    return ret;
}

esp_err_t i2s_zero_dma_buffer(i2s_port_t i2s_num)
{
    sim_enter();
    esp_err_t ret = zero_dma_buffer_locked(i2s_num);
    sim_leave();
    return ret;
}

esp_err_t i2s_set_pin(i2s_port_t i2s_num, const i2s_pin_config_t *pin)
{
    sim_enter();
    esp_err_t ret = set_pin_locked(i2s_num, pin);
    sim_leave();
    return ret;
}
