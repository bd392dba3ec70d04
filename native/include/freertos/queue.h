/*
 * Host stand-in for the parts of ESP-IDF v5.5 freertos/queue.h (FreeRTOS-Kernel) that the semaphore
 * macros of semphr.h expand to: the queue handle and the three queue functions behind a static mutex.
 * Declared as FreeRTOS declares them; the simulator implements them over pthreads (sim/sim_freertos.c).
 */
#pragma once

#ifndef INC_FREERTOS_H
#error "include FreeRTOS.h" must appear in source files before "include queue.h"
#endif

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct QueueDefinition *QueueHandle_t;

#define queueSEND_TO_BACK     ( ( BaseType_t ) 0 )
#define queueQUEUE_TYPE_MUTEX ( ( uint8_t ) 1U )

BaseType_t xQueueGenericSend( QueueHandle_t xQueue,
                              const void * const pvItemToQueue,
                              TickType_t xTicksToWait,
                              const BaseType_t xCopyPosition );

/* For internal use only (FreeRTOS says so too): use the xSemaphore macros of semphr.h. */
QueueHandle_t xQueueCreateMutexStatic( const uint8_t ucQueueType,
                                       StaticQueue_t * pxStaticQueue );
BaseType_t xQueueSemaphoreTake( QueueHandle_t xQueue,
                                TickType_t xTicksToWait );

#ifdef __cplusplus
}
#endif
