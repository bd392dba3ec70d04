/*
 * The new ESP-IDF I2S driver (esp_driver_i2s v5.5: i2s_common.c + i2s_std.c) on the simulator, for the
 * original ESP32 (SOC_I2S_HW_VERSION_1): the same argument checks, messages, error codes and channel
 * state machine (REGISTERED -> READY -> RUNNING). The data path runs on the DMA engine of sim_dma.c.
 *
 * Full duplex (one i2s_new_channel call with both handles), as v5.0-v6.0 do it on ESP32
 * (esp_driver_i2s/i2s_common.c, i2s_std.c @v5.5.1; components/driver/i2s/ @v5.0-v5.2, same code):
 *  - i2s_take_available_channel takes TX and RX together on SOC_I2S_HW_VERSION_1 ("tx channel and rx
 *    channel are not totally separated"), so channels created by two calls on one port are refused:
 *    the second call gets ESP_ERR_NOT_FOUND "no available channel found". Only one call with both
 *    handles sets controller->full_duplex.
 *  - i2s_std_set_slot: in full duplex i2s_ll_share_bck_ws(true) (ESP32: conf.sig_loopback) and the RX
 *    is forced to slave ("only tx or rx can be master"): the RX clocks on the TX's BCK/WS, so it runs
 *    at the TX's frame rate, frame for frame with it, and only while the TX runs (with both channels
 *    master in the chan config). Espressif on disabling the TX of a duplex pair: it stops the RX too
 *    (esp-adf issue #1525, 2025-09-01).
 *  - ESP32 has one MCLK divider for both directions (hal/esp32/include/hal/i2s_ll.h: i2s_ll_rx_set_mclk
 *    writes the TX's clkm_conf; clk_set_src shares clka_en): each direction's set_clock rewrites it,
 *    nothing is refused. The frame rate is that shared MCLK / the TX's BCK divider / the TX's frame bits.
 */
#include <stdlib.h>
#include <string.h>

#include "driver/i2s_std.h"
#include "esp_check.h"
#include "sim_clk_div.h"
#include "sim_clock.h"
#include "sim_dma.h"
#include "sim_drivers.h"
#include "sim_port.h"

static const char *TAG = "i2s_common";
static const char *STD_TAG = "i2s_std";


#define NULL_CHECK(p) ESP_RETURN_ON_FALSE((p), ESP_ERR_INVALID_ARG, TAG, "input parameter '" #p "' is NULL")

typedef enum {
    CHAN_STATE_REGISTER,
    CHAN_STATE_READY,
    CHAN_STATE_RUNNING,
} chan_state_t;

struct i2s_channel_obj_t {
    int port;
    i2s_dir_t dir;
    i2s_role_t role;
    bool forced_slave;          /* RX of a full-duplex pair: slave on the TX's BCK/WS (i2s_std_set_slot) */
    bool clk_ok;                /* the clock of this channel has been set (its BCK divider below holds) */
    uint32_t bclk_div;          /* MCLK / BCLK of this direction (sample_rate_conf.{tx,rx}_bck_div_num) */
    uint32_t frame_bits;        /* slots * slot bits */
    uint32_t rate;              /* configured sample rate */
    chan_state_t state;
    i2s_comm_mode_t mode;
    uint32_t desc_num;
    uint32_t frame_num;
    bool auto_clear;
    bool has_dma;
    bool apll_en;
    sim_dma_t dma;
    i2s_std_config_t std;
};

typedef struct {
    bool exists;
    uint32_t occupancy;
    i2s_chan_handle_t tx_chan;
    i2s_chan_handle_t rx_chan;
    bool full_duplex;
    bool share_bck_ws;          /* conf.sig_loopback, set by the last i2s_std_set_slot */
    /* The one MCLK divider of the controller, as the last set_clock of either direction left it. */
    bool mclk_set;
    uint32_t sclk;
    sim_freq_t sclk_exact;
    uint32_t mclk;
} controller_t;

static controller_t s_ctrl[SOC_I2S_NUM];

static int sim_dir(i2s_dir_t dir)
{
    return dir == I2S_DIR_TX ? I2S_SIM_DIR_TX : I2S_SIM_DIR_RX;
}

/* ESP-IDF dereferences whatever handle it is given; the simulator refuses handles it did not hand out
 * (or already deleted), so a host bug reports ESP_ERR_INVALID_ARG instead of corrupting memory. */
static bool handle_known(i2s_chan_handle_t h)
{
    for (int i = 0; i < (int)SOC_I2S_NUM; i++) {
        if (s_ctrl[i].exists && (s_ctrl[i].tx_chan == h || s_ctrl[i].rx_chan == h)) {
            return true;
        }
    }
    return false;
}

