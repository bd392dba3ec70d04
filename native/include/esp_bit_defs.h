/*
 * Host stand-in for ESP-IDF v5.5 components/esp_common/include/esp_bit_defs.h (BIT/BIT64 only).
 */
#pragma once

#ifndef BIT
#define BIT(nr)                 (1UL << (nr))
#endif
#ifndef BIT64
#define BIT64(nr)               (1ULL << (nr))
#endif
