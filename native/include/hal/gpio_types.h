/*
 * Host stand-in for ESP-IDF v5.5 components/hal/include/hal/gpio_types.h (gpio_num_t and the
 * validity checks of components/hal/include/hal/gpio_hal.h / driver/gpio.h, with the masks of the target
 * that soc/soc_caps.h selects).
 * Unlike ESP-IDF the checks also bound the pin by SOC_GPIO_PIN_COUNT so a huge number cannot shift
 * past 64 bits (undefined behaviour in C); the result for every pin ESP-IDF accepts is the same.
 */
#pragma once

#include <stdint.h>
#include "soc/soc_caps.h"
#include "soc/gpio_num.h"

#define GPIO_IS_VALID_GPIO(gpio_num) \
    ((gpio_num) >= 0 && (gpio_num) < SOC_GPIO_PIN_COUNT && (((1ULL << (gpio_num)) & SOC_GPIO_VALID_GPIO_MASK) != 0))
#define GPIO_IS_VALID_OUTPUT_GPIO(gpio_num) \
    ((gpio_num) >= 0 && (gpio_num) < SOC_GPIO_PIN_COUNT && (((1ULL << (gpio_num)) & SOC_GPIO_VALID_OUTPUT_GPIO_MASK) != 0))