#define HANDLE_CHECK(h) do {                                                            \
        NULL_CHECK(h);                                                                  \
        ESP_RETURN_ON_FALSE(handle_known(h), ESP_ERR_INVALID_ARG, "i2s_sim",            \
                            "unknown or deleted channel handle");                       \
    } while (0)

/* i2s_acquire_controller_obj: the controller exists, or is created if no other driver holds the port. */
static controller_t *acquire_controller(int id)
{
    controller_t *c = &s_ctrl[id];
    if (c->exists) {
        return c;
    }
    if (sim_port_owner(id) != SIM_OWNER_NONE) {
        ESP_LOGE(TAG, "i2s%d is occupied by i2s_legacy", id);
        return NULL;
    }
    memset(c, 0, sizeof(*c));
    c->exists = true;
    sim_port_set_owner(id, SIM_OWNER_STD);
    return c;
}

static void destroy_controller_if_empty(int id)
{
    controller_t *c = &s_ctrl[id];
    if (c->exists && !c->tx_chan && !c->rx_chan) {
        memset(c, 0, sizeof(*c));
        sim_port_set_owner(id, SIM_OWNER_NONE);
    }
}

/* i2s_take_available_channel on HW v1: a channel occupies the whole controller (TX and RX). */
static bool take_available_channel(controller_t *c)
{
    uint32_t mask = I2S_DIR_RX | I2S_DIR_TX;
    if (!(mask & c->occupancy)) {
        c->occupancy |= mask;
        return true;
    }
    return false;
}

static esp_err_t del_channel_locked(i2s_chan_handle_t handle);

static esp_err_t register_channel(int id, i2s_dir_t dir, const i2s_chan_config_t *cfg, i2s_chan_handle_t *out)
{
    /* i2s_register_channel (i2s_common.c@v5.5.1) deletes a channel already registered in this direction;
     * replace_refused has ruled out the cases where that is undefined. i2s_del_channel clears
     * chan_occupancy again (HW v1), as on the device. */
    i2s_chan_handle_t old = dir == I2S_DIR_TX ? s_ctrl[id].tx_chan : s_ctrl[id].rx_chan;
    if (old) {
        (void)del_channel_locked(old);
    }
    i2s_chan_handle_t h = calloc(1, sizeof(*h));
    if (!h) {
        ESP_LOGE(TAG, "No memory for new channel");
        return ESP_ERR_NO_MEM;
    }
    h->port = id;
    h->dir = dir;
    h->role = cfg->role;
    h->state = CHAN_STATE_REGISTER;
    h->mode = I2S_COMM_MODE_NONE;
    h->desc_num = cfg->dma_desc_num;
    h->frame_num = cfg->dma_frame_num;
    h->auto_clear = dir == I2S_DIR_TX && (cfg->auto_clear_after_cb || cfg->auto_clear_before_cb);
    i2s_sim_stats_t *st = sim_port_clear_stats(id, sim_dir(dir));
    st->state = I2S_SIM_STATE_REGISTERED;
    if (dir == I2S_DIR_TX) {
        s_ctrl[id].tx_chan = h;
    } else {
        s_ctrl[id].rx_chan = h;
    }
    *out = h;
    return ESP_OK;
}

/* A channel left registered in a direction a new i2s_new_channel asks for (HW v1: possible after the
 * other channel of a pair was deleted, which frees the whole controller) is deleted by
 * i2s_register_channel. Two cases are undefined on the device and refused before anything changes: a
 * running channel (its delete fails, the driver ignores that and orphans it) and the controller's last
 * channel (its delete destroys the controller the registration goes on using). TX registers first. */
static bool replace_refused(int id, bool want_tx, bool want_rx)
{
    controller_t *c = &s_ctrl[id];
    i2s_chan_handle_t olds[2] = {want_tx ? c->tx_chan : NULL, want_rx ? c->rx_chan : NULL};
    bool others[2] = {c->rx_chan != NULL, want_tx || c->tx_chan != NULL};
    for (int k = 0; k < 2; k++) {
        i2s_chan_handle_t old = olds[k];
        if (old && (old->state == CHAN_STATE_RUNNING || !others[k])) {
            ESP_LOGE("i2s_sim", "a new %s channel on I2S%d would replace a %s one: undefined on the device",
                     k == 0 ? "tx" : "rx", id, old->state == CHAN_STATE_RUNNING ? "running" : "lone");
            return true;
        }
    }
    return false;
}

