/*
 * I2sGen prebuilt host glue: the generated <name>_i2s.c of both drivers, with the binding's constants read from an
 * i2sgen_host_config_t (see i2sgen_host.h). Every check, driver call, log message and return code follows the
 * generator's StdDriverEmitter, LegacyDriverEmitter and CSourceWriter; the host tests run over this file and over
 * the generated C and compare their traces, so a change there that is not made here fails them.
 */
/* The legacy driver's deprecation #warning, as the compiled glue builds with it. */
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1

#include "i2sgen_host.h"

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "driver/i2s.h"
#include "driver/i2s_std.h"
#include "esp_err.h"
#include "esp_idf_version.h"
#include "esp_log.h"
#include "freertos/FreeRTOS.h"
#include "sdkconfig.h"

#if !CONFIG_IDF_TARGET_ESP32
#error "the prebuilt host glue runs on the simulator, which models the ESP32 only"
#endif

/* The state the generated C keeps in file statics, per binding. */
typedef struct {
    char tag[I2SGEN_HOST_MAX_TAG + 1];
    i2sgen_host_config_t config;
    i2s_chan_handle_t handle; /* std: the channel; NULL while not started */
    bool started;             /* legacy: the port is installed by this binding */
} binding_slot_t;

static binding_slot_t s_slots[I2SGEN_HOST_MAX_BINDINGS];
static int s_slot_count = 0;

/*
 * Guards the slot table only (finding or adding a slot). The generated C# serialises init, deinit and transfers of
 * one binding with its own locks, as the generated C asks of its callers, so a slot's state needs no lock here; the
 * driver calls keep the simulator's own locking.
 */
static pthread_mutex_t s_table_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *const TAG = "i2sgen_host";

static binding_slot_t *find_slot(const char *tag, bool add)
{
    binding_slot_t *found = NULL;
    (void)pthread_mutex_lock(&s_table_lock);
    for (int i = 0; i < s_slot_count && found == NULL; i++) {
        if (strcmp(s_slots[i].tag, tag) == 0) {
            found = &s_slots[i];
        }
    }
    if (found == NULL && add && s_slot_count < I2SGEN_HOST_MAX_BINDINGS) {
        found = &s_slots[s_slot_count++];
        memset(found, 0, sizeof(*found));
        memcpy(found->tag, tag, strlen(tag) + 1);
    }
    (void)pthread_mutex_unlock(&s_table_lock);
    return found;
}

static bool tag_ok(const char *tag)
{
    return tag != NULL && tag[0] != '\0' && strlen(tag) <= I2SGEN_HOST_MAX_TAG;
}

uint32_t i2sgen_host_config_size(void)
{
    return (uint32_t)sizeof(i2sgen_host_config_t);
}

/* StdDriverEmitter's driver_timeout_ms. */
static uint32_t driver_timeout_ms(int32_t timeout_ms)
{
    if (timeout_ms < 0) {
        return portMAX_DELAY;
    }
    if (timeout_ms > 0 && (uint32_t)timeout_ms < portTICK_PERIOD_MS) {
        return portTICK_PERIOD_MS;
    }
    return (uint32_t)timeout_ms;
}

/* LegacyDriverEmitter's timeout_ticks. */
static TickType_t timeout_ticks(int32_t timeout_ms)
{
    if (timeout_ms < 0) {
        return portMAX_DELAY;
    }
    TickType_t ticks = pdMS_TO_TICKS((uint32_t)timeout_ms);
    if (timeout_ms > 0 && ticks == 0) {
        ticks = 1;
    }
    return ticks;
}

static gpio_num_t std_gpio(int32_t pin)
{
    return pin < 0 ? I2S_GPIO_UNUSED : (gpio_num_t)pin;
}

static int legacy_gpio(int32_t pin)
{
    return pin < 0 ? I2S_PIN_NO_CHANGE : (int)pin;
}

