/*
 * Host stand-in for ESP-IDF v5.5 components/soc/<target>/include/soc/gpio_num.h: gpio_num_t lists exactly the
 * pads the selected target has (sdkconfig.h; ESP32 by default), so GPIO_NUM_<n> of a pad the chip lacks does
 * not compile, as on a real build. GPIO_NUM_MAX is one past the last pad. The ESP32 enum names 28..31 although
 * those pads are not usable (soc_caps.h leaves them out of the valid mask), exactly as ESP-IDF does.
 *
 *   ESP32 0-23, 25-39 | ESP32-S2 0-21, 26-46 | ESP32-S3 0-21, 26-48 | ESP32-C3 0-21 | ESP32-C6 0-30
 *   ESP32-H2 0-27     | ESP32-P4 0-54   | ESP32-C5 0-28  | ESP32-C61 0-29
 */
#pragma once

#include "sdkconfig.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    GPIO_NUM_NC = -1,
    GPIO_NUM_0 = 0,
    GPIO_NUM_1 = 1,
    GPIO_NUM_2 = 2,
    GPIO_NUM_3 = 3,
    GPIO_NUM_4 = 4,
    GPIO_NUM_5 = 5,
    GPIO_NUM_6 = 6,
    GPIO_NUM_7 = 7,
    GPIO_NUM_8 = 8,
    GPIO_NUM_9 = 9,
    GPIO_NUM_10 = 10,
    GPIO_NUM_11 = 11,
    GPIO_NUM_12 = 12,
    GPIO_NUM_13 = 13,
    GPIO_NUM_14 = 14,
    GPIO_NUM_15 = 15,
    GPIO_NUM_16 = 16,
    GPIO_NUM_17 = 17,
    GPIO_NUM_18 = 18,
    GPIO_NUM_19 = 19,
    GPIO_NUM_20 = 20,
    GPIO_NUM_21 = 21,
#if CONFIG_IDF_TARGET_ESP32 || CONFIG_IDF_TARGET_ESP32C6 || CONFIG_IDF_TARGET_ESP32H2 || CONFIG_IDF_TARGET_ESP32P4 \
    || CONFIG_IDF_TARGET_ESP32C5 || CONFIG_IDF_TARGET_ESP32C61
    GPIO_NUM_22 = 22,
    GPIO_NUM_23 = 23,
#endif
#if CONFIG_IDF_TARGET_ESP32C6 || CONFIG_IDF_TARGET_ESP32H2 || CONFIG_IDF_TARGET_ESP32P4 || CONFIG_IDF_TARGET_ESP32C5 \
    || CONFIG_IDF_TARGET_ESP32C61
    GPIO_NUM_24 = 24,
#endif
#if CONFIG_IDF_TARGET_ESP32 || CONFIG_IDF_TARGET_ESP32C6 || CONFIG_IDF_TARGET_ESP32H2 || CONFIG_IDF_TARGET_ESP32P4 \
    || CONFIG_IDF_TARGET_ESP32C5 || CONFIG_IDF_TARGET_ESP32C61
    GPIO_NUM_25 = 25,
#endif
#if !CONFIG_IDF_TARGET_ESP32C3
    GPIO_NUM_26 = 26,
    GPIO_NUM_27 = 27,
#endif
#if !CONFIG_IDF_TARGET_ESP32C3 && !CONFIG_IDF_TARGET_ESP32H2
    GPIO_NUM_28 = 28,
#endif
#if !CONFIG_IDF_TARGET_ESP32C3 && !CONFIG_IDF_TARGET_ESP32H2 && !CONFIG_IDF_TARGET_ESP32C5
    GPIO_NUM_29 = 29,
#endif
#if !CONFIG_IDF_TARGET_ESP32C3 && !CONFIG_IDF_TARGET_ESP32H2 && !CONFIG_IDF_TARGET_ESP32C5 && !CONFIG_IDF_TARGET_ESP32C61
    GPIO_NUM_30 = 30,
#endif
#if CONFIG_IDF_TARGET_ESP32 || CONFIG_IDF_TARGET_ESP32S2 || CONFIG_IDF_TARGET_ESP32S3 || CONFIG_IDF_TARGET_ESP32P4
    GPIO_NUM_31 = 31,
    GPIO_NUM_32 = 32,
    GPIO_NUM_33 = 33,
    GPIO_NUM_34 = 34,
    GPIO_NUM_35 = 35,
    GPIO_NUM_36 = 36,
    GPIO_NUM_37 = 37,
    GPIO_NUM_38 = 38,
    GPIO_NUM_39 = 39,
#endif
#if CONFIG_IDF_TARGET_ESP32S2 || CONFIG_IDF_TARGET_ESP32S3 || CONFIG_IDF_TARGET_ESP32P4
    GPIO_NUM_40 = 40,
    GPIO_NUM_41 = 41,
    GPIO_NUM_42 = 42,
    GPIO_NUM_43 = 43,
    GPIO_NUM_44 = 44,
    GPIO_NUM_45 = 45,
    GPIO_NUM_46 = 46,
#endif
#if CONFIG_IDF_TARGET_ESP32S3 || CONFIG_IDF_TARGET_ESP32P4
    GPIO_NUM_47 = 47,
    GPIO_NUM_48 = 48,
#endif
#if CONFIG_IDF_TARGET_ESP32P4
    GPIO_NUM_49 = 49,
    GPIO_NUM_50 = 50,
    GPIO_NUM_51 = 51,
    GPIO_NUM_52 = 52,
    GPIO_NUM_53 = 53,
    GPIO_NUM_54 = 54,
#endif
    GPIO_NUM_MAX,
} gpio_num_t;

#ifdef __cplusplus
}
#endif
