/*
 * Host stand-in for the sdkconfig.h an ESP-IDF v5.5 build generates. The simulator models the
 * original ESP32 (SOC_I2S_HW_VERSION_1). Every value can be overridden with -D on the command line.
 */
#pragma once

#ifndef CONFIG_IDF_TARGET_ESP32
#define CONFIG_IDF_TARGET_ESP32 1
#endif

#ifndef CONFIG_IDF_TARGET
#define CONFIG_IDF_TARGET "esp32"
#endif

/* ESP-IDF's default FreeRTOS tick rate. At 100 Hz pdMS_TO_TICKS() rounds waits below 10 ms down to 0. */
#ifndef CONFIG_FREERTOS_HZ
#define CONFIG_FREERTOS_HZ 100
#endif
