/*
 * Generated binding code under threads: the C of one I2sGen binding (a baseline of the generator's snapshot tests,
 * so this always runs the current generated code) called the way a firmware's tasks may call it. Transfer
 * threads call read (or write) in a loop with random lengths and timeouts while the main thread and a second
 * lifecycle thread call init and deinit, thousands of rounds. The contract (the binding's header, "Threads"):
 *  - every read/write returns ESP_OK with a whole number of frames, at most the length, or ESP_ERR_INVALID_STATE
 *    with 0 bytes;
 *  - no driver call ever reaches a deleted channel or an uninstalled port (the simulator counts those:
 *    i2s_sim_own_error_count, where ESP-IDF would crash);
 *  - once deinit has returned, a transfer gets ESP_ERR_INVALID_STATE;
 *  - init and deinit from two threads at once give ESP_OK or ESP_ERR_INVALID_STATE, never a broken binding;
 *  - no crash, leak or data race (the test runs under ASan/UBSan, TSan and valgrind).
 * Built once per binding: BINDING (the C prefix), BINDING_UPPER (the macro prefix), BINDING_HEADER, BINDING_RX.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i2s_sim.h"
#include BINDING_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define B_INIT CAT(BINDING, _init)
#define B_DEINIT CAT(BINDING, _deinit)
#define B_FRAME CAT(BINDING_UPPER, _BYTES_PER_FRAME)
#if BINDING_RX
#define B_TRANSFER CAT(BINDING, _read)
#else
#define B_TRANSFER CAT(BINDING, _write)
#endif

#define TRANSFER_THREADS 3
#define MAX_FRAMES 600

static int s_rounds = 2000;
static atomic_bool s_stop;
static atomic_int s_bad;
static atomic_int s_bad_line;

#define BAD() do {                                 \
        atomic_fetch_add(&s_bad, 1);                \
        atomic_store(&s_bad_line, __LINE__);        \
    } while (0)

typedef struct {
    uint64_t state;
} rng_t;

static uint32_t rnd(rng_t *r, uint32_t n)
{
    r->state = r->state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(r->state >> 33) % n;
}

/* -1 (wait for all), 0 (never wait) or a few milliseconds. */
static int32_t random_timeout(rng_t *r)
{
    switch (rnd(r, 4)) {
    case 0:
        return -1;
    case 1:
        return 0;
    default:
        return (int32_t)rnd(r, 30) + 1;
    }
}

typedef struct {
    int id;
    uint64_t calls, moved, refused;
} transfer_stats_t;

static void *transfer_main(void *arg)
{
    transfer_stats_t *t = arg;
    rng_t rng = {0x9E3779B97F4A7C15ULL * (uint64_t)(t->id + 1)};
    uint8_t *buf = malloc((size_t)MAX_FRAMES * B_FRAME);
    memset(buf, 0x3C, (size_t)MAX_FRAMES * B_FRAME);
    while (!atomic_load(&s_stop)) {
        size_t want = (size_t)(rnd(&rng, MAX_FRAMES) + 1U) * B_FRAME, n = 7;
        esp_err_t e = B_TRANSFER(buf, want, &n, random_timeout(&rng));
        if (e == ESP_OK) {
            if (n > want || n % B_FRAME != 0) {
                BAD();
            }
            t->moved += n;
        } else if (e == ESP_ERR_INVALID_STATE) {
            if (n != 0) {
                BAD();
            }
            t->refused++;
            sched_yield(); /* stopped: let the lifecycle threads run rather than spin */
        } else {
            BAD();
        }
        t->calls++;
    }
    free(buf);
    return NULL;
}

/* A second task that starts and stops the binding too: its calls race the main thread's. */
static void *lifecycle_main(void *arg)
{
    (void)arg;
    rng_t rng = {12345};
    while (!atomic_load(&s_stop)) {
        esp_err_t e = rnd(&rng, 2) == 0 ? B_INIT() : B_DEINIT();
        if (e != ESP_OK && e != ESP_ERR_INVALID_STATE) {
            BAD();
        }
        sched_yield();
    }
    return NULL;
}