static esp_err_t new_channel_locked(const i2s_chan_config_t *chan_cfg, i2s_chan_handle_t *tx_handle, i2s_chan_handle_t *rx_handle)
{
    NULL_CHECK(chan_cfg);
    NULL_CHECK(tx_handle || rx_handle);
    ESP_RETURN_ON_FALSE((unsigned)chan_cfg->id < SOC_I2S_NUM || chan_cfg->id == I2S_NUM_AUTO, ESP_ERR_INVALID_ARG, TAG,
                        "invalid I2S port id");
    ESP_RETURN_ON_FALSE(chan_cfg->dma_desc_num >= 2, ESP_ERR_INVALID_ARG, TAG, "there should be at least 2 DMA buffers");
    ESP_RETURN_ON_FALSE(chan_cfg->intr_priority >= 0 && chan_cfg->intr_priority <= 7, ESP_ERR_INVALID_ARG, TAG,
                        "intr_priority should be within 0~7");
    /* ESP32 has no SOC_I2S_SUPPORT_SLEEP_RETENTION. */
    ESP_RETURN_ON_FALSE(!chan_cfg->allow_pd, ESP_ERR_NOT_SUPPORTED, TAG, "register back up is not supported");

    esp_err_t ret = ESP_OK;
    controller_t *c = NULL;
    int id = -1;
    bool found = false;
    if (chan_cfg->id == I2S_NUM_AUTO) {
        for (int i = 0; i < (int)SOC_I2S_NUM && !found; i++) {
            controller_t *cand = acquire_controller(i);
            if (!cand) {
                continue;
            }
            c = cand;
            id = i;
            found = take_available_channel(c);
            if (!found) {
                destroy_controller_if_empty(i);
            }
        }
        ESP_RETURN_ON_FALSE(c, ESP_ERR_NOT_FOUND, TAG, "get i2s object failed");
    } else {
        id = (int)chan_cfg->id;
        c = acquire_controller(id);
        ESP_RETURN_ON_FALSE(c, ESP_ERR_NOT_FOUND, TAG, "get i2s object failed");
        found = take_available_channel(c);
    }
    ESP_GOTO_ON_FALSE(found, ESP_ERR_NOT_FOUND, err, TAG, "no available channel found");
    if (replace_refused(id, tx_handle != NULL, rx_handle != NULL)) {
        c->occupancy = 0;
        return ESP_ERR_INVALID_STATE;
    }
    if (tx_handle) {
        ESP_GOTO_ON_ERROR(register_channel(id, I2S_DIR_TX, chan_cfg, tx_handle), err, TAG, "register I2S tx channel failed");
    }
    if (rx_handle) {
        ESP_GOTO_ON_ERROR(register_channel(id, I2S_DIR_RX, chan_cfg, rx_handle), err, TAG, "register I2S rx channel failed");
    }
    /* Only one call with both handles makes a full-duplex pair (i2s_common.c@v5.5.1 i2s_new_channel). */
    if (tx_handle && rx_handle) {
        c->full_duplex = true;
    }
    return ESP_OK;

err:
    /* A controller left without channels is destroyed, as in ESP-IDF. */
    if (!c->tx_chan && !c->rx_chan) {
        c->occupancy = 0;
    }
    destroy_controller_if_empty(id);
    return ret;
}

static void free_channel_dma(i2s_chan_handle_t h)
{
    if (h->has_dma) {
        sim_dma_unlink(&h->dma);
        sim_dma_discard_pending(&h->dma);
        sim_port_detach_dma(h->port, &h->dma);
        sim_dma_free(&h->dma);
        h->has_dma = false;
    }
}

static esp_err_t del_channel_locked(i2s_chan_handle_t handle)
{
    HANDLE_CHECK(handle);
    /* From a source/sink callback the transfer that runs it may be using this channel's ring. */
    ESP_RETURN_ON_FALSE(!sim_nested(), ESP_ERR_INVALID_STATE, "i2s_sim",
                        "a channel cannot be deleted from a source/sink callback");
    ESP_RETURN_ON_FALSE(handle->state < CHAN_STATE_RUNNING, ESP_ERR_INVALID_STATE, TAG,
                        "the channel can't be deleted unless it is disabled");
    int id = handle->port;
    controller_t *c = &s_ctrl[id];
    free_channel_dma(handle);
    if (handle->dir == I2S_DIR_TX) {
        sim_port_flush_sink(id);
    }
    sim_port_stats(id, sim_dir(handle->dir))->state = I2S_SIM_STATE_NONE;
    /* HW v1: deleting either channel frees the whole controller for new channels (as ESP-IDF does). */
    c->occupancy = 0;
    if (handle == c->tx_chan) {
        c->tx_chan = NULL;
    } else {
        c->rx_chan = NULL;
    }
    c->full_duplex = false;
    free(handle);
    destroy_controller_if_empty(id);
    return ESP_OK;
}