/* i2s_channel_init_std_mode with the binding's values, as StdDriverEmitter writes them. */
static esp_err_t std_configure(const char *tag, i2s_chan_handle_t handle, const i2sgen_host_config_t *c)
{
    const i2s_std_config_t std_cfg = {
        .clk_cfg = {
            .sample_rate_hz = (uint32_t)c->sample_rate_hz,
            .clk_src = c->use_apll ? I2S_CLK_SRC_APLL : I2S_CLK_SRC_DEFAULT,
            .mclk_multiple = (i2s_mclk_multiple_t)c->mclk_multiple,
        },
        .slot_cfg = {
            .data_bit_width = (i2s_data_bit_width_t)c->bits_per_sample,
            .slot_bit_width = I2S_SLOT_BIT_WIDTH_AUTO,
            .slot_mode = (i2s_slot_mode_t)c->slot_mode,
            .slot_mask = (i2s_std_slot_mask_t)c->slot_mask,
            .ws_width = (uint32_t)c->ws_width,
            .ws_pol = c->ws_pol != 0,
            .bit_shift = c->bit_shift != 0,
            .msb_right = c->msb_right != 0,
        },
        .gpio_cfg = {
            .mclk = std_gpio(c->mclk_pin),
            .bclk = std_gpio(c->bclk_pin),
            .ws = std_gpio(c->ws_pin),
            .dout = std_gpio(c->receive ? -1 : c->dout_pin),
            .din = std_gpio(c->receive ? c->din_pin : -1),
            .invert_flags = {
                .mclk_inv = false,
                .bclk_inv = false,
                .ws_inv = false,
            },
        },
    };
    esp_err_t err = i2s_channel_init_std_mode(handle, &std_cfg);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_channel_init_std_mode failed: %s", esp_err_to_name(err));
    }
    return err;
}

static i2s_chan_config_t chan_config(const i2sgen_host_config_t *c)
{
    const i2s_chan_config_t chan_cfg = {
        .id = (i2s_port_t)c->port,
        .role = I2S_ROLE_MASTER,
        .dma_desc_num = (uint32_t)c->dma_desc_num,
        .dma_frame_num = (uint32_t)c->dma_frame_num,
        .auto_clear = true,
    };
    return chan_cfg;
}

static void log_started(const char *tag, const i2sgen_host_config_t *c)
{
    ESP_LOGI(tag, "started: %d Hz, %d-bit, %d channel(s) on I2S_NUM_%d", (int)c->sample_rate_hz,
             (int)c->bits_per_sample, (int)c->channels, (int)c->port);
}

static esp_err_t std_init(binding_slot_t *slot)
{
    const char *tag = slot->tag;
    const i2sgen_host_config_t *c = &slot->config;
    if (slot->handle != NULL) {
        ESP_LOGE(tag, "already started; call %s_deinit() first", tag);
        return ESP_ERR_INVALID_STATE;
    }

    const i2s_chan_config_t chan_cfg = chan_config(c);
    i2s_chan_handle_t handle = NULL;
    esp_err_t err = i2s_new_channel(&chan_cfg, c->receive ? NULL : &handle, c->receive ? &handle : NULL);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_new_channel failed: %s", esp_err_to_name(err));
        return err;
    }

    err = std_configure(tag, handle, c);
    if (err != ESP_OK) {
        (void)i2s_del_channel(handle);
        return err;
    }
    err = i2s_channel_enable(handle);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_channel_enable failed: %s", esp_err_to_name(err));
        (void)i2s_del_channel(handle);
        return err;
    }

    slot->handle = handle;
    log_started(tag, c);
    return ESP_OK;
}

/* The legacy driver's i2s_config_t with the binding's values, as LegacyDriverEmitter writes it, in <mode>. */
static i2s_config_t legacy_config(const i2sgen_host_config_t *c, int mode)
{
    const i2s_config_t i2s_config = {
        .mode = (i2s_mode_t)(I2S_MODE_MASTER | mode),
        .sample_rate = (uint32_t)c->sample_rate_hz,
        .bits_per_sample = (i2s_bits_per_sample_t)c->bits_per_sample,
        .channel_format = (i2s_channel_fmt_t)c->channel_format,
        .communication_format = (i2s_comm_format_t)c->comm_format,
        .intr_alloc_flags = 0,
#if ESP_IDF_VERSION_MAJOR >= 5
        .dma_desc_num = c->dma_desc_num,
        .dma_frame_num = c->dma_frame_num,
#else
        .dma_buf_count = c->dma_desc_num,
        .dma_buf_len = c->dma_frame_num,
#endif
        .use_apll = c->use_apll != 0,
        .tx_desc_auto_clear = true,
        .fixed_mclk = c->fixed_mclk,
        .mclk_multiple = (i2s_mclk_multiple_t)c->mclk_multiple,
        .bits_per_chan = (i2s_bits_per_chan_t)c->bits_per_sample,
    };
    return i2s_config;
}

