/*
 * Host stand-in for ESP-IDF v5.5 components/esp_common/include/esp_types.h.
 */
#pragma once

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