static esp_err_t channel_get_info_locked(i2s_chan_handle_t handle, i2s_chan_info_t *chan_info)
{
    NULL_CHECK(handle);
    NULL_CHECK(chan_info);
    if (!handle_known(handle)) {
        return ESP_ERR_NOT_FOUND;
    }
    controller_t *c = &s_ctrl[handle->port];
    chan_info->id = (i2s_port_t)handle->port;
    chan_info->dir = handle->dir;
    chan_info->role = handle->role;
    chan_info->mode = handle->mode;
    chan_info->total_dma_buf_size = handle->state >= CHAN_STATE_READY && handle->has_dma ?
                                    handle->dma.desc_num * handle->dma.buf_size : 0;
    if (c->full_duplex) {
        chan_info->pair_chan = handle->dir == I2S_DIR_TX ? c->rx_chan : c->tx_chan;
    } else {
        chan_info->pair_chan = NULL;
    }
    return ESP_OK;
}

/* i2s_std_set_slot: active slots, DMA buffer size (ESP32 16-bit alignment, 4092 clamp) and the ring. */
static esp_err_t std_set_slot(i2s_chan_handle_t h, const i2s_std_slot_config_t *slot)
{
    uint32_t bits = (uint32_t)slot->data_bit_width;
    /* ESP-IDF does not check data_bit_width here; a width outside 8/16/24/32 breaks its buffer maths
     * (0 gives empty DMA buffers). The simulator refuses it instead of modelling that failure. */
    ESP_RETURN_ON_FALSE(bits == 8 || bits == 16 || bits == 24 || bits == 32, ESP_ERR_INVALID_ARG, "i2s_sim",
                        "data_bit_width %u is not 8, 16, 24 or 32", (unsigned)bits);
    uint32_t active = slot->slot_mode == I2S_SLOT_MODE_MONO ? 1U : 2U;
    uint32_t bps = sim_esp32_bytes_per_sample(bits);
    uint32_t bpf = bps * active;
    if ((uint64_t)h->frame_num * bpf > SIM_DMA_BUFFER_MAX_SIZE) {
        ESP_LOGW(TAG, "dma frame num is out of dma buffer size, limited to %u", (unsigned)(SIM_DMA_BUFFER_MAX_SIZE / bpf));
    }
    sim_format_t fmt = {
        .sample_rate_hz = 0,
        .data_bits = bits,
        .bytes_per_sample = bps,
        .channels = active,
        .mono_pick = slot->slot_mask == I2S_STD_SLOT_RIGHT ? 1U : 0U,
    };
    if (h->has_dma) {
        sim_dma_unlink(&h->dma);
        sim_port_detach_dma(h->port, &h->dma);
        sim_dma_free(&h->dma);
        h->has_dma = false;
        h->clk_ok = false;
    }
    esp_err_t err = sim_dma_init(&h->dma, sim_dir(h->dir), h->desc_num, h->frame_num, &fmt, h->auto_clear,
                                 sim_port_endpoint(h->port, sim_dir(h->dir)), sim_port_stats(h->port, sim_dir(h->dir)));
    if (err != ESP_OK) {
        ESP_LOGE(STD_TAG, "allocate memory for dma descriptor failed");
        return err;
    }
    h->has_dma = true;
    sim_port_attach_dma(h->port, &h->dma);
    /* "Share bck and ws signal in full-duplex mode ... Force to set rx as slave" (i2s_std.c@v5.5.1
     * i2s_std_set_slot); outside full duplex the sharing is switched off again. */
    controller_t *c = &s_ctrl[h->port];
    c->share_bck_ws = c->full_duplex;
    if (c->full_duplex && h->dir == I2S_DIR_RX && h->role == I2S_ROLE_MASTER) {
        h->forced_slave = true;
    }
    h->std.slot_cfg = *slot;
    if ((int)h->std.slot_cfg.slot_bit_width < (int)h->std.slot_cfg.data_bit_width) {
        h->std.slot_cfg.slot_bit_width = (i2s_slot_bit_width_t)h->std.slot_cfg.data_bit_width;
    }
    return ESP_OK;
}

/* The frame rate of one direction. A master runs at what the dividers give: the controller's shared
 * MCLK divider and its own BCK divider; a slave follows the external master, taken to run at the
 * configured rate. */