static esp_err_t legacy_init(binding_slot_t *slot)
{
    const char *tag = slot->tag;
    const i2sgen_host_config_t *c = &slot->config;
    if (slot->started) {
        ESP_LOGE(tag, "already started; call %s_deinit() first", tag);
        return ESP_ERR_INVALID_STATE;
    }

    const i2s_port_t port = (i2s_port_t)c->port;
    const i2s_config_t i2s_config = legacy_config(c, c->receive ? I2S_MODE_RX : I2S_MODE_TX);
    esp_err_t err = i2s_driver_install(port, &i2s_config, 0, NULL);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_driver_install failed: %s", esp_err_to_name(err));
        return err;
    }

    const i2s_pin_config_t pin_config = {
        .mck_io_num = legacy_gpio(c->mclk_pin),
        .bck_io_num = legacy_gpio(c->bclk_pin),
        .ws_io_num = legacy_gpio(c->ws_pin),
        .data_out_num = legacy_gpio(c->receive ? -1 : c->dout_pin),
        .data_in_num = legacy_gpio(c->receive ? c->din_pin : -1),
    };
    err = i2s_set_pin(port, &pin_config);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_set_pin failed: %s", esp_err_to_name(err));
        (void)i2s_driver_uninstall(port);
        return err;
    }

    slot->started = true;
    log_started(tag, c);
    return ESP_OK;
}

/*
 * Shared buses (issue 11), as the generated i2sgen_bus<N>.c does. Full duplex: the pair's state per port, under
 * s_bus_lock because the two members may init and deinit from different threads in any order (the generated C#
 * serialises each member with its own locks only). Take turns: a member refuses to start while another member of
 * its bus is started; the generated C# claims the bus before it gets here, so this is the native side's own check.
 */
#define BUS_RX 1u
#define BUS_TX 2u
#define HOST_PORTS 2 /* the ESP32's I2S_NUM_0 and I2S_NUM_1, the only chip the simulator models */

typedef struct {
    unsigned open;        /* BUS_RX | BUS_TX: the directions whose member is started */
    i2s_chan_handle_t tx; /* std: the pair, created by the first opening, deleted by the last closing */
    i2s_chan_handle_t rx;
    bool tx_enabled;      /* std: TX runs while the bus is open (RX is its slave), playing silence without a speaker */
    bool rx_enabled;      /* std: RX runs; kept running while the microphone is closed and the speaker plays */
} duplex_bus_t;

static duplex_bus_t s_buses[HOST_PORTS];
static pthread_mutex_t s_bus_lock = PTHREAD_MUTEX_INITIALIZER;

static bool slot_started(const binding_slot_t *slot)
{
    return slot->config.driver == I2SGEN_HOST_DRIVER_LEGACY ? slot->started : slot->handle != NULL;
}

/* Take turns: the started member of <slot>'s bus other than <slot>, or NULL. Called under s_bus_lock. */
static const binding_slot_t *turn_holder(const binding_slot_t *slot)
{
    const binding_slot_t *holder = NULL;
    (void)pthread_mutex_lock(&s_table_lock);
    for (int i = 0; i < s_slot_count && holder == NULL; i++) {
        const binding_slot_t *other = &s_slots[i];
        if (other != slot && other->config.sharing == I2SGEN_HOST_SHARING_TAKE_TURNS
            && other->config.port == slot->config.port && slot_started(other)) {
            holder = other;
        }
    }
    (void)pthread_mutex_unlock(&s_table_lock);
    return holder;
}

/* The bus's log tag, as the generated i2sgen_bus<N>.c logs: "i2sgen_bus0". */
static const char *bus_tag(int32_t port)
{
    return port == 0 ? "i2sgen_bus0" : "i2sgen_bus1";
}

