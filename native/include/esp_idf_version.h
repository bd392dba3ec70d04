/*
 * Host stand-in for ESP-IDF v5.5 components/esp_common/include/esp_idf_version.h.
 * The host simulator models ESP-IDF v5.5.1; generated code uses these macros to pick field names that
 * changed between IDF 4.4 and 5.x.
 */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

#define ESP_IDF_VERSION_MAJOR 5
#define ESP_IDF_VERSION_MINOR 5
#define ESP_IDF_VERSION_PATCH 1

#define ESP_IDF_VERSION_VAL(major, minor, patch) (((major) << 16) | ((minor) << 8) | (patch))

#define ESP_IDF_VERSION ESP_IDF_VERSION_VAL(ESP_IDF_VERSION_MAJOR, ESP_IDF_VERSION_MINOR, ESP_IDF_VERSION_PATCH)

/* Returns the version string of the running IDF ("v5.5.1" on the simulator). */
const char *esp_get_idf_version(void);

#ifdef __cplusplus
}
#endif
