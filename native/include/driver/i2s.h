/*
 * Host stand-in for ESP-IDF v5.5 components/driver/deprecated/driver/i2s.h (the legacy I2S driver,
 * API unchanged since v4.4). Like ESP-IDF it emits a deprecation #warning unless
 * CONFIG_I2S_SUPPRESS_DEPRECATE_WARN is set, so code built with -Werror must set it (-D or sdkconfig).
 * Only the functions declared here are implemented by the host simulator.
 */
#pragma once

#include "esp_idf_version.h"
#include "esp_types.h"
#include "esp_err.h"
#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"
#include "driver/i2s_types_legacy.h"

/* ESP-IDF 6.0 removed the legacy driver: the header does not exist there (components/driver@v6.0). */
#if ESP_IDF_VERSION_MAJOR >= 6
#error "driver/i2s.h does not exist in ESP-IDF 6: the legacy I2S driver was removed; use driver/i2s_std.h (I2sGenDriver=std)"
#endif

/* IDF 4.4's driver/i2s.h is the current driver there and does not warn. */
#if ESP_IDF_VERSION_MAJOR >= 5 && (!defined(CONFIG_I2S_SUPPRESS_DEPRECATE_WARN) || !CONFIG_I2S_SUPPRESS_DEPRECATE_WARN)
#warning "driver/i2s.h is the deprecated legacy I2S driver; use driver/i2s_std.h, or set CONFIG_I2S_SUPPRESS_DEPRECATE_WARN to silence this warning"
#endif

#ifdef __cplusplus
extern "C" {
#endif

esp_err_t i2s_set_pin(i2s_port_t i2s_num, const i2s_pin_config_t *pin);

esp_err_t i2s_driver_install(i2s_port_t i2s_num, const i2s_config_t *i2s_config, int queue_size, void *i2s_queue);

esp_err_t i2s_driver_uninstall(i2s_port_t i2s_num);

esp_err_t i2s_write(i2s_port_t i2s_num, const void *src, size_t size, size_t *bytes_written, TickType_t ticks_to_wait);

esp_err_t i2s_read(i2s_port_t i2s_num, void *dest, size_t size, size_t *bytes_read, TickType_t ticks_to_wait);

esp_err_t i2s_stop(i2s_port_t i2s_num);

esp_err_t i2s_start(i2s_port_t i2s_num);

esp_err_t i2s_zero_dma_buffer(i2s_port_t i2s_num);

float i2s_get_clk(i2s_port_t i2s_num);

#ifdef __cplusplus
}
#endif