static void std_delete_pair(duplex_bus_t *bus, int32_t port)
{
    esp_err_t err = i2s_del_channel(bus->rx);
    if (err != ESP_OK) {
        ESP_LOGE(bus_tag(port), "i2s_del_channel (RX) failed: %s", esp_err_to_name(err));
    }
    err = i2s_del_channel(bus->tx);
    if (err != ESP_OK) {
        ESP_LOGE(bus_tag(port), "i2s_del_channel (TX) failed: %s", esp_err_to_name(err));
    }
    bus->rx = NULL;
    bus->tx = NULL;
    bus->rx_enabled = false;
    bus->tx_enabled = false;
}

/* Full duplex, std: the first opening creates both channels with one i2s_new_channel and configures each. */
static esp_err_t std_duplex_create(duplex_bus_t *bus, const char *tag, const i2sgen_host_config_t *tx,
                                   const i2sgen_host_config_t *rx)
{
    const i2s_chan_config_t chan_cfg = chan_config(tx);
    esp_err_t err = i2s_new_channel(&chan_cfg, &bus->tx, &bus->rx);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_new_channel failed: %s", esp_err_to_name(err));
        bus->tx = NULL;
        bus->rx = NULL;
        return err;
    }
    err = std_configure(tag, bus->tx, tx);
    if (err == ESP_OK) {
        err = std_configure(tag, bus->rx, rx);
    }
    if (err != ESP_OK) {
        std_delete_pair(bus, tx->port);
    }
    return err;
}

/* Full duplex, legacy: the first opening installs the driver in TX|RX mode (the transmitter's config) with both pins. */
static esp_err_t legacy_duplex_install(const char *tag, const i2sgen_host_config_t *tx, const i2sgen_host_config_t *rx)
{
    const i2s_port_t port = (i2s_port_t)tx->port;
    const i2s_config_t i2s_config = legacy_config(tx, I2S_MODE_TX | I2S_MODE_RX);
    esp_err_t err = i2s_driver_install(port, &i2s_config, 0, NULL);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_driver_install failed: %s", esp_err_to_name(err));
        return err;
    }

    const i2s_pin_config_t pin_config = {
        .mck_io_num = legacy_gpio(tx->mclk_pin),
        .bck_io_num = legacy_gpio(tx->bclk_pin),
        .ws_io_num = legacy_gpio(tx->ws_pin),
        .data_out_num = legacy_gpio(tx->dout_pin),
        .data_in_num = legacy_gpio(rx->din_pin),
    };
    err = i2s_set_pin(port, &pin_config);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_set_pin failed: %s", esp_err_to_name(err));
        (void)i2s_driver_uninstall(port);
    }
    return err;
}

/* TX starts with silence preloaded, so the RX it clocks hears zeros until the speaker writes. */
static esp_err_t std_enable_tx(duplex_bus_t *bus, int32_t port)
{
    static const uint8_t silence[64] = {0};
    size_t loaded = sizeof silence;
    while (loaded == sizeof silence) {
        if (i2s_channel_preload_data(bus->tx, silence, sizeof silence, &loaded) != ESP_OK) {
            break;
        }
    }
    esp_err_t err = i2s_channel_enable(bus->tx);
    if (err != ESP_OK) {
        ESP_LOGE(bus_tag(port), "i2s_channel_enable (TX) failed: %s", esp_err_to_name(err));
        return err;
    }
    bus->tx_enabled = true;
    return ESP_OK;
}

/* Legacy: while the microphone was closed its direction kept running; drop what it captured, never waiting. */
/* What RX captured while the microphone was closed, dropped as the generated i2sgen_bus<N>.c does (same scratch). */
static void std_drop_stale_rx(i2s_chan_handle_t rx, int32_t bytes_per_frame)
{
    uint8_t scratch[96];
    const size_t size = (sizeof scratch / (size_t)bytes_per_frame) * (size_t)bytes_per_frame;
    size_t n = size;
    while (n == size) {
        n = 0;
        esp_err_t err = i2s_channel_read(rx, scratch, size, &n, 0);
        if (err != ESP_OK && err != ESP_ERR_TIMEOUT) {
            break;
        }
    }
}

static void legacy_drop_stale_rx(int32_t port, int32_t bytes_per_frame)
{
    uint8_t scratch[96];
    const size_t size = (sizeof scratch / (size_t)bytes_per_frame) * (size_t)bytes_per_frame;
    size_t n = size;
    while (n == size) {
        n = 0;
        esp_err_t err = i2s_read((i2s_port_t)port, scratch, size, &n, 0);
        if (err != ESP_OK && err != ESP_ERR_TIMEOUT) {
            break;
        }
    }
}

