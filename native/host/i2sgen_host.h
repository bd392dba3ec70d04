/*
 * I2sGen prebuilt host glue: THE C CONTRACT (init, deinit, read/write) of any binding, configured at run time.
 *
 * The generated C (<name>_i2s.c) fixes a binding's configuration at compile time. This file's entry points do the
 * same driver calls with the values in an i2sgen_host_config_t instead, so one library, built once per platform and
 * shipped in the NuGet package (runtimes/<rid>/native/I2sGen.Host), serves every binding of every assembly. The
 * generated C# host backend fills the config from the same model the generated C is written from, with the numeric
 * values of the very ESP-IDF constants the C names (the generator's IdfConstants table, checked against these
 * headers by a test), so a binding behaves the same over both: the host tests run over both and compare traces.
 *
 * A binding is identified by its log tag (<cname>_i2s, unique within an assembly), passed to every entry point as a
 * NUL-terminated UTF-8 string: the slot table maps it to the binding's state, the same state the generated C keeps in
 * file statics (the channel handle, or "started" for the legacy driver). Every function returns an esp_err_t.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "esp_err.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever i2sgen_host_config_t changes; init rejects a config of another version (ESP_ERR_INVALID_VERSION). */
#define I2SGEN_HOST_CONFIG_VERSION 2

/* How many bindings may have a slot at once (every binding of the process that was ever initialised). */
#define I2SGEN_HOST_MAX_BINDINGS 32

/* The longest tag, without its NUL: a CName has at most 64 characters (Parsing/CName.cs), plus "_i2s". */
#define I2SGEN_HOST_MAX_TAG 95

#define I2SGEN_HOST_DRIVER_STD 0
#define I2SGEN_HOST_DRIVER_LEGACY 1

/* How a binding shares its bus (issue 11): alone, full duplex with one partner, or taking turns with the others. */
#define I2SGEN_HOST_SHARING_NONE 0
#define I2SGEN_HOST_SHARING_FULL_DUPLEX 1
#define I2SGEN_HOST_SHARING_TAKE_TURNS 2

/*
 * One binding's configuration: every value the generated C writes as a literal or constant, as a 32-bit integer
 * (C# mirrors it as a sequential struct of int fields). Pins are GPIO numbers, -1 for not connected.
 */
typedef struct {
    int32_t version;         /* I2SGEN_HOST_CONFIG_VERSION */
    int32_t size;            /* sizeof(i2sgen_host_config_t) */
    int32_t driver;          /* I2SGEN_HOST_DRIVER_STD or I2SGEN_HOST_DRIVER_LEGACY */
    int32_t esp32;           /* 1 when the binding targets the ESP32, the only chip the simulator models */
    int32_t receive;         /* 1: RX (read), 0: TX (write) */
    int32_t port;            /* I2S_NUM_<port> */
    int32_t sample_rate_hz;  /* <NAME>_SAMPLE_RATE_HZ and the configured rate */
    int32_t bits_per_sample; /* <NAME>_BITS_PER_SAMPLE; the data bit width */
    int32_t channels;        /* <NAME>_CHANNELS, for the start message */
    int32_t bytes_per_frame; /* <NAME>_BYTES_PER_FRAME: transfer lengths must be a multiple */
    int32_t dma_desc_num;    /* DMA buffers */
    int32_t dma_frame_num;   /* frames per DMA buffer */
    int32_t mclk_multiple;   /* i2s_mclk_multiple_t */
    int32_t use_apll;        /* std: I2S_CLK_SRC_APLL instead of I2S_CLK_SRC_DEFAULT; legacy: use_apll */
    int32_t fixed_mclk;      /* legacy: fixed_mclk */
    int32_t slot_mode;       /* std: i2s_slot_mode_t */
    int32_t slot_mask;       /* std: i2s_std_slot_mask_t */
    int32_t ws_width;        /* std */
    int32_t ws_pol;          /* std */
    int32_t bit_shift;       /* std */
    int32_t msb_right;       /* std, ESP32 slot config */
    int32_t channel_format;  /* legacy: i2s_channel_fmt_t */
    int32_t comm_format;     /* legacy: i2s_comm_format_t */
    int32_t mclk_pin;
    int32_t bclk_pin;
    int32_t ws_pin;
    int32_t dout_pin;
    int32_t din_pin;
    int32_t sharing;         /* I2SGEN_HOST_SHARING_*: the bus's planned sharing (SharedBusSpec.Sharing) */
} i2sgen_host_config_t;

/* sizeof(i2sgen_host_config_t), so the C# side can check its mirror. */
uint32_t i2sgen_host_config_size(void);

/* <name>_i2s_init(): creates, configures and starts the binding's channel (or installs the legacy driver). */
esp_err_t i2sgen_host_init(const char *tag, const i2sgen_host_config_t *config);

/*
 * <name>_i2s_init() of a full-duplex member: as i2sgen_host_init, with the partner's tag and configuration, because
 * the first of the two to start creates both channels on the controller (std: one i2s_new_channel with both handles;
 * legacy: one install with I2S_MODE_TX | I2S_MODE_RX and both data pins) and each then enables only its own
 * direction. config->sharing must be I2SGEN_HOST_SHARING_FULL_DUPLEX.
 */
esp_err_t i2sgen_host_init_duplex(const char *tag, const i2sgen_host_config_t *config, const char *partner_tag,
                                  const i2sgen_host_config_t *partner);

/* <name>_i2s_deinit(): stops and deletes it; ESP_OK when it is not started. A full-duplex member stops its own
 * direction and the last one to stop deletes the channels (uninstalls the driver). */
esp_err_t i2sgen_host_deinit(const char *tag);

/* <name>_i2s_read() of an RX binding. */
esp_err_t i2sgen_host_read(const char *tag, void *buffer, size_t length, size_t *bytes_read, int32_t timeout_ms);

/* <name>_i2s_write() of a TX binding. */
esp_err_t i2sgen_host_write(const char *tag, const void *buffer, size_t length, size_t *bytes_written, int32_t timeout_ms);

#ifdef __cplusplus
}
#endif