static void set_channel_rate(i2s_chan_handle_t h)
{
    controller_t *c = &s_ctrl[h->port];
    sim_freq_t real = {h->rate, 1};
    if (h->role == I2S_ROLE_MASTER && !h->forced_slave) {
        real = sim_clk_master_rate(c->sclk_exact, c->sclk, c->mclk, h->bclk_div, h->frame_bits, h->rate);
    }
    sim_dma_set_rate(&h->dma, h->rate, real.num, real.den);
}

/* After any clock, slot or channel change on port id: each direction's rate from the shared divider,
 * and the forced-slave RX linked to the TX whose BCK/WS it shares (none: it gets no clock). */
static void update_port_clock(int id)
{
    controller_t *c = &s_ctrl[id];
    i2s_chan_handle_t tx = c->tx_chan;
    i2s_chan_handle_t rx = c->rx_chan;
    bool tx_clocked = tx && tx->has_dma && tx->clk_ok;
    if (tx_clocked) {
        set_channel_rate(tx);
    }
    if (rx && rx->has_dma && rx->clk_ok) {
        if (rx->forced_slave) {
            sim_dma_follow(&rx->dma, c->share_bck_ws && tx_clocked ? &tx->dma : NULL);
        }
        set_channel_rate(rx);
    }
}

/* i2s_std_calculate_clock + i2s_std_set_clock, including the APLL target of i2s_set_get_apll_freq. */
static esp_err_t std_set_clock(i2s_chan_handle_t h, const i2s_std_clk_config_t *clk)
{
    const i2s_std_slot_config_t *slot = &h->std.slot_cfg;
    uint32_t real_slot_bit = (int)slot->slot_bit_width < (int)slot->data_bit_width ?
                             (uint32_t)slot->data_bit_width : (uint32_t)slot->slot_bit_width;
    ESP_RETURN_ON_FALSE(real_slot_bit != 24 || (clk->mclk_multiple % 3 == 0), ESP_ERR_INVALID_ARG, STD_TAG,
                        "The 'mclk_multiple' should be the multiple of 3 while using 24-bit data width");
    uint32_t rate = clk->sample_rate_hz;
    uint32_t slot_bits = real_slot_bit;
    uint32_t total_slot = 2;
    uint32_t bclk, mclk;
    if (h->role == I2S_ROLE_MASTER) {
        /* uint32_t arithmetic on purpose: the driver's products wrap the same way. */
        bclk = rate * total_slot * slot_bits;
        mclk = rate * (uint32_t)clk->mclk_multiple;
        if (bclk != 0 && mclk % bclk != 0) {
            ESP_LOGW(STD_TAG, "the current mclk multiple cannot perform integer division (slot_num: %u, slot_bits: %u)",
                     (unsigned)total_slot, (unsigned)slot_bits);
        }
    } else {
        uint32_t bclk_div = clk->bclk_div;
        if (bclk_div < 8) {
            ESP_LOGW(STD_TAG, "the current bclk division is too small, adjust the bclk division to 8");
            bclk_div = 8;
        }
        bclk = rate * total_slot * slot_bits;
        mclk = bclk * bclk_div;
    }
    /* A zero rate makes ESP-IDF divide by zero; the simulator reports it instead. */
    ESP_RETURN_ON_FALSE(mclk != 0 && bclk != 0, ESP_ERR_INVALID_ARG, "i2s_sim",
                        "sample_rate_hz %u gives a zero clock (division by zero on the device)", (unsigned)rate);
    uint32_t sclk = SIM_I2S_PLL_F160M_HZ;
    sim_freq_t sclk_exact = {SIM_I2S_PLL_F160M_HZ, 1};
    if (clk->clk_src == I2S_CLK_SRC_APLL) {
        /* i2s_set_get_apll_freq: a multiple (>= 2) of MCLK above the APLL's minimum. */
        uint32_t div = SIM_APLL_MIN_HZ / mclk + 1U;
        div = div < 2U ? 2U : div;
        uint64_t expt = (uint64_t)mclk * div;
        if (expt > SIM_APLL_MAX_HZ) {
            ESP_LOGE(TAG, "The required APLL frequency exceed its maximum value");
            sclk = 0;
        } else if (!sim_clk_apll((uint32_t)expt, &sclk, &sclk_exact)) {
            ESP_LOGE(TAG, "set APLL freq failed due to invalid argument");
            sclk = 0;
        }
    }
    uint32_t mclk_div = sclk / mclk;
    float min_mclk_div = 1.99f;
    ESP_RETURN_ON_FALSE((float)sclk > (float)mclk * min_mclk_div, ESP_ERR_INVALID_ARG, STD_TAG, "sample rate is too large");
    ESP_RETURN_ON_FALSE(mclk_div < SIM_I2S_CLK_FRAC_DIV_N_MAX, ESP_ERR_INVALID_ARG, STD_TAG, "sample rate is too small");
    h->std.clk_cfg = *clk;
    /* ESP32: one MCLK divider (and source) for both directions; this direction's BCK divider. */
    controller_t *c = &s_ctrl[h->port];
    c->mclk_set = true;
    c->sclk = sclk;
    c->sclk_exact = sclk_exact;
    c->mclk = mclk;
    h->bclk_div = mclk / bclk;
    h->frame_bits = total_slot * slot_bits;
    h->rate = rate;
    h->clk_ok = true;
    update_port_clock(h->port);
    return ESP_OK;
}