static esp_err_t duplex_open_locked(binding_slot_t *slot, const i2sgen_host_config_t *partner)
{
    const char *tag = slot->tag;
    const i2sgen_host_config_t *c = &slot->config;
    if (slot_started(slot)) {
        ESP_LOGE(tag, "already started; call %s_deinit() first", tag);
        return ESP_ERR_INVALID_STATE;
    }

    duplex_bus_t *bus = &s_buses[c->port];
    const bool rx = c->receive != 0;
    const unsigned dir = rx ? BUS_RX : BUS_TX;
    const i2sgen_host_config_t *tx_cfg = rx ? partner : c;
    const i2sgen_host_config_t *rx_cfg = rx ? c : partner;
    esp_err_t err = ESP_OK;
    if (c->driver == I2SGEN_HOST_DRIVER_LEGACY) {
        if (bus->open == 0) {
            err = legacy_duplex_install(bus_tag(c->port), tx_cfg, rx_cfg);
            if (err != ESP_OK) {
                return err;
            }
        } else if (rx) {
            legacy_drop_stale_rx(c->port, c->bytes_per_frame);
        }
        slot->started = true;
    } else {
        if (bus->open == 0) {
            err = std_duplex_create(bus, bus_tag(c->port), tx_cfg, rx_cfg);
            if (err != ESP_OK) {
                return err;
            }
        }
        if (!bus->tx_enabled) {
            err = std_enable_tx(bus, c->port);
            if (err != ESP_OK) {
                if (bus->open == 0) {
                    std_delete_pair(bus, c->port);
                }
                return err;
            }
        }
        if (rx && bus->rx_enabled) {
            std_drop_stale_rx(bus->rx, c->bytes_per_frame);
        } else if (rx) {
            err = i2s_channel_enable(bus->rx);
            if (err != ESP_OK) {
                ESP_LOGE(bus_tag(c->port), "i2s_channel_enable (RX) failed: %s", esp_err_to_name(err));
                if (bus->open == 0) {
                    (void)i2s_channel_disable(bus->tx);
                    bus->tx_enabled = false;
                    std_delete_pair(bus, c->port);
                }
                return err;
            }
            bus->rx_enabled = true;
        }
        slot->handle = rx ? bus->rx : bus->tx;
    }
    bus->open |= dir;
    ESP_LOGI(tag, "started (full duplex): %d Hz, %d-bit, %d channel(s) on I2S_NUM_%d", (int)c->sample_rate_hz,
             (int)c->bits_per_sample, (int)c->channels, (int)c->port);
    return ESP_OK;
}

/*
 * Full duplex: stops this member's direction, then closes it; the last member to close deletes the pair (uninstalls
 * the driver). The speaker closing while the microphone runs leaves TX enabled on silence: RX needs its clock.
 */
