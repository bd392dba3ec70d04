/*
 * Host stand-in for ESP-IDF v5.5 freertos/semphr.h. The legacy driver/i2s.h includes it; the simulator
 * is single-threaded (virtual time) and offers no semaphore API, so this only pulls in the base types.
 */
#pragma once

#include "freertos/FreeRTOS.h"