/* ESP32: MCLK leaves through the clock-out pins only (esp_clock_output_start, IS_VALID_CLKOUT_IO). */
static bool esp32_clkout_pin(int gpio)
{
    return gpio == 0 || gpio == 1 || gpio == 3;
}

static esp_err_t std_set_gpio(i2s_chan_handle_t h, const i2s_std_gpio_config_t *gpio)
{
    ESP_RETURN_ON_FALSE(gpio->bclk == -1 || GPIO_IS_VALID_GPIO(gpio->bclk), ESP_ERR_INVALID_ARG, STD_TAG, "bclk invalid");
    ESP_RETURN_ON_FALSE(gpio->ws == -1 || GPIO_IS_VALID_GPIO(gpio->ws), ESP_ERR_INVALID_ARG, STD_TAG, "ws invalid");
    if (gpio->mclk != I2S_GPIO_UNUSED && !esp32_clkout_pin(gpio->mclk)) {
        ESP_LOGE("esp_clock_output", "Output GPIO number error");
        ESP_LOGE(TAG, "mclk configure failed");
        ESP_LOGE(STD_TAG, "mclk config failed");
        return ESP_ERR_INVALID_ARG;
    }
    h->std.gpio_cfg = *gpio;
    return ESP_OK;
}

static esp_err_t channel_init_std_mode_locked(i2s_chan_handle_t handle, const i2s_std_config_t *std_cfg)
{
    HANDLE_CHECK(handle);
    /* ESP-IDF reads std_cfg without a NULL check; the simulator reports it. */
    ESP_RETURN_ON_FALSE(std_cfg, ESP_ERR_INVALID_ARG, STD_TAG, "input parameter 'std_cfg' is NULL");
    handle->mode = I2S_COMM_MODE_STD;
    ESP_RETURN_ON_FALSE(handle->state == CHAN_STATE_REGISTER, ESP_ERR_INVALID_STATE, STD_TAG,
                        "the channel has initialized already");
    esp_err_t err = std_set_slot(handle, &std_cfg->slot_cfg);
    if (err != ESP_OK) {
        ESP_LOGE(STD_TAG, "initialize channel failed while setting slot");
        return err;
    }
    if (std_cfg->clk_cfg.clk_src == I2S_CLK_SRC_APLL) {
        handle->apll_en = true;
    }
    err = std_set_clock(handle, &std_cfg->clk_cfg);
    if (err != ESP_OK) {
        ESP_LOGE(STD_TAG, "clock calculate failed");
        ESP_LOGE(STD_TAG, "initialize channel failed while setting clock");
        return err;
    }
    err = std_set_gpio(handle, &std_cfg->gpio_cfg);
    if (err != ESP_OK) {
        ESP_LOGE(STD_TAG, "initialize channel failed while setting gpio pins");
        return err;
    }
    handle->state = CHAN_STATE_READY;
    handle->dma.stats->state = I2S_SIM_STATE_READY;
    return ESP_OK;
}

/* i2s_channel_reconfig_std_clock (i2s_std.c@v5.5.1): only a disabled (READY) std channel. In full
 * duplex on ESP32 nothing stops one direction from reconfiguring the clock while the other runs: the
 * shared MCLK divider changes under it (a running TX and its RX move to the new rate from now). */
static esp_err_t channel_reconfig_std_clock_locked(i2s_chan_handle_t handle, const i2s_std_clk_config_t *clk_cfg)
{
    HANDLE_CHECK(handle);
    NULL_CHECK(clk_cfg);
    ESP_RETURN_ON_FALSE(handle->mode == I2S_COMM_MODE_STD, ESP_ERR_INVALID_ARG, STD_TAG,
                        "this handle is not working in standard mode");
    ESP_RETURN_ON_FALSE(handle->state == CHAN_STATE_READY, ESP_ERR_INVALID_STATE, STD_TAG,
                        "invalid state, I2S should be disabled before reconfiguring the clock");
    if (clk_cfg->clk_src == I2S_CLK_SRC_APLL) {
        handle->apll_en = true;
    } else {
        handle->apll_en = false;
    }
    esp_err_t err = std_set_clock(handle, clk_cfg);
    if (err != ESP_OK) {
        ESP_LOGE(STD_TAG, "update clock failed");
    }
    return err;
}