static esp_err_t duplex_close(binding_slot_t *slot)
{
    const i2sgen_host_config_t *c = &slot->config;
    const bool rx = c->receive != 0;
    const unsigned dir = rx ? BUS_RX : BUS_TX;
    (void)pthread_mutex_lock(&s_bus_lock);
    duplex_bus_t *bus = &s_buses[c->port];
    esp_err_t err = ESP_OK;
    if (!slot_started(slot)) {
        (void)pthread_mutex_unlock(&s_bus_lock);
        return ESP_OK;
    }
    if (c->driver == I2SGEN_HOST_DRIVER_LEGACY) {
        /* The legacy driver has no per-direction stop: the other direction runs until the last member closes. */
        if (bus->open == dir) {
            err = i2s_driver_uninstall((i2s_port_t)c->port);
            if (err != ESP_OK) {
                ESP_LOGE(bus_tag(c->port), "i2s_driver_uninstall failed: %s", esp_err_to_name(err));
                (void)pthread_mutex_unlock(&s_bus_lock);
                return err;
            }
        }
        slot->started = false;
        bus->open &= ~dir;
        (void)pthread_mutex_unlock(&s_bus_lock);
        return ESP_OK;
    }

    /*
     * The microphone closing while the speaker plays leaves RX running: on the ESP32 both directions share one DMA
     * enable bit (i2s_ll_enable_dma, hal/esp32 i2s_ll.h at v5.5.1), so disabling RX would halt the speaker too.
     */
    const bool keep_rx = rx && (bus->open & BUS_TX) != 0;
    if (rx ? bus->rx_enabled && !keep_rx : bus->tx_enabled) {
        /* A channel that failed to stop earlier is already disabled: not an error. */
        err = i2s_channel_disable(rx ? bus->rx : bus->tx);
        if (err == ESP_ERR_INVALID_STATE) {
            err = ESP_OK;
        }
        if (err != ESP_OK) {
            ESP_LOGE(bus_tag(c->port), "i2s_channel_disable (%s) failed: %s", rx ? "RX" : "TX", esp_err_to_name(err));
            (void)pthread_mutex_unlock(&s_bus_lock);
            return err;
        }
        if (rx) {
            bus->rx_enabled = false;
        } else {
            bus->tx_enabled = false;
        }
    }
    slot->handle = NULL;
    bus->open &= ~dir;
    if (bus->open == 0 && bus->tx != NULL) {
        /* The last member closed: stop the clock and free both channels, their DMA buffers and their pins. */
        if (bus->rx_enabled) {
            (void)i2s_channel_disable(bus->rx);
            bus->rx_enabled = false;
        }
        if (bus->tx_enabled) {
            (void)i2s_channel_disable(bus->tx);
            bus->tx_enabled = false;
        }
        std_delete_pair(bus, c->port);
    } else if (!rx && !bus->tx_enabled) {
        err = std_enable_tx(bus, c->port);
    }
    (void)pthread_mutex_unlock(&s_bus_lock);
    return err;
}

static esp_err_t check_config(const char *tag, const i2sgen_host_config_t *config)
{
    if (config->version != I2SGEN_HOST_CONFIG_VERSION || config->size != (int32_t)sizeof(i2sgen_host_config_t)) {
        ESP_LOGE(tag, "init: config version %ld (%ld bytes) does not match this I2sGen.Host library's version %d (%u bytes); "
                 "use the I2sGen package's own library", (long)config->version, (long)config->size,
                 I2SGEN_HOST_CONFIG_VERSION, (unsigned)sizeof(i2sgen_host_config_t));
        return ESP_ERR_INVALID_VERSION;
    }
    if (!config->esp32) {
        ESP_LOGE(tag, "init: the host simulator models the ESP32 only; build with I2sGenChip=esp32 to run on it");
        return ESP_ERR_NOT_SUPPORTED;
    }
    if (config->port < 0 || config->port >= HOST_PORTS) {
        ESP_LOGE(tag, "init: I2S_NUM_%ld does not exist on the ESP32", (long)config->port);
        return ESP_ERR_INVALID_ARG;
    }
    return ESP_OK;
}

/* The checks and the slot every init starts with; NULL with *err set when the binding cannot start. */
static binding_slot_t *init_slot(const char *tag, const i2sgen_host_config_t *config, esp_err_t *err)
{
    *err = ESP_ERR_INVALID_ARG;
    if (!tag_ok(tag) || config == NULL) {
        ESP_LOGE(TAG, "init: a binding tag of 1 to %d characters and a config are required", I2SGEN_HOST_MAX_TAG);
        return NULL;
    }
    *err = check_config(tag, config);
    if (*err != ESP_OK) {
        return NULL;
    }
    binding_slot_t *slot = find_slot(tag, true);
    if (slot == NULL) {
        ESP_LOGE(tag, "init: more than %d bindings in one process", I2SGEN_HOST_MAX_BINDINGS);
        *err = ESP_ERR_NO_MEM;
        return NULL;
    }
    /* A started binding keeps the config it was started with, as its compiled C would. */
    if (!slot_started(slot)) {
        slot->config = *config;
    }
    return slot;
}

