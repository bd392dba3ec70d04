/*
 * Host stand-in for the sdkconfig.h an ESP-IDF v5.5 build generates.
 *
 * The target chip is chosen the way ESP-IDF chooses it: by exactly one CONFIG_IDF_TARGET_<CHIP> macro being 1.
 * ESP-IDF writes that macro into sdkconfig.h; here it comes from the compiler command line, e.g.
 *
 *     gcc -DCONFIG_IDF_TARGET_ESP32S3 ...        (a bare -D defines it as 1)
 *
 * Supported: ESP32, ESP32S2, ESP32S3, ESP32C3, ESP32C6, ESP32H2, ESP32P4, ESP32C5, ESP32C61. With none of them set the target is
 * the original ESP32, the only chip the host simulator (native/sim) models; the other chips are compile-only.
 * CONFIG_IDF_TARGET (the target's name as a string) is derived from the choice unless it is given as well.
 * soc/soc_caps.h, soc/gpio_num.h, soc/clk_tree_defs.h and the I2S headers select their per-chip content from
 * these macros, so everything that includes them sees one consistent chip.
 */
#pragma once

#if !defined(CONFIG_IDF_TARGET_ESP32) && !CONFIG_IDF_TARGET_ESP32S2 && !CONFIG_IDF_TARGET_ESP32S3 \
    && !CONFIG_IDF_TARGET_ESP32C3 && !CONFIG_IDF_TARGET_ESP32C6 && !CONFIG_IDF_TARGET_ESP32H2 && !CONFIG_IDF_TARGET_ESP32P4 \
    && !CONFIG_IDF_TARGET_ESP32C5 && !CONFIG_IDF_TARGET_ESP32C61
#define CONFIG_IDF_TARGET_ESP32 1
#endif

/* Undefined macros count as 0 here, so -DCONFIG_IDF_TARGET_ESP32=0 -DCONFIG_IDF_TARGET_ESP32S3 also selects S3. */
#define I2SGEN_HOST_TARGET_COUNT \
    ((CONFIG_IDF_TARGET_ESP32 + 0 != 0) + (CONFIG_IDF_TARGET_ESP32S2 + 0 != 0) + (CONFIG_IDF_TARGET_ESP32S3 + 0 != 0) \
     + (CONFIG_IDF_TARGET_ESP32C3 + 0 != 0) + (CONFIG_IDF_TARGET_ESP32C6 + 0 != 0) + (CONFIG_IDF_TARGET_ESP32H2 + 0 != 0) \
     + (CONFIG_IDF_TARGET_ESP32P4 + 0 != 0) + (CONFIG_IDF_TARGET_ESP32C5 + 0 != 0) + (CONFIG_IDF_TARGET_ESP32C61 + 0 != 0))
#if I2SGEN_HOST_TARGET_COUNT != 1
#error "sdkconfig.h (host stand-in): set exactly one CONFIG_IDF_TARGET_<CHIP> to 1 (ESP32, ESP32S2, ESP32S3, ESP32C3, ESP32C6, ESP32H2, ESP32P4, ESP32C5 or ESP32C61)"
#endif
#undef I2SGEN_HOST_TARGET_COUNT

#ifndef CONFIG_IDF_TARGET
#if CONFIG_IDF_TARGET_ESP32
#define CONFIG_IDF_TARGET "esp32"
#elif CONFIG_IDF_TARGET_ESP32S2
#define CONFIG_IDF_TARGET "esp32s2"
#elif CONFIG_IDF_TARGET_ESP32S3
#define CONFIG_IDF_TARGET "esp32s3"
#elif CONFIG_IDF_TARGET_ESP32C3
#define CONFIG_IDF_TARGET "esp32c3"
#elif CONFIG_IDF_TARGET_ESP32C6
#define CONFIG_IDF_TARGET "esp32c6"
#elif CONFIG_IDF_TARGET_ESP32H2
#define CONFIG_IDF_TARGET "esp32h2"
#elif CONFIG_IDF_TARGET_ESP32C5
#define CONFIG_IDF_TARGET "esp32c5"
#elif CONFIG_IDF_TARGET_ESP32C61
#define CONFIG_IDF_TARGET "esp32c61"
#else
#define CONFIG_IDF_TARGET "esp32p4"
#endif
#endif

/* ESP-IDF's default FreeRTOS tick rate. At 100 Hz pdMS_TO_TICKS() rounds waits below 10 ms down to 0. */
#ifndef CONFIG_FREERTOS_HZ
#define CONFIG_FREERTOS_HZ 100
#endif
