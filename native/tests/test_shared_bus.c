/*
 * Generated shared-bus code on the simulator: two I2sGen bindings on I2S_NUM_0 (baselines of the generator's
 * snapshot tests, so this always runs the current generated code), their C called the way a firmware's tasks may call
 * it. Built once per pair: MIC/SPK (the C prefixes), MIC_UPPER/SPK_UPPER (macro prefixes), MIC_HEADER/SPK_HEADER,
 * MIC_NAME (the microphone's C# class, as the bus logs it), FULL_DUPLEX (1) or taking turns (0).
 *
 * Full duplex (the bus's i2sgen_bus0.c holds both channels or the TX|RX driver):
 *  - a pattern written by the speaker comes back through the simulator's loopback, frame for frame, while both
 *    threads move audio at the same time;
 *  - stopping the speaker leaves the microphone running, and it then hears silence, not stale audio; stopping the
 *    microphone leaves the speaker running; the last deinit frees the port (both directions NONE);
 *  - init/deinit of both members from several threads, with transfers in flight: only ESP_OK/ESP_ERR_INVALID_STATE,
 *    no transfer on a deleted channel or uninstalled port (i2s_sim_own_error_count), no race (TSan label).
 * Taking turns (i2sgen_bus0.c only knows who holds the bus):
 *  - the second member's init is refused with ESP_ERR_INVALID_STATE and a log naming the holder, and the first keeps
 *    running; after the first's deinit the second opens with its own configuration;
 *  - init/deinit races from two threads: never both started at once.
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
#include MIC_HEADER
#include SPK_HEADER

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define MIC_INIT CAT(MIC, _init)
#define MIC_DEINIT CAT(MIC, _deinit)
#define MIC_READ CAT(MIC, _read)
#define MIC_FRAME CAT(MIC_UPPER, _BYTES_PER_FRAME)
#define MIC_RATE CAT(MIC_UPPER, _SAMPLE_RATE_HZ)
#define MIC_RING CAT(MIC_UPPER, _DMA_TOTAL_BYTES)
#define SPK_INIT CAT(SPK, _init)
#define SPK_DEINIT CAT(SPK, _deinit)
#define SPK_WRITE CAT(SPK, _write)
#define SPK_FRAME CAT(SPK_UPPER, _BYTES_PER_FRAME)
#define SPK_RATE CAT(SPK_UPPER, _SAMPLE_RATE_HZ)
#define SPK_RING CAT(SPK_UPPER, _DMA_TOTAL_BYTES)

static atomic_int s_bad;
static atomic_int s_bad_line;

#define BAD() do {                                 \
        atomic_fetch_add(&s_bad, 1);                \
        atomic_store(&s_bad_line, __LINE__);        \
    } while (0)

#define EXPECT(cond) do {                                              \
        if (!(cond)) {                                                 \
            fprintf(stderr, "line %d: EXPECT(%s) failed\n", __LINE__, #cond); \
            BAD();                                                     \
        }                                                              \
    } while (0)

typedef struct {
    uint64_t state;
} rng_t;

static uint32_t rnd(rng_t *r, uint32_t n)
{
    r->state = r->state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(r->state >> 33) % n;
}

static uint32_t dir_state(int direction)
{
    i2s_sim_stats_t st;
    memset(&st, 0, sizeof st);
    (void)i2s_sim_get_stats(0, direction, &st);
    return st.state;
}

#if !FULL_DUPLEX
static uint32_t dir_rate(int direction)
{
    i2s_sim_stats_t st;
    memset(&st, 0, sizeof st);
    (void)i2s_sim_get_stats(0, direction, &st);
    return st.sample_rate_hz;
}
#endif

/* ---------------------------------------------------------------- races (both kinds of bus) */

static atomic_bool s_stop;
#if !FULL_DUPLEX
static atomic_int s_started; /* taking turns: members between a successful init and their deinit */
#endif
static atomic_ullong s_moved_rx;
static atomic_ullong s_moved_tx;

static void *reader_main(void *arg)
{
    (void)arg;
    uint8_t *buf = calloc(64, MIC_FRAME);
    rng_t rng = {7};
    while (!atomic_load(&s_stop)) {
        size_t want = (size_t)(rnd(&rng, 64) + 1U) * MIC_FRAME, n = 7;
        int32_t timeout = rnd(&rng, 3) == 0 ? -1 : (int32_t)rnd(&rng, 5);
        esp_err_t e = MIC_READ(buf, want, &n, timeout);
        if (e == ESP_OK) {
            if (n > want || n % MIC_FRAME != 0) {
                BAD();
            }
            atomic_fetch_add(&s_moved_rx, n);
        } else if (e == ESP_ERR_INVALID_STATE) {
            if (n != 0) {
                BAD();
            }
            sched_yield();
        } else {
            BAD();
        }
    }
    free(buf);
    return NULL;
}