esp_err_t i2sgen_host_init(const char *tag, const i2sgen_host_config_t *config)
{
    esp_err_t err;
    binding_slot_t *slot = init_slot(tag, config, &err);
    if (slot == NULL) {
        return err;
    }
    if (slot->config.sharing == I2SGEN_HOST_SHARING_FULL_DUPLEX) {
        ESP_LOGE(tag, "init: a full-duplex member starts with i2sgen_host_init_duplex");
        return ESP_ERR_INVALID_ARG;
    }
    if (slot->config.sharing != I2SGEN_HOST_SHARING_TAKE_TURNS) {
        return slot->config.driver == I2SGEN_HOST_DRIVER_LEGACY ? legacy_init(slot) : std_init(slot);
    }

    /* Take turns: the check and the start under one lock, so two members cannot both pass it. */
    (void)pthread_mutex_lock(&s_bus_lock);
    const binding_slot_t *holder = slot_started(slot) ? NULL : turn_holder(slot);
    if (holder != NULL) {
        ESP_LOGE(bus_tag(slot->config.port), "%s cannot start: I2S_NUM_%d is in use by %s (the members take turns; stop it first)",
                 tag, (int)slot->config.port, holder->tag);
        err = ESP_ERR_INVALID_STATE;
    } else {
        err = slot->config.driver == I2SGEN_HOST_DRIVER_LEGACY ? legacy_init(slot) : std_init(slot);
    }
    (void)pthread_mutex_unlock(&s_bus_lock);
    return err;
}

esp_err_t i2sgen_host_init_duplex(const char *tag, const i2sgen_host_config_t *config, const char *partner_tag,
                                  const i2sgen_host_config_t *partner)
{
    esp_err_t err;
    binding_slot_t *slot = init_slot(tag, config, &err);
    if (slot == NULL) {
        return err;
    }
    if (!tag_ok(partner_tag) || partner == NULL || check_config(partner_tag, partner) != ESP_OK
        || slot->config.sharing != I2SGEN_HOST_SHARING_FULL_DUPLEX || partner->sharing != I2SGEN_HOST_SHARING_FULL_DUPLEX
        || partner->port != slot->config.port || partner->receive == slot->config.receive
        || partner->driver != slot->config.driver) {
        ESP_LOGE(tag, "init: a full-duplex member needs its partner's config (the other direction, same port and driver)");
        return ESP_ERR_INVALID_ARG;
    }
    (void)pthread_mutex_lock(&s_bus_lock);
    err = duplex_open_locked(slot, partner);
    (void)pthread_mutex_unlock(&s_bus_lock);
    return err;
}

esp_err_t i2sgen_host_deinit(const char *tag)
{
    binding_slot_t *slot = tag_ok(tag) ? find_slot(tag, false) : NULL;
    if (slot == NULL) {
        return ESP_OK;
    }
    if (slot->config.sharing == I2SGEN_HOST_SHARING_FULL_DUPLEX) {
        return duplex_close(slot);
    }
    if (slot->config.driver == I2SGEN_HOST_DRIVER_LEGACY) {
        if (!slot->started) {
            return ESP_OK;
        }

        esp_err_t err = i2s_driver_uninstall((i2s_port_t)slot->config.port);
        if (err != ESP_OK) {
            ESP_LOGE(tag, "i2s_driver_uninstall failed: %s", esp_err_to_name(err));
            return err;
        }

        slot->started = false;
        return ESP_OK;
    }

    if (slot->handle == NULL) {
        return ESP_OK;
    }

    /* A channel that failed to stop earlier is already disabled; deleting it is what matters. */
    esp_err_t err = i2s_channel_disable(slot->handle);
    if (err != ESP_OK && err != ESP_ERR_INVALID_STATE) {
        ESP_LOGE(tag, "i2s_channel_disable failed: %s", esp_err_to_name(err));
        return err;
    }
    err = i2s_del_channel(slot->handle);
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_del_channel failed: %s", esp_err_to_name(err));
        return err;
    }

    slot->handle = NULL;
    return ESP_OK;
}

