/*
 * The FreeRTOS mutex API of freertos/semphr.h (xSemaphoreCreateMutexStatic, xSemaphoreTake,
 * xSemaphoreGive, which expand to the queue functions below) over POSIX threads, for generated code
 * that runs on the host. A plug-in at the bottom of the simulator: it calls nothing else in it, and it
 * does not take the simulator lock (a task may wait on a mutex while another calls the driver).
 *
 * FreeRTOS semantics kept: created available; a take waits up to the given ticks (portMAX_DELAY:
 * forever; here in real time at CONFIG_FREERTOS_HZ) and returns pdTRUE or pdFALSE; only the holder may
 * give (anyone else gets pdFALSE, as xQueueGenericSend returns for a mutex it does not hold); not
 * recursive (a second take by the holder waits like anyone's).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <time.h>

#include "freertos/FreeRTOS.h"
#include "freertos/semphr.h"

struct QueueDefinition {
    pthread_mutex_t lock;
    pthread_cond_t released;
    bool held;
    pthread_t holder;
};

_Static_assert(sizeof(struct QueueDefinition) <= sizeof(StaticQueue_t), "StaticQueue_t is too small for the host mutex");
_Static_assert(_Alignof(struct QueueDefinition) <= _Alignof(StaticQueue_t), "StaticQueue_t is under-aligned for the host mutex");

QueueHandle_t xQueueCreateMutexStatic(const uint8_t ucQueueType, StaticQueue_t *pxStaticQueue)
{
    if (ucQueueType != queueQUEUE_TYPE_MUTEX || pxStaticQueue == NULL) {
        return NULL; /* FreeRTOS asserts (configASSERT) here */
    }
    struct QueueDefinition *q = (struct QueueDefinition *)(void *)pxStaticQueue;
    if (pthread_mutex_init(&q->lock, NULL) != 0) {
        return NULL;
    }
    if (pthread_cond_init(&q->released, NULL) != 0) {
        (void)pthread_mutex_destroy(&q->lock);
        return NULL;
    }
    q->held = false;
    return q;
}

/* The absolute real time `ticks` ticks from now. */
static struct timespec deadline_after(TickType_t ticks)
{
    struct timespec at;
    (void)clock_gettime(CLOCK_REALTIME, &at);
    uint64_t ns = (uint64_t)ticks * (1000000000ULL / (uint64_t)configTICK_RATE_HZ) + (uint64_t)at.tv_nsec;
    at.tv_sec += (time_t)(ns / 1000000000ULL);
    at.tv_nsec = (long)(ns % 1000000000ULL);
    return at;
}

BaseType_t xQueueSemaphoreTake(QueueHandle_t xQueue, TickType_t xTicksToWait)
{
    if (xQueue == NULL) {
        return pdFALSE; /* FreeRTOS asserts (configASSERT) here */
    }
    struct timespec at = deadline_after(xTicksToWait == portMAX_DELAY ? 0U : xTicksToWait);
    BaseType_t taken = pdTRUE;
    (void)pthread_mutex_lock(&xQueue->lock);
    while (xQueue->held) {
        if (xTicksToWait == 0U) {
            taken = pdFALSE;
            break;
        }
        int rc = xTicksToWait == portMAX_DELAY ? pthread_cond_wait(&xQueue->released, &xQueue->lock)
                                               : pthread_cond_timedwait(&xQueue->released, &xQueue->lock, &at);
        if (rc == ETIMEDOUT && xQueue->held) {
            taken = pdFALSE;
            break;
        }
    }
    if (taken == pdTRUE) {
        xQueue->held = true;
        xQueue->holder = pthread_self();
    }
    (void)pthread_mutex_unlock(&xQueue->lock);
    return taken;
}

BaseType_t xQueueGenericSend(QueueHandle_t xQueue, const void *const pvItemToQueue, TickType_t xTicksToWait,
                             const BaseType_t xCopyPosition)
{
    /* A mutex give: no item, no wait, to the back. Anything else is a queue send, which the host lacks. */
    if (xQueue == NULL || pvItemToQueue != NULL || xTicksToWait != semGIVE_BLOCK_TIME || xCopyPosition != queueSEND_TO_BACK) {
        return pdFALSE;
    }
    BaseType_t given = pdFALSE;
    (void)pthread_mutex_lock(&xQueue->lock);
    if (xQueue->held && pthread_equal(xQueue->holder, pthread_self())) {
        xQueue->held = false;
        given = pdTRUE;
        (void)pthread_cond_signal(&xQueue->released);
    }
    (void)pthread_mutex_unlock(&xQueue->lock);
    return given;
}