static esp_err_t channel_enable_locked(i2s_chan_handle_t handle)
{
    HANDLE_CHECK(handle);
    ESP_RETURN_ON_FALSE(handle->state == CHAN_STATE_READY, ESP_ERR_INVALID_STATE, TAG,
                        "the channel has already enabled or not initialized");
    sim_dma_start(&handle->dma);
    handle->state = CHAN_STATE_RUNNING;
    if (handle->dir == I2S_DIR_RX) {
        /* RX queue is reset on enable: buffers captured before the last disable are dropped. */
        sim_dma_reset_queue(&handle->dma);
    }
    return ESP_OK;
}

static esp_err_t channel_disable_locked(i2s_chan_handle_t handle)
{
    HANDLE_CHECK(handle);
    ESP_RETURN_ON_FALSE(handle->state > CHAN_STATE_READY, ESP_ERR_INVALID_STATE, TAG, "the channel has not been enabled yet");
    sim_dma_catch_up(&handle->dma);
    handle->state = CHAN_STATE_READY;
    sim_dma_drop_current(&handle->dma);
    sim_dma_stop(&handle->dma);
    if (handle->dir == I2S_DIR_TX) {
        sim_dma_reset_queue(&handle->dma);
    }
    return ESP_OK;
}

static uint64_t ms_to_wait(uint32_t timeout_ms)
{
    TickType_t ticks = pdMS_TO_TICKS(timeout_ms);
    return ticks == portMAX_DELAY ? SIM_WAIT_FOREVER : (uint64_t)ticks;
}

static esp_err_t channel_write_locked(i2s_chan_handle_t handle, const void *src, size_t size, size_t *bytes_written, uint32_t timeout_ms)
{
    /* Inside a source/sink callback the hardware of some channel is half-way through a buffer. */
    ESP_RETURN_ON_FALSE(!sim_nested(), ESP_ERR_INVALID_STATE, "i2s_sim", "no transfer from a source/sink callback");
    HANDLE_CHECK(handle);
    ESP_RETURN_ON_FALSE(handle->dir == I2S_DIR_TX, ESP_ERR_INVALID_ARG, TAG, "this channel is not tx channel");
    if (bytes_written) {
        *bytes_written = 0;
    }
    /* ESP-IDF would memcpy from NULL; the simulator reports it. */
    ESP_RETURN_ON_FALSE(src || size == 0, ESP_ERR_INVALID_ARG, TAG, "input parameter 'src' is NULL");
    sim_clock_charge_call();
    /* The driver first waits up to the timeout for the channel's semaphore, which exists only while the
     * channel runs. Another thread cannot enable the channel during a call (calls are atomic in virtual
     * time, see i2s_sim.h), so the simulator answers at once. */
    ESP_RETURN_ON_FALSE(handle->state == CHAN_STATE_RUNNING, ESP_ERR_INVALID_STATE, TAG, "The channel is not enabled");
    size_t moved = 0;
    sim_xfer_result_t r = sim_dma_transfer(&handle->dma, (void *)(uintptr_t)src, size, &moved, ms_to_wait(timeout_ms), true);
    if (bytes_written) {
        *bytes_written = moved;
    }
    return r == SIM_XFER_DONE ? ESP_OK : ESP_ERR_TIMEOUT;
}

static esp_err_t channel_read_locked(i2s_chan_handle_t handle, void *dest, size_t size, size_t *bytes_read, uint32_t timeout_ms)
{
    /* Inside a source/sink callback the hardware of some channel is half-way through a buffer. */
    ESP_RETURN_ON_FALSE(!sim_nested(), ESP_ERR_INVALID_STATE, "i2s_sim", "no transfer from a source/sink callback");
    HANDLE_CHECK(handle);
    ESP_RETURN_ON_FALSE(handle->dir == I2S_DIR_RX, ESP_ERR_INVALID_ARG, TAG, "this channel is not rx channel");
    if (bytes_read) {
        *bytes_read = 0;
    }
    ESP_RETURN_ON_FALSE(dest || size == 0, ESP_ERR_INVALID_ARG, TAG, "input parameter 'dest' is NULL");
    sim_clock_charge_call();
    ESP_RETURN_ON_FALSE(handle->state == CHAN_STATE_RUNNING, ESP_ERR_INVALID_STATE, TAG, "The channel is not enabled");
    size_t moved = 0;
    sim_xfer_result_t r = sim_dma_transfer(&handle->dma, dest, size, &moved, ms_to_wait(timeout_ms), true);
    if (bytes_read) {
        *bytes_read = moved;
    }
    return r == SIM_XFER_DONE ? ESP_OK : ESP_ERR_TIMEOUT;
}