/* After deinit returned (and while no one else starts the binding), transfers are refused. */
static void refused_after_deinit(void)
{
    uint8_t frame[B_FRAME] = {0};
    size_t n = 7;
    if (B_TRANSFER(frame, sizeof frame, &n, 0) != ESP_ERR_INVALID_STATE || n != 0) {
        BAD();
    }
    n = 7;
    if (B_TRANSFER(frame, sizeof frame, &n, -1) != ESP_ERR_INVALID_STATE || n != 0) {
        BAD();
    }
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        s_rounds = atoi(argv[1]);
    }
    i2s_sim_reset();
    i2s_sim_set_call_cost_us(50); /* lets timeout-0 polling move virtual time */
    refused_after_deinit();
    if (B_DEINIT() != ESP_OK) { /* before any init: nothing to stop */
        BAD();
    }

    /* Phase 1: the main thread alone starts and stops the binding under the transfers' feet. */
    transfer_stats_t stats[TRANSFER_THREADS];
    pthread_t threads[TRANSFER_THREADS + 1];
    memset(stats, 0, sizeof stats);
    atomic_store(&s_stop, false);
    for (int i = 0; i < TRANSFER_THREADS; i++) {
        stats[i].id = i;
        if (pthread_create(&threads[i], NULL, transfer_main, &stats[i]) != 0) {
            return 2;
        }
    }
    for (int round = 0; round < s_rounds; round++) {
        if (B_INIT() != ESP_OK) {
            BAD();
        }
        if (B_INIT() != ESP_ERR_INVALID_STATE) { /* already started */
            BAD();
        }
        for (int k = 0; k < round % 4; k++) {
            sched_yield(); /* let transfers run on the live binding, for varying lengths of time */
        }
        if (B_DEINIT() != ESP_OK) {
            BAD();
        }
        refused_after_deinit();
    }

    /* Phase 2: a second thread starts and stops it as well. */
    if (pthread_create(&threads[TRANSFER_THREADS], NULL, lifecycle_main, NULL) != 0) {
        return 2;
    }
    for (int round = 0; round < s_rounds; round++) {
        esp_err_t e = (round & 1) == 0 ? B_INIT() : B_DEINIT();
        if (e != ESP_OK && e != ESP_ERR_INVALID_STATE) {
            BAD();
        }
        sched_yield();
    }
    atomic_store(&s_stop, true);
    uint64_t calls = 0, moved = 0, refused = 0;
    for (int i = 0; i <= TRANSFER_THREADS; i++) {
        (void)pthread_join(threads[i], NULL);
    }
    for (int i = 0; i < TRANSFER_THREADS; i++) {
        calls += stats[i].calls;
        moved += stats[i].moved;
        refused += stats[i].refused;
    }
    if (B_DEINIT() != ESP_OK) {
        BAD();
    }
    refused_after_deinit();

    /* A deleted handle or an uninstalled port is reported by the simulator under its own tag. */
    bool driver_misused = i2s_sim_own_error_count() != 0;
    fprintf(stderr, "%s: %d rounds x 2, %llu transfer calls (%llu refused), %llu bytes moved\n", BINDING_HEADER,
            s_rounds, (unsigned long long)calls, (unsigned long long)refused, (unsigned long long)moved);
    i2s_sim_reset();
    if (atomic_load(&s_bad) != 0) {
        fprintf(stderr, "FAIL: %d contract violations (last at line %d)\n", atomic_load(&s_bad), atomic_load(&s_bad_line));
        return 1;
    }
    if (driver_misused) {
        fprintf(stderr, "FAIL: a transfer reached a deleted channel or an uninstalled port\n");
        return 1;
    }
    if (moved == 0 || refused == 0) {
        fprintf(stderr, "FAIL: the transfers never ran on a live binding, or never met a stopped one\n");
        return 1;
    }
    fprintf(stderr, "PASS\n");
    return 0;
}
