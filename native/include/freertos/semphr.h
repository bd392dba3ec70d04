/*
 * Host stand-in for ESP-IDF v5.5 freertos/semphr.h (FreeRTOS-Kernel): the mutex API generated code uses
 * (xSemaphoreCreateMutexStatic, xSemaphoreTake, xSemaphoreGive), spelled as FreeRTOS spells it, as macros
 * over the queue functions of queue.h. The legacy driver/i2s.h includes it too.
 *
 * Semantics the simulator keeps (sim/sim_freertos.c): a mutex is created available; take waits up to the
 * given ticks of real time (portMAX_DELAY: forever) and returns pdTRUE or pdFALSE; only the holder may
 * give it (another task's give returns pdFALSE, as FreeRTOS does); it is not recursive.
 */
#pragma once

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h" must appear in source files before "include semphr.h"
#endif

#include <stddef.h>

#include "freertos/queue.h"

typedef QueueHandle_t SemaphoreHandle_t;

#define semGIVE_BLOCK_TIME ( ( TickType_t ) 0U )

#define xSemaphoreCreateMutexStatic( pxMutexBuffer ) xQueueCreateMutexStatic( queueQUEUE_TYPE_MUTEX, ( pxMutexBuffer ) )
#define xSemaphoreTake( xSemaphore, xBlockTime ) xQueueSemaphoreTake( ( xSemaphore ), ( xBlockTime ) )
#define xSemaphoreGive( xSemaphore ) \
    xQueueGenericSend( ( QueueHandle_t ) ( xSemaphore ), NULL, semGIVE_BLOCK_TIME, queueSEND_TO_BACK )
