/*
 * Host stand-in for ESP-IDF v5.5 components/hal/include/hal/i2s_types.h, original ESP32 variant
 * (SOC_I2S_HW_VERSION_1: no TDM). Same enum names and values as ESP-IDF.
 */
#pragma once

#include <stdint.h>
#include <stdlib.h>
#include <stdbool.h>
#include <stddef.h>
#include "esp_bit_defs.h"
#include "soc/soc_caps.h"
#include "soc/clk_tree_defs.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    I2S_SLOT_MODE_MONO = 1,
    I2S_SLOT_MODE_STEREO = 2,
} i2s_slot_mode_t;

typedef enum {
    I2S_DIR_RX = BIT(0),
    I2S_DIR_TX = BIT(1),
} i2s_dir_t;

typedef enum {
    I2S_ROLE_MASTER,
    I2S_ROLE_SLAVE
} i2s_role_t;

typedef enum {
    I2S_DATA_BIT_WIDTH_8BIT    = 8,
    I2S_DATA_BIT_WIDTH_16BIT   = 16,
    I2S_DATA_BIT_WIDTH_24BIT   = 24,
    I2S_DATA_BIT_WIDTH_32BIT   = 32,
} i2s_data_bit_width_t;

typedef enum {
    I2S_SLOT_BIT_WIDTH_AUTO           = (0),
    I2S_SLOT_BIT_WIDTH_8BIT           = (8),
    I2S_SLOT_BIT_WIDTH_16BIT          = (16),
    I2S_SLOT_BIT_WIDTH_24BIT          = (24),
    I2S_SLOT_BIT_WIDTH_32BIT          = (32),
} i2s_slot_bit_width_t;

typedef soc_periph_i2s_clk_src_t    i2s_clock_src_t;

typedef enum {
    I2S_PDM_DATA_FMT_PCM = 0,
    I2S_PDM_DATA_FMT_RAW = 1,
} i2s_pdm_data_fmt_t;

typedef enum {
    I2S_PDM_DSR_8S = 0,
    I2S_PDM_DSR_16S,
    I2S_PDM_DSR_MAX,
} i2s_pdm_dsr_t;

typedef enum {
    I2S_PDM_SIG_SCALING_DIV_2 = 0,
    I2S_PDM_SIG_SCALING_MUL_1 = 1,
    I2S_PDM_SIG_SCALING_MUL_2 = 2,
    I2S_PDM_SIG_SCALING_MUL_4 = 3,
} i2s_pdm_sig_scale_t;

typedef enum {
    I2S_STD_SLOT_LEFT   = BIT(0),
    I2S_STD_SLOT_RIGHT  = BIT(1),
    I2S_STD_SLOT_BOTH   = BIT(0) | BIT(1),
} i2s_std_slot_mask_t;

/* PDM masks are the reverse of the STD ones in ESP-IDF. */
typedef enum {
    I2S_PDM_SLOT_RIGHT      = BIT(0),
    I2S_PDM_SLOT_LEFT       = BIT(1),
    I2S_PDM_SLOT_BOTH       = BIT(0) | BIT(1),
} i2s_pdm_slot_mask_t;

typedef enum {
    I2S_ETM_EVENT_DONE,
    I2S_ETM_EVENT_REACH_THRESH,
    I2S_ETM_EVENT_MAX,
} i2s_etm_event_type_t;

typedef enum {
    I2S_ETM_TASK_START,
    I2S_ETM_TASK_STOP,
    I2S_ETM_TASK_MAX,
} i2s_etm_task_type_t;

#ifdef __cplusplus
}
#endif