static void *writer_main(void *arg)
{
    (void)arg;
    uint8_t *buf = calloc(64, SPK_FRAME);
    rng_t rng = {11};
    while (!atomic_load(&s_stop)) {
        size_t want = (size_t)(rnd(&rng, 64) + 1U) * SPK_FRAME, n = 7;
        int32_t timeout = rnd(&rng, 3) == 0 ? -1 : (int32_t)rnd(&rng, 5);
        esp_err_t e = SPK_WRITE(buf, want, &n, timeout);
        if (e == ESP_OK) {
            if (n > want || n % SPK_FRAME != 0) {
                BAD();
            }
            atomic_fetch_add(&s_moved_tx, n);
        } else if (e == ESP_ERR_INVALID_STATE) {
            if (n != 0) {
                BAD();
            }
            sched_yield();
        } else {
            BAD();
        }
    }
    free(buf);
    return NULL;
}

/* Starts and stops both members at random; taking turns, checks that two are never started at once. */
static void *lifecycle_main(void *arg)
{
    rng_t rng = {(uint64_t)(uintptr_t)arg * 2654435761ULL + 1};
    while (!atomic_load(&s_stop)) {
        bool mic = rnd(&rng, 2) == 0;
        esp_err_t e = mic ? MIC_INIT() : SPK_INIT();
        if (e == ESP_OK) {
#if !FULL_DUPLEX
            if (atomic_fetch_add(&s_started, 1) != 0) {
                BAD(); /* two members held the take-turns bus */
            }
#endif
            for (uint32_t k = rnd(&rng, 4); k > 0; k--) {
                sched_yield();
            }
#if !FULL_DUPLEX
            atomic_fetch_sub(&s_started, 1);
#endif
            e = mic ? MIC_DEINIT() : SPK_DEINIT();
            if (e != ESP_OK) {
                BAD();
            }
        } else if (e != ESP_ERR_INVALID_STATE) {
            BAD();
        }
        sched_yield();
    }
    return NULL;
}

static void races(int rounds_ms)
{
    pthread_t threads[4];
    atomic_store(&s_stop, false);
    atomic_store(&s_moved_rx, 0);
    atomic_store(&s_moved_tx, 0);
    if (pthread_create(&threads[0], NULL, reader_main, NULL) != 0 || pthread_create(&threads[1], NULL, writer_main, NULL) != 0
        || pthread_create(&threads[2], NULL, lifecycle_main, (void *)1) != 0
        || pthread_create(&threads[3], NULL, lifecycle_main, (void *)2) != 0) {
        fprintf(stderr, "pthread_create failed\n");
        exit(2);
    }
    struct timespec pause = {0, 1000000};
    for (int i = 0; i < rounds_ms; i++) {
        nanosleep(&pause, NULL);
    }
    atomic_store(&s_stop, true);
    for (int i = 0; i < 4; i++) {
        (void)pthread_join(threads[i], NULL);
    }
    /* Whoever is still started stops now; then the port is free in both directions. */
    EXPECT(MIC_DEINIT() == ESP_OK);
    EXPECT(SPK_DEINIT() == ESP_OK);
    EXPECT(dir_state(I2S_SIM_DIR_RX) == I2S_SIM_STATE_NONE);
    EXPECT(dir_state(I2S_SIM_DIR_TX) == I2S_SIM_STATE_NONE);
    fprintf(stderr, "races: %llu bytes read, %llu written\n", (unsigned long long)atomic_load(&s_moved_rx),
            (unsigned long long)atomic_load(&s_moved_tx));
    EXPECT(atomic_load(&s_moved_rx) > 0);
    EXPECT(atomic_load(&s_moved_tx) > 0);
}

#if FULL_DUPLEX
/* ---------------------------------------------------------------- full duplex */

#define ROUND_TRIP_FRAMES 4000u
#define CHUNK_FRAMES 200u

/* Reads `frames` frames with a blocking read; the caller frees the buffer. */
static uint8_t *record(size_t frames)
{
    uint8_t *buf = calloc(frames, MIC_FRAME);
    size_t n = 0;
    EXPECT(MIC_READ(buf, frames * MIC_FRAME, &n, -1) == ESP_OK);
    EXPECT(n == frames * MIC_FRAME);
    return buf;
}

static bool is_silent(const uint8_t *frames, size_t count)
{
    for (size_t i = 0; i < count * MIC_FRAME; i++) {
        if (frames[i] != 0) {
            return false;
        }
    }
    return true;
}

