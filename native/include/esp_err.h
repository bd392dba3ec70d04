/*
 * Host stand-in for ESP-IDF v5.5 components/esp_common/include/esp_err.h.
 * Same type, code names and values as ESP-IDF; written for the I2sGen host simulator.
 */
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int esp_err_t;

#define ESP_OK          0
#define ESP_FAIL        -1

#define ESP_ERR_NO_MEM              0x101
#define ESP_ERR_INVALID_ARG         0x102
#define ESP_ERR_INVALID_STATE       0x103
#define ESP_ERR_INVALID_SIZE        0x104
#define ESP_ERR_NOT_FOUND           0x105
#define ESP_ERR_NOT_SUPPORTED       0x106
#define ESP_ERR_TIMEOUT             0x107
#define ESP_ERR_INVALID_RESPONSE    0x108
#define ESP_ERR_INVALID_CRC         0x109
#define ESP_ERR_INVALID_VERSION     0x10A
#define ESP_ERR_INVALID_MAC         0x10B
#define ESP_ERR_NOT_FINISHED        0x10C
#define ESP_ERR_NOT_ALLOWED         0x10D

#define ESP_ERR_WIFI_BASE           0x3000
#define ESP_ERR_MESH_BASE           0x4000
#define ESP_ERR_FLASH_BASE          0x6000
#define ESP_ERR_HW_CRYPTO_BASE      0xc000
#define ESP_ERR_MEMPROT_BASE        0xd000

/* Returns the ESP-IDF name of a code ("ESP_ERR_INVALID_ARG"), or "ERROR" for an unknown code, as ESP-IDF
 * does with CONFIG_ESP_ERR_TO_NAME_LOOKUP (its default). */
const char *esp_err_to_name(esp_err_t code);

/* Like ESP-IDF: copies the name (or "ERROR 0x<hex>(<dec>)" for an unknown code) into buf and returns buf. */
const char *esp_err_to_name_r(esp_err_t code, char *buf, size_t buflen);

/* Host version of ESP_ERROR_CHECK: on failure print the code and abort, as the firmware does. */
void _esp_error_check_failed(esp_err_t rc, const char *file, int line, const char *function, const char *expression);

#define ESP_ERROR_CHECK(x) do {                                             \
        esp_err_t err_rc_ = (x);                                            \
        if (err_rc_ != ESP_OK) {                                            \
            _esp_error_check_failed(err_rc_, __FILE__, __LINE__, __func__, #x); \
        }                                                                   \
    } while (0)

#ifdef __cplusplus
}
#endif
