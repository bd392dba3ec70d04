/*
 * Host stand-in for ESP-IDF v5.5 components/log/include/esp_log.h (the subset generated code uses).
 * On the host the messages go to stderr through esp_log_write(); the simulator also keeps the
 * last message so tests can check the driver's wording (see i2s_sim_last_log in i2s_sim.h).
 */
#pragma once

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    ESP_LOG_NONE,
    ESP_LOG_ERROR,
    ESP_LOG_WARN,
    ESP_LOG_INFO,
    ESP_LOG_DEBUG,
    ESP_LOG_VERBOSE
} esp_log_level_t;

/* The host keeps one level for all tags; tag "*" and any other tag set the same level. */
void esp_log_level_set(const char *tag, esp_log_level_t level);

void esp_log_write(esp_log_level_t level, const char *tag, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Written as (tag, ...) so the macros stay valid ISO C (-pedantic) even without format arguments. */
#define ESP_LOGE(tag, ...) esp_log_write(ESP_LOG_ERROR, tag, __VA_ARGS__)
#define ESP_LOGW(tag, ...) esp_log_write(ESP_LOG_WARN, tag, __VA_ARGS__)
#define ESP_LOGI(tag, ...) esp_log_write(ESP_LOG_INFO, tag, __VA_ARGS__)
#define ESP_LOGD(tag, ...) esp_log_write(ESP_LOG_DEBUG, tag, __VA_ARGS__)
#define ESP_LOGV(tag, ...) esp_log_write(ESP_LOG_VERBOSE, tag, __VA_ARGS__)

#ifdef __cplusplus
}
#endif
