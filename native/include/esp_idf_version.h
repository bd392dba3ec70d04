/*
 * Host stand-in for ESP-IDF v5.5 components/esp_common/include/esp_idf_version.h.
 * The host simulator models ESP-IDF v5.5.1; generated code uses these macros to pick field names that
 * changed between IDF 4.4 and 5.x. Compile with -DESP_IDF_VERSION_MAJOR=4 -DESP_IDF_VERSION_MINOR=4 to check
 * legacy-driver code against the IDF 4.4 API (compile-only: the simulator implements v5.5).
 */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

#ifndef ESP_IDF_VERSION_MAJOR
#define ESP_IDF_VERSION_MAJOR 5
#endif
#ifndef ESP_IDF_VERSION_MINOR
#define ESP_IDF_VERSION_MINOR 5
#endif
#ifndef ESP_IDF_VERSION_PATCH
#define ESP_IDF_VERSION_PATCH 1
#endif

#define ESP_IDF_VERSION_VAL(major, minor, patch) (((major) << 16) | ((minor) << 8) | (patch))

#define ESP_IDF_VERSION ESP_IDF_VERSION_VAL(ESP_IDF_VERSION_MAJOR, ESP_IDF_VERSION_MINOR, ESP_IDF_VERSION_PATCH)

/* Returns the version string of the running IDF ("v5.5.1" on the simulator). */
const char *esp_get_idf_version(void);

#ifdef __cplusplus
}
#endif
