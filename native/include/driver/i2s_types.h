/*
 * Host stand-in for ESP-IDF v5.5 components/esp_driver_i2s/include/driver/i2s_types.h. The ports and modes
 * follow soc/soc_caps.h of the selected target: I2S_NUM_1 only with two or more controllers, I2S_NUM_2 only
 * with three (ESP32-P4), PDM and TDM only where the hardware has them. I2S_NUM_AUTO and I2S_COMM_MODE_NONE
 * therefore have different values on different chips, as in ESP-IDF.
 */
#pragma once

#include "esp_idf_version.h"

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include "soc/soc_caps.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    I2S_NUM_0 = 0,
#if SOC_I2S_NUM > 1
    I2S_NUM_1 = 1,
#endif
/* I2S_NUM_2 arrives in ESP-IDF 5.3 with ESP32-P4, the only chip with a third controller. */
#if SOC_I2S_NUM > 2 && ESP_IDF_VERSION >= ESP_IDF_VERSION_VAL(5, 3, 0)
    I2S_NUM_2 = 2,
#endif
    I2S_NUM_AUTO,
} i2s_port_t;

typedef enum {
    I2S_COMM_MODE_STD,
#if SOC_I2S_SUPPORTS_PDM
    I2S_COMM_MODE_PDM,
#endif
#if SOC_I2S_SUPPORTS_TDM
    I2S_COMM_MODE_TDM,
#endif
    I2S_COMM_MODE_NONE,
} i2s_comm_mode_t;

#if ESP_IDF_VERSION_MAJOR < 5
/* IDF 4.4 (hal/i2s_types.h): DEFAULT means 256, and there is no 512 or above. */
typedef enum {
    I2S_MCLK_MULTIPLE_DEFAULT   = 0,
    I2S_MCLK_MULTIPLE_128       = 128,
    I2S_MCLK_MULTIPLE_256       = 256,
    I2S_MCLK_MULTIPLE_384       = 384,
} i2s_mclk_multiple_t;
#elif ESP_IDF_VERSION < ESP_IDF_VERSION_VAL(5, 3, 0)
/* IDF 5.0-5.2 (driver/i2s_types.h@v5.0, v5.2): 128 to 512. */
typedef enum {
    I2S_MCLK_MULTIPLE_128       = 128,
    I2S_MCLK_MULTIPLE_256       = 256,
    I2S_MCLK_MULTIPLE_384       = 384,
    I2S_MCLK_MULTIPLE_512       = 512,
} i2s_mclk_multiple_t;
#else
/* IDF 5.3 adds 192, 576, 768, 1024 and 1152 (esp_driver_i2s/include/driver/i2s_types.h@v5.3). */
typedef enum {
    I2S_MCLK_MULTIPLE_128       = 128,
    I2S_MCLK_MULTIPLE_192       = 192,
    I2S_MCLK_MULTIPLE_256       = 256,
    I2S_MCLK_MULTIPLE_384       = 384,
    I2S_MCLK_MULTIPLE_512       = 512,
    I2S_MCLK_MULTIPLE_576       = 576,
    I2S_MCLK_MULTIPLE_768       = 768,
    I2S_MCLK_MULTIPLE_1024      = 1024,
    I2S_MCLK_MULTIPLE_1152      = 1152,
} i2s_mclk_multiple_t;
#endif

typedef struct {
    void                *data __attribute__((deprecated));
    void                *dma_buf;
    size_t              size;
} i2s_event_data_t;

typedef enum {
    I2S_TUNING_MODE_ADDSUB,
    I2S_TUNING_MODE_SET,
    I2S_TUNING_MODE_RESET,
} i2s_tuning_mode_t;

typedef struct {
    i2s_tuning_mode_t   tune_mode;
    int32_t             tune_mclk_val;
    int32_t             max_delta_mclk;
    int32_t             min_delta_mclk;
} i2s_tuning_config_t;

typedef struct {
    int32_t             curr_mclk_hz;
    int32_t             delta_mclk_hz;
    uint32_t            water_mark;
} i2s_tuning_info_t;

typedef struct i2s_channel_obj_t       *i2s_chan_handle_t;

typedef bool (*i2s_isr_callback_t)(i2s_chan_handle_t handle, i2s_event_data_t *event, void *user_ctx);

#ifdef __cplusplus
}
#endif
