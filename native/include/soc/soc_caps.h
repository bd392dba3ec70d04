/*
 * Host stand-in for ESP-IDF v5.5 components/soc/<target>/include/soc/soc_caps.h: the I2S and GPIO capabilities
 * of each supported target. ESP-IDF picks the file by include path; the stand-in picks the block by the
 * CONFIG_IDF_TARGET_<CHIP> macro of sdkconfig.h (ESP32 unless told otherwise). Only the I2S and GPIO entries
 * exist here, with ESP-IDF's names and values.
 */
#pragma once

#include "sdkconfig.h"
#include "esp_bit_defs.h"

#if CONFIG_IDF_TARGET_ESP32

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
#define SOC_I2S_SUPPORTS_LCD_CAMERA (1)
#define SOC_I2S_MAX_DATA_WIDTH      (24)

#define SOC_GPIO_PIN_COUNT              40
#define SOC_GPIO_VALID_GPIO_MASK        (0xFFFFFFFFFFULL & ~(0ULL | BIT64(24) | BIT64(28) | BIT64(29) | BIT64(30) | BIT64(31)))
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK (SOC_GPIO_VALID_GPIO_MASK & ~(0ULL | BIT64(34) | BIT64(35) | BIT64(36) | BIT64(37) | BIT64(38) | BIT64(39)))

#elif CONFIG_IDF_TARGET_ESP32S2

/* Hardware version 1 like the ESP32, but one controller, no PDM and no built-in ADC/DAC path. */
#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (1U)
#define SOC_I2S_HW_VERSION_1        (1)
#define SOC_I2S_SUPPORTS_APLL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_DMA_EQUAL  (1)
#define SOC_I2S_SUPPORTS_LCD_CAMERA (1)
#define SOC_I2S_MAX_DATA_WIDTH      (24)
#define SOC_I2S_APLL_MIN_FREQ       (250000000)
#define SOC_I2S_APLL_MAX_FREQ       (500000000)
#define SOC_I2S_APLL_MIN_RATE       (10675)

#define SOC_GPIO_PIN_COUNT              47
#define SOC_GPIO_VALID_GPIO_MASK        (0x7FFFFFFFFFFFULL & ~(0ULL | BIT64(22) | BIT64(23) | BIT64(24) | BIT64(25)))
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK (SOC_GPIO_VALID_GPIO_MASK & ~(0ULL | BIT64(46)))

#elif CONFIG_IDF_TARGET_ESP32S3

#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (2U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_SUPPORTS_PDM2PCM    (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (4)
#define SOC_I2S_SUPPORTS_TDM        (1)

#define SOC_GPIO_PIN_COUNT              49
#define SOC_GPIO_VALID_GPIO_MASK        (0x1FFFFFFFFFFFFULL & ~(0ULL | BIT64(22) | BIT64(23) | BIT64(24) | BIT64(25)))
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK (SOC_GPIO_VALID_GPIO_MASK)

#elif CONFIG_IDF_TARGET_ESP32C3

#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (1U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (1U)
#define SOC_I2S_SUPPORTS_TDM        (1)

#define SOC_GPIO_PIN_COUNT              22
#define SOC_GPIO_VALID_GPIO_MASK        ((1ULL << SOC_GPIO_PIN_COUNT) - 1)
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK SOC_GPIO_VALID_GPIO_MASK

#elif CONFIG_IDF_TARGET_ESP32C6

#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (1U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_ETM        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (1U)
#define SOC_I2S_SUPPORTS_TDM        (1)
#define SOC_I2S_SUPPORT_SLEEP_RETENTION 1

#define SOC_GPIO_PIN_COUNT              31
#define SOC_GPIO_VALID_GPIO_MASK        ((1ULL << SOC_GPIO_PIN_COUNT) - 1)
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK SOC_GPIO_VALID_GPIO_MASK

#elif CONFIG_IDF_TARGET_ESP32H2

