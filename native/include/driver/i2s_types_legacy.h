/*
 * Host stand-in for ESP-IDF v5.5 components/driver/deprecated/driver/i2s_types_legacy.h. Same names, values,
 * field order and capability guards as ESP-IDF for the target sdkconfig.h selects: the built-in ADC/DAC modes
 * exist only on the ESP32; TDM chips (SOC_I2S_SUPPORTS_TDM) add the 16 channel bits, I2S_CHANNEL_FMT_MULTIPLE
 * and six trailing fields of i2s_driver_config_t; PCM compression and PDM TX up-sampling types follow their caps.
 */
#pragma once

#include "esp_idf_version.h"
#include "hal/i2s_types.h"
#include "driver/i2s_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define I2S_PIN_NO_CHANGE (-1)

typedef enum {
    I2S_BITS_PER_SAMPLE_8BIT    = 8,
    I2S_BITS_PER_SAMPLE_16BIT   = 16,
    I2S_BITS_PER_SAMPLE_24BIT   = 24,
    I2S_BITS_PER_SAMPLE_32BIT   = 32,
} i2s_bits_per_sample_t;

typedef enum {
    I2S_BITS_PER_CHAN_DEFAULT        = (0),
    I2S_BITS_PER_CHAN_8BIT           = (8),
    I2S_BITS_PER_CHAN_16BIT          = (16),
    I2S_BITS_PER_CHAN_24BIT          = (24),
    I2S_BITS_PER_CHAN_32BIT          = (32),
} i2s_bits_per_chan_t;

typedef enum {
    I2S_CHANNEL_MONO        = 1,
    I2S_CHANNEL_STEREO      = 2,
#if SOC_I2S_SUPPORTS_TDM
    /*
     * TDM: bit 16 + n activates channel n (16 channels). ESP-IDF writes channel 15 as (0x1 << 31), a signed
     * overflow that -pedantic rejects as a constant; the cast yields the same value (INT_MIN on gcc) cleanly.
     */
    I2S_TDM_ACTIVE_CH0  = (0x1 << 16),
    I2S_TDM_ACTIVE_CH1  = (0x1 << 17),
    I2S_TDM_ACTIVE_CH2  = (0x1 << 18),
    I2S_TDM_ACTIVE_CH3  = (0x1 << 19),
    I2S_TDM_ACTIVE_CH4  = (0x1 << 20),
    I2S_TDM_ACTIVE_CH5  = (0x1 << 21),
    I2S_TDM_ACTIVE_CH6  = (0x1 << 22),
    I2S_TDM_ACTIVE_CH7  = (0x1 << 23),
    I2S_TDM_ACTIVE_CH8  = (0x1 << 24),
    I2S_TDM_ACTIVE_CH9  = (0x1 << 25),
    I2S_TDM_ACTIVE_CH10 = (0x1 << 26),
    I2S_TDM_ACTIVE_CH11 = (0x1 << 27),
    I2S_TDM_ACTIVE_CH12 = (0x1 << 28),
    I2S_TDM_ACTIVE_CH13 = (0x1 << 29),
    I2S_TDM_ACTIVE_CH14 = (0x1 << 30),
    I2S_TDM_ACTIVE_CH15 = (int)(0x1U << 31),
#endif
} i2s_channel_t;

typedef enum {
    I2S_COMM_FORMAT_STAND_I2S        = 0X01,
    I2S_COMM_FORMAT_STAND_MSB        = 0X02,
    I2S_COMM_FORMAT_STAND_PCM_SHORT  = 0x04,
    I2S_COMM_FORMAT_STAND_PCM_LONG   = 0x0C,
    I2S_COMM_FORMAT_STAND_MAX,

    I2S_COMM_FORMAT_I2S       __attribute__((deprecated)) = 0x01,
    I2S_COMM_FORMAT_I2S_MSB   __attribute__((deprecated)) = 0x01,
    I2S_COMM_FORMAT_I2S_LSB   __attribute__((deprecated)) = 0x02,
    I2S_COMM_FORMAT_PCM       __attribute__((deprecated)) = 0x04,
    I2S_COMM_FORMAT_PCM_SHORT __attribute__((deprecated)) = 0x04,
    I2S_COMM_FORMAT_PCM_LONG  __attribute__((deprecated)) = 0x08,
} i2s_comm_format_t;