/* Both directions at once from two threads: what the speaker plays, the microphone hears, frame for frame. */
static void round_trip(void)
{
    EXPECT(i2s_sim_source_loopback(0, 0, 0, 1.0) == ESP_OK);
    EXPECT(SPK_INIT() == ESP_OK);
    EXPECT(MIC_INIT() == ESP_OK);
    EXPECT(MIC_INIT() == ESP_ERR_INVALID_STATE);
    EXPECT(dir_state(I2S_SIM_DIR_RX) == I2S_SIM_STATE_RUNNING);
    EXPECT(dir_state(I2S_SIM_DIR_TX) == I2S_SIM_STATE_RUNNING);

    /*
     * One task plays and records in turns: the speaker writes what fits without waiting, the microphone waits for its
     * next chunk (the simulator's virtual time moves only while a call waits, so one waiting side keeps both in step;
     * the threaded phase below moves audio both ways from two threads). The recorder stops once it hears the pattern's
     * last frame, or far later than the round trip takes.
     */
    const size_t limit = ROUND_TRIP_FRAMES + 4 * (size_t)(MIC_RING + SPK_RING) / MIC_FRAME;
    uint8_t *rec = calloc(limit, MIC_FRAME);
    uint8_t *pattern = malloc((size_t)ROUND_TRIP_FRAMES * SPK_FRAME);
    i2s_sim_pattern_fill(pattern, SPK_FRAME, 0, ROUND_TRIP_FRAMES); /* values 1 .. ROUND_TRIP_FRAMES */
    size_t got = 0, played = 0;
    bool heard_end = false;
    while (got + CHUNK_FRAMES <= limit && !heard_end) {
        size_t n = 0;
        if (played < ROUND_TRIP_FRAMES) {
            EXPECT(SPK_WRITE(pattern + played * SPK_FRAME, (ROUND_TRIP_FRAMES - played) * SPK_FRAME, &n, 0) == ESP_OK);
            played += n / SPK_FRAME;
        }
        EXPECT(MIC_READ(rec + got * MIC_FRAME, (size_t)CHUNK_FRAMES * MIC_FRAME, &n, -1) == ESP_OK);
        EXPECT(n == (size_t)CHUNK_FRAMES * MIC_FRAME);
        for (size_t i = got; i < got + CHUNK_FRAMES; i++) {
            heard_end = heard_end || i2s_sim_pattern_value(rec + i * MIC_FRAME, MIC_FRAME) == ROUND_TRIP_FRAMES;
        }
        got += CHUNK_FRAMES;
    }
    free(pattern);

    size_t first = 0;
    while (first < got && i2s_sim_pattern_value(rec + first * MIC_FRAME, MIC_FRAME) == 0) {
        first++;
    }
    const uint64_t v0 = first < got ? i2s_sim_pattern_value(rec + first * MIC_FRAME, MIC_FRAME) : 0;
    size_t matched = 0;
    while (first + matched < got && i2s_sim_pattern_value(rec + (first + matched) * MIC_FRAME, MIC_FRAME) == v0 + matched) {
        matched++;
    }
    fprintf(stderr, "round trip: pattern frames %llu..%llu heard after %zu frames of silence\n", (unsigned long long)v0,
            (unsigned long long)(v0 + matched - 1), first);
    /* Silence for the driver's latency (TX queue + RX ring), then every frame of the pattern in order. */
    EXPECT(first > 0 && first < got);
    EXPECT(v0 == 1);
    EXPECT(matched == ROUND_TRIP_FRAMES);
    free(rec);
}