/* No 160 MHz PLL: the I2S clocks come from the 96 MHz or 64 MHz PLL outputs or the crystal. */
#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (1U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_ETM        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_PLL_F96M   (1)
#define SOC_I2S_SUPPORTS_PLL_F64M   (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (1U)
#define SOC_I2S_SUPPORTS_TDM        (1)
#define SOC_I2S_TDM_FULL_DATA_WIDTH (1)
#define SOC_I2S_SUPPORT_SLEEP_RETENTION 1

#define SOC_GPIO_PIN_COUNT              28
#define SOC_GPIO_VALID_GPIO_MASK        ((1ULL << SOC_GPIO_PIN_COUNT) - 1)
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK SOC_GPIO_VALID_GPIO_MASK

#elif CONFIG_IDF_TARGET_ESP32P4

/* Three controllers; the default clock is the 40 MHz crystal, with the APLL for exact audio rates. */
#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (3U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_ETM        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_APLL       (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_SUPPORTS_PDM2PCM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX_HP_FILTER (1)
#define SOC_I2S_SUPPORTS_TX_SYNC_CNT      (1)
#define SOC_I2S_SUPPORTS_TDM        (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (4)
#define SOC_I2S_TDM_FULL_DATA_WIDTH (1)
#define SOC_I2S_SUPPORT_SLEEP_RETENTION 1

#define SOC_GPIO_PIN_COUNT              55
#define SOC_GPIO_VALID_GPIO_MASK        (0x007FFFFFFFFFFFFFULL)
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK SOC_GPIO_VALID_GPIO_MASK

#elif CONFIG_IDF_TARGET_ESP32C5

/* ESP-IDF v5.5.1 components/soc/esp32c5/include/soc/soc_caps.h: one controller, PLL_F160M (default), PLL_F240M, XTAL. */
#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (1U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_ETM        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_PLL_F240M  (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_SUPPORTS_TX_SYNC_CNT (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (1U)
#define SOC_I2S_SUPPORTS_TDM        (1)
#define SOC_I2S_TDM_FULL_DATA_WIDTH (1)
#define SOC_I2S_SUPPORT_SLEEP_RETENTION 1

#define SOC_GPIO_PIN_COUNT              29
#define SOC_GPIO_VALID_GPIO_MASK        ((1U<<SOC_GPIO_PIN_COUNT) - 1)
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK SOC_GPIO_VALID_GPIO_MASK

#elif CONFIG_IDF_TARGET_ESP32C61

/* ESP-IDF v5.5.1 components/soc/esp32c61/include/soc/soc_caps.h: one controller, PLL_F160M (default), PLL_F120M, XTAL. */
#define SOC_I2S_SUPPORTED           1
#define SOC_I2S_NUM                 (1U)
#define SOC_I2S_HW_VERSION_2        (1)
#define SOC_I2S_SUPPORTS_ETM        (1)
#define SOC_I2S_SUPPORTS_XTAL       (1)
#define SOC_I2S_SUPPORTS_PLL_F160M  (1)
#define SOC_I2S_SUPPORTS_PLL_F120M  (1)
#define SOC_I2S_SUPPORTS_PCM        (1)
#define SOC_I2S_SUPPORTS_PDM        (1)
#define SOC_I2S_SUPPORTS_PDM_TX     (1)
#define SOC_I2S_SUPPORTS_PCM2PDM    (1)
#define SOC_I2S_SUPPORTS_PDM_RX     (1)
#define SOC_I2S_SUPPORTS_TX_SYNC_CNT (1)
#define SOC_I2S_PDM_MAX_TX_LINES    (2)
#define SOC_I2S_PDM_MAX_RX_LINES    (1U)
#define SOC_I2S_SUPPORTS_TDM        (1)
#define SOC_I2S_TDM_FULL_DATA_WIDTH (1)
#define SOC_I2S_SUPPORT_SLEEP_RETENTION (1)

#define SOC_GPIO_PIN_COUNT              30
#define SOC_GPIO_VALID_GPIO_MASK        ((1ULL<<SOC_GPIO_PIN_COUNT) - 1)
#define SOC_GPIO_VALID_OUTPUT_GPIO_MASK SOC_GPIO_VALID_GPIO_MASK

#endif
