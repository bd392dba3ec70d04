/*
 * Host stand-in for ESP-IDF v5.5 components/soc/esp32/include/soc/soc_caps.h: the I2S and GPIO
 * capabilities of the original ESP32, the chip the simulator models.
 */
#pragma once

#include "esp_bit_defs.h"

#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (2U)
#define SOC_I2S_HW_VERSION_1        (1)
#define SOC_I2S_SUPPORTS_APLL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_SUPPORTS_PDM2PCM    (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (1U)
#define SOC_I2S_PDM_MAX_RX_LINES    (1U)
#define SOC_I2S_SUPPORTS_ADC_DAC    (1)
#define SOC_I2S_SUPPORTS_ADC        (1)
#define SOC_I2S_SUPPORTS_DAC        (1)
#define SOC_I2S_MAX_DATA_WIDTH      (24)

#define SOC_GPIO_PIN_COUNT              40
#define SOC_GPIO_VALID_GPIO_MASK        (0xFFFFFFFFFFULL & ~(0ULL | BIT64(24) | BIT64(28) | BIT64(29) | BIT64(30) | BIT64(31)))
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK (SOC_GPIO_VALID_GPIO_MASK & ~(0ULL | BIT64(34) | BIT64(35) | BIT64(36) | BIT64(37) | BIT64(38) | BIT64(39)))