/* Either member stops alone; the other keeps running, and a stopped speaker is heard as silence. */
static void one_direction_at_a_time(void)
{
    uint8_t frames[64 * SPK_FRAME];
    memset(frames, 0x55, sizeof frames);
    size_t n = 0;
    /* Loud audio queued, then the speaker stops: the microphone keeps reading and soon hears only silence. */
    EXPECT(SPK_WRITE(frames, sizeof frames, &n, -1) == ESP_OK);
    EXPECT(SPK_DEINIT() == ESP_OK);
    EXPECT(dir_state(I2S_SIM_DIR_RX) == I2S_SIM_STATE_RUNNING);
    EXPECT(SPK_WRITE(frames, sizeof frames, &n, 0) == ESP_ERR_INVALID_STATE && n == 0);
    const size_t ring_frames = (size_t)(MIC_RING + SPK_RING) / MIC_FRAME;
    uint8_t *rec = record(3 * ring_frames);
    EXPECT(is_silent(rec + 2 * ring_frames * MIC_FRAME, ring_frames));
    free(rec);

    /* The speaker comes back while the microphone runs, then the microphone stops: the speaker keeps playing. */
    EXPECT(SPK_INIT() == ESP_OK);
    EXPECT(MIC_DEINIT() == ESP_OK);
    EXPECT(MIC_READ(frames, MIC_FRAME, &n, 0) == ESP_ERR_INVALID_STATE && n == 0);
    uint8_t *loud = malloc((size_t)SPK_RING * 3);
    memset(loud, 0x11, (size_t)SPK_RING * 3);
    EXPECT(SPK_WRITE(loud, (size_t)SPK_RING * 3, &n, -1) == ESP_OK && n == (size_t)SPK_RING * 3);
    free(loud);
    EXPECT(dir_state(I2S_SIM_DIR_TX) == I2S_SIM_STATE_RUNNING);

    /* The microphone comes back and hears the speaker again. */
    EXPECT(MIC_INIT() == ESP_OK);
    EXPECT(SPK_DEINIT() == ESP_OK);
    EXPECT(MIC_DEINIT() == ESP_OK); /* the last one frees the port */
    EXPECT(dir_state(I2S_SIM_DIR_RX) == I2S_SIM_STATE_NONE);
    EXPECT(dir_state(I2S_SIM_DIR_TX) == I2S_SIM_STATE_NONE);
    EXPECT(MIC_DEINIT() == ESP_OK);
    EXPECT(SPK_DEINIT() == ESP_OK);
}
#else
/* ---------------------------------------------------------------- taking turns */

static void turns(void)
{
    uint8_t buf[16 * MIC_FRAME];
    size_t n = 0;
    EXPECT(i2s_sim_source_pattern(0) == ESP_OK);
    EXPECT(MIC_INIT() == ESP_OK);
    i2s_sim_clear_log();
    EXPECT(SPK_INIT() == ESP_ERR_INVALID_STATE);
    EXPECT(i2s_sim_log_contains("is in use by " MIC_NAME));
    /* The microphone was not touched: it still runs with its own configuration. */
    EXPECT(dir_state(I2S_SIM_DIR_RX) == I2S_SIM_STATE_RUNNING);
    EXPECT(dir_state(I2S_SIM_DIR_TX) == I2S_SIM_STATE_NONE);
    EXPECT(dir_rate(I2S_SIM_DIR_RX) == MIC_RATE);
    EXPECT(MIC_READ(buf, sizeof buf, &n, -1) == ESP_OK && n == sizeof buf);

    /* Its deinit frees the bus: the speaker opens with its own configuration, and now the microphone is refused. */
    EXPECT(MIC_DEINIT() == ESP_OK);
    EXPECT(SPK_INIT() == ESP_OK);
    EXPECT(dir_state(I2S_SIM_DIR_TX) == I2S_SIM_STATE_RUNNING);
    EXPECT(dir_rate(I2S_SIM_DIR_TX) == SPK_RATE);
    EXPECT(MIC_INIT() == ESP_ERR_INVALID_STATE);
    uint8_t out[16 * SPK_FRAME];
    memset(out, 0x22, sizeof out);
    EXPECT(SPK_WRITE(out, sizeof out, &n, -1) == ESP_OK && n == sizeof out);
    EXPECT(SPK_DEINIT() == ESP_OK);
    EXPECT(MIC_INIT() == ESP_OK);
    EXPECT(dir_rate(I2S_SIM_DIR_RX) == MIC_RATE);
    EXPECT(MIC_DEINIT() == ESP_OK);
}
#endif

int main(int argc, char **argv)
{
    int race_ms = argc > 1 ? atoi(argv[1]) : 300;
    i2s_sim_reset();
    i2s_sim_set_call_cost_us(50); /* lets timeout-0 polling move virtual time */
    EXPECT(MIC_DEINIT() == ESP_OK);
    EXPECT(SPK_DEINIT() == ESP_OK);
#if FULL_DUPLEX
    round_trip();
    one_direction_at_a_time();
#else
    turns();
#endif
    races(race_ms);
    bool driver_misused = i2s_sim_own_error_count() != 0;
    i2s_sim_reset();
    if (atomic_load(&s_bad) != 0) {
        fprintf(stderr, "FAIL: %d violations (last at line %d)\n", atomic_load(&s_bad), atomic_load(&s_bad_line));
        return 1;
    }
    if (driver_misused) {
        fprintf(stderr, "FAIL: a call reached a deleted channel or an uninstalled port\n");
        return 1;
    }
    fprintf(stderr, "PASS\n");
    return 0;
}