/* CSourceWriter.WriteTransferChecks: the same checks in the same order, with the same messages and codes. */
static esp_err_t transfer_checks(const char *tag, const binding_slot_t *slot, const char *operation, const char *count_name,
                                 const void *buffer, size_t length, size_t *count, int32_t timeout_ms)
{
    if (count == NULL) {
        ESP_LOGE(tag, "%s: %s is NULL", operation, count_name);
        return ESP_ERR_INVALID_ARG;
    }
    *count = 0;
    if (slot == NULL || !slot_started(slot)) {
        ESP_LOGE(tag, "%s: not started, call %s_init() first", operation, tag);
        return ESP_ERR_INVALID_STATE;
    }
    if (buffer == NULL && length > 0) {
        ESP_LOGE(tag, "%s: buffer is NULL", operation);
        return ESP_ERR_INVALID_ARG;
    }
    if (timeout_ms < -1) {
        ESP_LOGE(tag, "%s: timeout_ms %ld is not -1 (wait), 0 (never wait) or a wait in ms", operation, (long)timeout_ms);
        return ESP_ERR_INVALID_ARG;
    }
    if (length % (size_t)slot->config.bytes_per_frame != 0) {
        ESP_LOGE(tag, "%s: length %lu is not a multiple of the %d-byte frame", operation, (unsigned long)length,
                 (int)slot->config.bytes_per_frame);
        return ESP_ERR_INVALID_SIZE;
    }
    return ESP_OK;
}

esp_err_t i2sgen_host_read(const char *tag, void *buffer, size_t length, size_t *bytes_read, int32_t timeout_ms)
{
    if (!tag_ok(tag)) {
        ESP_LOGE(TAG, "read: no binding tag");
        return ESP_ERR_INVALID_ARG;
    }
    binding_slot_t *slot = find_slot(tag, false);
    esp_err_t err = transfer_checks(tag, slot, "read", "bytes_read", buffer, length, bytes_read, timeout_ms);
    if (err != ESP_OK || length == 0) {
        return err;
    }

    if (slot->config.driver == I2SGEN_HOST_DRIVER_LEGACY) {
        /* The legacy driver returns ESP_OK with a partial count when the wait runs out; a timeout code means the same. */
        err = i2s_read((i2s_port_t)slot->config.port, buffer, length, bytes_read, timeout_ticks(timeout_ms));
        if (err == ESP_ERR_TIMEOUT) {
            return ESP_OK;
        }
        if (err != ESP_OK) {
            ESP_LOGE(tag, "i2s_read failed: %s", esp_err_to_name(err));
        }
        return err;
    }

    /* -1 waits until everything is moved, across the driver's finite portMAX_DELAY (see StdDriverEmitter). */
    do {
        size_t moved = 0;
        err = i2s_channel_read(slot->handle, (uint8_t *)buffer + *bytes_read, length - *bytes_read, &moved,
                               driver_timeout_ms(timeout_ms));
        *bytes_read += moved;
    } while (err == ESP_ERR_TIMEOUT && timeout_ms < 0 && *bytes_read < length);
    if (err == ESP_ERR_TIMEOUT) {
        return ESP_OK;
    }
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_channel_read failed: %s", esp_err_to_name(err));
    }
    return err;
}

esp_err_t i2sgen_host_write(const char *tag, const void *buffer, size_t length, size_t *bytes_written, int32_t timeout_ms)
{
    if (!tag_ok(tag)) {
        ESP_LOGE(TAG, "write: no binding tag");
        return ESP_ERR_INVALID_ARG;
    }
    binding_slot_t *slot = find_slot(tag, false);
    esp_err_t err = transfer_checks(tag, slot, "write", "bytes_written", buffer, length, bytes_written, timeout_ms);
    if (err != ESP_OK || length == 0) {
        return err;
    }

    if (slot->config.driver == I2SGEN_HOST_DRIVER_LEGACY) {
        err = i2s_write((i2s_port_t)slot->config.port, buffer, length, bytes_written, timeout_ticks(timeout_ms));
        if (err == ESP_ERR_TIMEOUT) {
            return ESP_OK;
        }
        if (err != ESP_OK) {
            ESP_LOGE(tag, "i2s_write failed: %s", esp_err_to_name(err));
        }
        return err;
    }

    do {
        size_t moved = 0;
        err = i2s_channel_write(slot->handle, (const uint8_t *)buffer + *bytes_written, length - *bytes_written, &moved,
                                driver_timeout_ms(timeout_ms));
        *bytes_written += moved;
    } while (err == ESP_ERR_TIMEOUT && timeout_ms < 0 && *bytes_written < length);
    if (err == ESP_ERR_TIMEOUT) {
        return ESP_OK;
    }
    if (err != ESP_OK) {
        ESP_LOGE(tag, "i2s_channel_write failed: %s", esp_err_to_name(err));
    }
    return err;
}