static esp_err_t channel_preload_data_locked(i2s_chan_handle_t tx_handle, const void *src, size_t size, size_t *bytes_loaded)
{
    HANDLE_CHECK(tx_handle);
    ESP_RETURN_ON_FALSE(tx_handle->dir == I2S_DIR_TX, ESP_ERR_INVALID_ARG, TAG, "this channel is not tx channel");
    ESP_RETURN_ON_FALSE(tx_handle->state == CHAN_STATE_READY, ESP_ERR_INVALID_STATE, TAG,
                        "data can only be preloaded when the channel is READY");
    ESP_RETURN_ON_FALSE(bytes_loaded, ESP_ERR_INVALID_ARG, TAG, "input parameter 'bytes_loaded' is NULL");
    ESP_RETURN_ON_FALSE(src || size == 0, ESP_ERR_INVALID_ARG, TAG, "input parameter 'src' is NULL");
    *bytes_loaded = sim_dma_preload(&tx_handle->dma, src, size);
    return ESP_OK;
}

void sim_std_reset(void)
{
    for (int i = 0; i < (int)SOC_I2S_NUM; i++) {
        controller_t *c = &s_ctrl[i];
        i2s_chan_handle_t chans[2] = {c->tx_chan, c->rx_chan};
        for (int k = 0; k < 2; k++) {
            if (chans[k]) {
                free_channel_dma(chans[k]);
                free(chans[k]);
            }
        }
        if (c->exists) {
            sim_port_set_owner(i, SIM_OWNER_NONE);
        }
        memset(c, 0, sizeof(*c));
    }
}

/* ---------------------------------------------------------------- exported entry points
 * Each runs under the simulator lock (sim_clock.h), as ESP-IDF's run under the channel mutex and the
 * transfer semaphore: calls on a channel are serialised, and a disable or delete from another thread
 * waits until a transfer in progress has returned. */

esp_err_t i2s_new_channel(const i2s_chan_config_t *chan_cfg, i2s_chan_handle_t *tx_handle, i2s_chan_handle_t *rx_handle)
{
    sim_enter();
    esp_err_t ret = new_channel_locked(chan_cfg, tx_handle, rx_handle);
    sim_leave();
    return ret;
}

esp_err_t i2s_del_channel(i2s_chan_handle_t handle)
{
    sim_enter();
    esp_err_t ret = del_channel_locked(handle);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_get_info(i2s_chan_handle_t handle, i2s_chan_info_t *chan_info)
{
    sim_enter();
    esp_err_t ret = channel_get_info_locked(handle, chan_info);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_init_std_mode(i2s_chan_handle_t handle, const i2s_std_config_t *std_cfg)
{
    sim_enter();
    esp_err_t ret = channel_init_std_mode_locked(handle, std_cfg);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_reconfig_std_clock(i2s_chan_handle_t handle, const i2s_std_clk_config_t *clk_cfg)
{
    sim_enter();
    esp_err_t ret = channel_reconfig_std_clock_locked(handle, clk_cfg);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_enable(i2s_chan_handle_t handle)
{
    sim_enter();
    esp_err_t ret = channel_enable_locked(handle);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_disable(i2s_chan_handle_t handle)
{
    sim_enter();
    esp_err_t ret = channel_disable_locked(handle);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_write(i2s_chan_handle_t handle, const void *src, size_t size, size_t *bytes_written, uint32_t timeout_ms)
{
    sim_enter();
    esp_err_t ret = channel_write_locked(handle, src, size, bytes_written, timeout_ms);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_read(i2s_chan_handle_t handle, void *dest, size_t size, size_t *bytes_read, uint32_t timeout_ms)
{
    sim_enter();
    esp_err_t ret = channel_read_locked(handle, dest, size, bytes_read, timeout_ms);
    sim_leave();
    return ret;
}

esp_err_t i2s_channel_preload_data(i2s_chan_handle_t tx_handle, const void *src, size_t size, size_t *bytes_loaded)
{
    sim_enter();
    esp_err_t ret = channel_preload_data_locked(tx_handle, src, size, bytes_loaded);
    sim_leave();
    return ret;
}
