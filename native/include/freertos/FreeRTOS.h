/*
 * Host stand-in for the parts of FreeRTOS.h (ESP-IDF v5.5 components/freertos/FreeRTOS-Kernel, Xtensa
 * port: portmacro.h, projdefs.h) that I2S code uses: tick type, portMAX_DELAY, the ms<->tick macros and
 * the static queue storage behind StaticSemaphore_t. The tick rate comes from CONFIG_FREERTOS_HZ as in ESP-IDF.
 */
#pragma once

#ifndef INC_FREERTOS_H
#define INC_FREERTOS_H
#endif

#include <stdint.h>
#include "sdkconfig.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef int BaseType_t;
typedef unsigned int UBaseType_t;
typedef uint32_t TickType_t;

#define portMAX_DELAY ( TickType_t ) 0xffffffffUL

#ifndef configTICK_RATE_HZ
#define configTICK_RATE_HZ CONFIG_FREERTOS_HZ
#endif

#define portTICK_PERIOD_MS ( ( TickType_t ) 1000 / configTICK_RATE_HZ )

/* Same arithmetic as the kernel: done in TickType_t, so it truncates (and wraps for huge values). */
#ifndef pdMS_TO_TICKS
#define pdMS_TO_TICKS( xTimeInMs ) \
    ( ( TickType_t ) ( ( ( TickType_t ) ( xTimeInMs ) * ( TickType_t ) configTICK_RATE_HZ ) / ( TickType_t ) 1000U ) )
#endif

#ifndef pdTICKS_TO_MS
#define pdTICKS_TO_MS( xTimeInTicks ) \
    ( ( TickType_t ) ( ( ( uint64_t ) ( xTimeInTicks ) * ( uint64_t ) 1000U ) / ( uint64_t ) configTICK_RATE_HZ ) )
#endif

/*
 * Storage for a statically allocated queue or semaphore. FreeRTOS makes it an opaque struct of dummy
 * fields the size of its queue; the host's is sized for the simulator's pthread mutex and condition
 * (sim_freertos.c checks that it fits).
 */
typedef struct xSTATIC_QUEUE {
    union {
        void *pvDummy1[32];
        uint64_t ullDummy2[32];
        long double xDummy3;
    } u;
} StaticQueue_t;
typedef StaticQueue_t StaticSemaphore_t;

#define pdFALSE ( ( BaseType_t ) 0 )
#define pdTRUE  ( ( BaseType_t ) 1 )
#define pdPASS  ( pdTRUE )
#define pdFAIL  ( pdFALSE )

#ifdef __cplusplus
}
#endif
