/*
 * Host stand-in for ESP-IDF v5.5 components/hal/include/hal/i2s_types.h. Same enum names and values as ESP-IDF,
 * and the same capability guards (soc/soc_caps.h of the target sdkconfig.h selects): the PCM compression, PDM
 * and TDM types exist only on chips that have those features.
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

#if SOC_I2S_SUPPORTS_PCM
typedef enum {
    I2S_PCM_DISABLE = 0,
    I2S_PCM_A_DECOMPRESS,
    I2S_PCM_A_COMPRESS,
    I2S_PCM_U_DECOMPRESS,
    I2S_PCM_U_COMPRESS,
} i2s_pcm_compress_t;
#endif

typedef enum {
    I2S_PDM_DATA_FMT_PCM = 0,
    I2S_PDM_DATA_FMT_RAW = 1,
} i2s_pdm_data_fmt_t;

#if SOC_I2S_SUPPORTS_PDM_RX
typedef enum {
    I2S_PDM_DSR_8S = 0,
    I2S_PDM_DSR_16S,
    I2S_PDM_DSR_MAX,
} i2s_pdm_dsr_t;
#endif

#if SOC_I2S_SUPPORTS_PDM_TX
typedef enum {
    I2S_PDM_SIG_SCALING_DIV_2 = 0,
    I2S_PDM_SIG_SCALING_MUL_1 = 1,
    I2S_PDM_SIG_SCALING_MUL_2 = 2,
    I2S_PDM_SIG_SCALING_MUL_4 = 3,
} i2s_pdm_sig_scale_t;

#if SOC_I2S_HW_VERSION_2
typedef enum {
    I2S_PDM_TX_ONE_LINE_CODEC,
    I2S_PDM_TX_ONE_LINE_DAC,
    I2S_PDM_TX_TWO_LINE_DAC,
} i2s_pdm_tx_line_mode_t;
#endif
#endif

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
#if SOC_I2S_PDM_MAX_RX_LINES > 1
    /* Multi-line PDM RX: line n's right and left slots are bits 2n and 2n + 1. */
    I2S_PDM_RX_LINE0_SLOT_RIGHT  = I2S_PDM_SLOT_RIGHT,
    I2S_PDM_RX_LINE0_SLOT_LEFT   = I2S_PDM_SLOT_LEFT,
    I2S_PDM_RX_LINE1_SLOT_RIGHT  = BIT(2),
    I2S_PDM_RX_LINE1_SLOT_LEFT   = BIT(3),
    I2S_PDM_RX_LINE2_SLOT_RIGHT  = BIT(4),
    I2S_PDM_RX_LINE2_SLOT_LEFT   = BIT(5),
    I2S_PDM_RX_LINE3_SLOT_RIGHT  = BIT(6),
    I2S_PDM_RX_LINE3_SLOT_LEFT   = BIT(7),
    I2S_PDM_LINE_SLOT_ALL        = 0x00ff,
#endif
} i2s_pdm_slot_mask_t;

#if SOC_I2S_SUPPORTS_TDM
typedef enum {
    I2S_TDM_SLOT0  = BIT(0),
    I2S_TDM_SLOT1  = BIT(1),
    I2S_TDM_SLOT2  = BIT(2),
    I2S_TDM_SLOT3  = BIT(3),
    I2S_TDM_SLOT4  = BIT(4),
    I2S_TDM_SLOT5  = BIT(5),
    I2S_TDM_SLOT6  = BIT(6),
    I2S_TDM_SLOT7  = BIT(7),
    I2S_TDM_SLOT8  = BIT(8),
    I2S_TDM_SLOT9  = BIT(9),
    I2S_TDM_SLOT10 = BIT(10),
    I2S_TDM_SLOT11 = BIT(11),
    I2S_TDM_SLOT12 = BIT(12),
    I2S_TDM_SLOT13 = BIT(13),
    I2S_TDM_SLOT14 = BIT(14),
    I2S_TDM_SLOT15 = BIT(15),
} i2s_tdm_slot_mask_t;
#endif

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
