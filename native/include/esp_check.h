/*
 * Host stand-in for ESP-IDF v5.5 components/esp_common/include/esp_check.h: the argument/error check
 * macros the drivers use (ESP_RETURN_ON_*, ESP_GOTO_ON_*), with ESP-IDF's control flow: log the
 * message with ESP_LOGE, then return the code, or store it in the caller's `ret` and jump to one
 * cleanup label.
 *
 * One difference: ESP-IDF prefixes the message with "%s(%d): " __FUNCTION__, __LINE__. On the host
 * those would name the simulator's lines, not ESP-IDF's, so the simulator logs the driver's message
 * alone (tests compare it with ESP-IDF's wording). The format is part of __VA_ARGS__ so the macros are
 * valid ISO C11 (no ##__VA_ARGS__).
 */
#pragma once

#include "esp_err.h"
#include "esp_log.h"

#ifdef __cplusplus
extern "C" {
#endif

/* If x is not ESP_OK: log, return x. */
#define ESP_RETURN_ON_ERROR(x, log_tag, ...) do {   \
        esp_err_t err_rc_ = (x);                    \
        if (err_rc_ != ESP_OK) {                    \
            ESP_LOGE(log_tag, __VA_ARGS__);         \
            return err_rc_;                         \
        }                                           \
    } while (0)

/* If x is not ESP_OK: log, ret = x, goto goto_tag. */
#define ESP_GOTO_ON_ERROR(x, goto_tag, log_tag, ...) do { \
        esp_err_t err_rc_ = (x);                          \
        if (err_rc_ != ESP_OK) {                          \
            ESP_LOGE(log_tag, __VA_ARGS__);               \
            ret = err_rc_;                                \
            goto goto_tag;                                \
        }                                                 \
    } while (0)

/* If a is false: log, return err_code. */
#define ESP_RETURN_ON_FALSE(a, err_code, log_tag, ...) do { \
        if (!(a)) {                                         \
            ESP_LOGE(log_tag, __VA_ARGS__);                 \
            return (err_code);                              \
        }                                                   \
    } while (0)

/* If a is false: log, ret = err_code, goto goto_tag. */
#define ESP_GOTO_ON_FALSE(a, err_code, goto_tag, log_tag, ...) do { \
        if (!(a)) {                                                 \
            ESP_LOGE(log_tag, __VA_ARGS__);                         \
            ret = (err_code);                                       \
            goto goto_tag;                                          \
        }                                                           \
    } while (0)

#ifdef __cplusplus
}
#endif