typedef enum {
    I2S_CHANNEL_FMT_RIGHT_LEFT,
    I2S_CHANNEL_FMT_ALL_RIGHT,
    I2S_CHANNEL_FMT_ALL_LEFT,
    I2S_CHANNEL_FMT_ONLY_RIGHT,
    I2S_CHANNEL_FMT_ONLY_LEFT,
#if SOC_I2S_SUPPORTS_TDM
    I2S_CHANNEL_FMT_MULTIPLE,
#endif
} i2s_channel_fmt_t;

typedef enum {
    I2S_MODE_MASTER       = (0x1 << 0),
    I2S_MODE_SLAVE        = (0x1 << 1),
    I2S_MODE_TX           = (0x1 << 2),
    I2S_MODE_RX           = (0x1 << 3),
#if SOC_I2S_SUPPORTS_DAC
    I2S_MODE_DAC_BUILT_IN = (0x1 << 4),
#endif
#if SOC_I2S_SUPPORTS_ADC
    I2S_MODE_ADC_BUILT_IN = (0x1 << 5),
#endif
    I2S_MODE_PDM          = (0x1 << 6),
} i2s_mode_t;

#if SOC_I2S_SUPPORTS_DAC
typedef enum {
    I2S_DAC_CHANNEL_DISABLE  = 0,
    I2S_DAC_CHANNEL_RIGHT_EN = 1,
    I2S_DAC_CHANNEL_LEFT_EN  = 2,
    I2S_DAC_CHANNEL_BOTH_EN  = 0x3,
    I2S_DAC_CHANNEL_MAX      = 0x4,
} i2s_dac_mode_t;
#endif

typedef enum {
    I2S_EVENT_DMA_ERROR,
    I2S_EVENT_TX_DONE,
    I2S_EVENT_RX_DONE,
    I2S_EVENT_TX_Q_OVF,
    I2S_EVENT_RX_Q_OVF,
} i2s_event_type_t;

typedef struct {
    i2s_event_type_t    type;
    size_t              size;
} i2s_event_t;

typedef struct {
    int mck_io_num;
    int bck_io_num;
    int ws_io_num;
    int data_out_num;
    int data_in_num;
} i2s_pin_config_t;

#if SOC_I2S_SUPPORTS_PCM
typedef struct {
    i2s_pcm_compress_t  pcm_type;
} i2s_pcm_cfg_t;
#endif

#if SOC_I2S_SUPPORTS_PDM_TX
#define I2S_PDM_DEFAULT_UPSAMPLE_CONFIG(rate) { \
        .sample_rate = rate, \
        .fp = 960, \
        .fs = (rate) / 100, \
    }

typedef struct {
    int sample_rate;
    int fp;
    int fs;
} i2s_pdm_tx_upsample_cfg_t;
#endif

typedef struct {
    i2s_mode_t              mode;
    uint32_t                sample_rate;
    i2s_bits_per_sample_t   bits_per_sample;
    i2s_channel_fmt_t       channel_format;
    i2s_comm_format_t       communication_format;
    int                     intr_alloc_flags;
#if ESP_IDF_VERSION_MAJOR < 5
    /* IDF 4.4 names; IDF 5 renamed them and kept these as deprecated aliases. */
    int                     dma_buf_count;
    int                     dma_buf_len;
#else
    union {
        int dma_desc_num;
        int dma_buf_count __attribute__((deprecated));
    };
    union {
        int dma_frame_num;
        int dma_buf_len __attribute__((deprecated));
    };
#endif
    bool                    use_apll;
    bool                    tx_desc_auto_clear;
    int                     fixed_mclk;
    i2s_mclk_multiple_t     mclk_multiple;
    i2s_bits_per_chan_t     bits_per_chan;

#if SOC_I2S_SUPPORTS_TDM
    i2s_channel_t           chan_mask;
    uint32_t                total_chan;
    bool                    left_align;
    bool                    big_edin;
    bool                    bit_order_msb;
    bool                    skip_msk;
#endif
} i2s_driver_config_t;

typedef i2s_driver_config_t i2s_config_t;

#ifdef __cplusplus
}
#endif
