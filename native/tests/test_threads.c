/*
 * The threading contract of i2s_sim.h under load: several threads reading one RX channel, several
 * writing one TX channel, and channels disabled/deleted (legacy: stopped/uninstalled) by one thread
 * while others transfer on them, thousands of rounds in virtual time. Run under ASan/UBSan and TSan
 * (label "tsan"), which turn a race, a use-after-free or a double free into a failure; the checks
 * below turn a frame delivered twice, lost without being counted, or torn between threads into one.
 */
#define _POSIX_C_SOURCE 200809L
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "driver/i2s.h"
#include "test_util.h"

/* 16 kHz, 32-bit stereo: 8-byte frames, so a frame holds a whole 64-bit tag. 120 frames per buffer. */
#define RATE 16000
#define FRAMES 120
#define BPF 8U
#define DESC 6
#define READERS 4
#define WRITERS 3
#define ROUNDS 2000
#define MAX_FRAMES 300
/* Delete/uninstall rounds: each is ~10 calls that must take turns with four busy transfer threads. */
#define LIFECYCLE_ROUNDS 200

typedef struct {
    uint64_t state;
} rng_t;

static uint32_t rnd(rng_t *r, uint32_t n)
{
    r->state ^= r->state << 13;
    r->state ^= r->state >> 7;
    r->state ^= r->state << 17;
    return (uint32_t)(r->state % n);
}

static uint32_t random_timeout_ms(rng_t *r)
{
    static const uint32_t choices[] = {0, 5, 20, portMAX_DELAY};
    return choices[rnd(r, 4)];
}

static uint64_t frame_value(const uint8_t *p)
{
    uint64_t v = 0;
    for (int b = 7; b >= 0; b--) {
        v = (v << 8) | p[b];
    }
    return v;
}

static void put_frame(uint8_t *p, uint64_t v)
{
    for (int b = 0; b < 8; b++) {
        p[b] = (uint8_t)(v >> (8 * b));
    }
}

/* ---------------------------------------------------------------- several readers, one RX channel */

typedef struct {
    uint64_t first, last;
} span_t;

typedef struct {
    i2s_chan_handle_t rx;
    int id;
    span_t *spans;
    size_t nspans;
    uint64_t frames;
    uint64_t bad_codes, torn;
} reader_t;

static void *reader_main(void *arg)
{
    reader_t *r = arg;
    rng_t rng = {0x9E3779B97F4A7C15ULL * (uint64_t)(r->id + 1)};
    uint8_t *buf = malloc(MAX_FRAMES * BPF);
    for (int i = 0; i < ROUNDS; i++) {
        size_t want = (size_t)(rnd(&rng, MAX_FRAMES) + 1U) * BPF;
        size_t n = 0;
        esp_err_t e = i2s_channel_read(r->rx, buf, want, &n, random_timeout_ms(&rng));
        if ((e != ESP_OK && e != ESP_ERR_TIMEOUT) || (e == ESP_OK) != (n == want) || n % BPF != 0) {
            r->bad_codes++;
        }
        if (n == 0) {
            continue;
        }
        /* One call's frames come from one reader's turn: increasing, gaps only of whole dropped buffers. */
        uint64_t prev = frame_value(buf);
        for (size_t off = BPF; off < n; off += BPF) {
            uint64_t v = frame_value(buf + off);
            if (v <= prev || (v - prev - 1U) % FRAMES != 0) {
                r->torn++;
            }
            prev = v;
        }
        r->spans[r->nspans].first = frame_value(buf);
        r->spans[r->nspans].last = prev;
        r->nspans++;
        r->frames += n / BPF;
    }
    free(buf);
    return NULL;
}

static atomic_bool s_stop;

/* Lets virtual time pass, reads stats and swaps nothing: the "application" around the readers. */
static void *clock_main(void *arg)
{
    (void)arg;
    rng_t rng = {12345};
    while (!atomic_load(&s_stop)) {
        i2s_sim_advance_us(rnd(&rng, 2U * FRAMES * 1000000U / RATE));
        (void)stats_of(0, I2S_SIM_DIR_RX);
        (void)i2s_sim_log_contains("nothing");
        sched_yield();
    }
    return NULL;
}

static int cmp_span(const void *a, const void *b)
{
    const span_t *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

static void many_readers_one_channel(void)
{
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    i2s_chan_handle_t rx = std_channel(I2S_NUM_0, false, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_32BIT,
                                       I2S_SLOT_MODE_STEREO, false, true);
    CHECK(rx != NULL);
    reader_t readers[READERS];
    pthread_t threads[READERS], clock;
    atomic_store(&s_stop, false);
    for (int i = 0; i < READERS; i++) {
        readers[i] = (reader_t){.rx = rx, .id = i, .spans = calloc(ROUNDS, sizeof(span_t))};
        CHECK_EQ(pthread_create(&threads[i], NULL, reader_main, &readers[i]), 0);
    }
    CHECK_EQ(pthread_create(&clock, NULL, clock_main, NULL), 0);
    for (int i = 0; i < READERS; i++) {
        CHECK_EQ(pthread_join(threads[i], NULL), 0);
    }
    atomic_store(&s_stop, true);
    CHECK_EQ(pthread_join(clock, NULL), 0);

    /* Every frame went to at most one reader: the spans of all calls never overlap. */
    size_t total_spans = 0;
    uint64_t frames = 0;
    for (int i = 0; i < READERS; i++) {
        CHECK_EQ(readers[i].bad_codes, 0);
        CHECK_EQ(readers[i].torn, 0);
        CHECK(readers[i].nspans > 0);
        total_spans += readers[i].nspans;
        frames += readers[i].frames;
    }
    span_t *all = calloc(total_spans, sizeof(span_t));
    size_t k = 0;
    for (int i = 0; i < READERS; i++) {
        memcpy(all + k, readers[i].spans, readers[i].nspans * sizeof(span_t));
        k += readers[i].nspans;
        free(readers[i].spans);
    }
    qsort(all, total_spans, sizeof(span_t), cmp_span);
    uint64_t overlaps = 0;
    for (size_t i = 1; i < total_spans; i++) {
        overlaps += all[i].first <= all[i - 1].last;
    }
    free(all);
    CHECK_EQ(overlaps, 0);
    i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.app_frames, frames);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.hw_frames, st.app_frames + st.overrun_frames + st.discarded_frames);
}

/* ---------------------------------------------------------------- several writers, one TX channel */

/* Frame tag: writer id + 1 in the top 16 bits, the writer's frame sequence number + 1 below. */
#define TAG_SHIFT 48
#define SEQ_MASK ((1ULL << TAG_SHIFT) - 1U)

typedef struct {
    uint64_t next_seq[WRITERS + 1];
    uint64_t silent, order_errors, foreign;
} tx_check_t;

/* Runs under the simulator lock (on whichever thread ran the hardware). Silence is recognised by its
 * bytes, a writer's frames by their tag. */
static void tx_sink(void *user, const uint8_t *data, uint32_t bytes, uint32_t data_bytes, uint32_t bpf)
{
    (void)data_bytes;
    tx_check_t *c = user;
    for (uint32_t off = 0; off < bytes; off += bpf) {
        uint64_t v = frame_value(data + off);
        if (v == 0) {
            c->silent++;
            continue;
        }
        uint64_t id = v >> TAG_SHIFT;
        if (id == 0 || id > WRITERS) {
            c->foreign++;
            continue;
        }
        if ((v & SEQ_MASK) != c->next_seq[id] + 1U) {
            c->order_errors++;
        }
        c->next_seq[id] = v & SEQ_MASK;
    }
}

typedef struct {
    i2s_chan_handle_t tx;
    int id;
    uint64_t accepted;
    uint64_t bad_codes;
} writer_t;

static void *writer_main(void *arg)
{
    writer_t *w = arg;
    rng_t rng = {0xD1B54A32D192ED03ULL * (uint64_t)(w->id + 1)};
    uint8_t *buf = malloc(MAX_FRAMES * BPF);
    for (int i = 0; i < ROUNDS; i++) {
        uint32_t frames = rnd(&rng, MAX_FRAMES) + 1U;
        for (uint32_t f = 0; f < frames; f++) {
            put_frame(buf + (size_t)f * BPF, ((uint64_t)(w->id + 1) << TAG_SHIFT) | (w->accepted + f + 1U));
        }
        size_t n = 0;
        esp_err_t e = i2s_channel_write(w->tx, buf, (size_t)frames * BPF, &n, random_timeout_ms(&rng));
        if ((e != ESP_OK && e != ESP_ERR_TIMEOUT) || (e == ESP_OK) != (n == (size_t)frames * BPF) || n % BPF != 0) {
            w->bad_codes++;
        }
        /* Frames not accepted are written again (with the same numbers) next round. */
        w->accepted += n / BPF;
    }
    free(buf);
    return NULL;
}

static void many_writers_one_channel(void)
{
    static tx_check_t check;
    memset(&check, 0, sizeof check);
    CHECK_EQ(i2s_sim_sink_callback(1, tx_sink, &check), ESP_OK);
    i2s_chan_handle_t tx = std_channel(I2S_NUM_1, true, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_32BIT,
                                       I2S_SLOT_MODE_STEREO, true, true);
    CHECK(tx != NULL);
    writer_t writers[WRITERS];
    pthread_t threads[WRITERS];
    for (int i = 0; i < WRITERS; i++) {
        writers[i] = (writer_t){.tx = tx, .id = i};
        CHECK_EQ(pthread_create(&threads[i], NULL, writer_main, &writers[i]), 0);
    }
    uint64_t accepted = 0;
    for (int i = 0; i < WRITERS; i++) {
        CHECK_EQ(pthread_join(threads[i], NULL), 0);
        CHECK_EQ(writers[i].bad_codes, 0);
        CHECK(writers[i].accepted > 0);
        accepted += writers[i].accepted;
    }
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    uint64_t played = 0;
    for (int i = 1; i <= WRITERS; i++) {
        played += check.next_seq[i];
    }
    CHECK_EQ(check.order_errors, 0);
    CHECK_EQ(check.foreign, 0);
    CHECK_EQ(st.app_frames, accepted);
    CHECK_EQ(played, st.data_frames);
    CHECK_EQ(check.silent, st.underrun_frames);
    /* What was accepted but not played was counted as discarded by the disable. */
    CHECK_EQ(accepted, played + st.discarded_frames);
}

/* ---------------------------------------------------------------- delete while others transfer */

static _Atomic(i2s_chan_handle_t) s_rx_handle, s_tx_handle;

/* Per transfer thread: calls that broke the contract, and bytes moved on live channels. */
typedef struct {
    uint64_t bad, moved, calls;
} lifecycle_t;

static void *lifecycle_reader(void *arg)
{
    lifecycle_t *l = arg;
    rng_t rng = {777};
    uint8_t buf[MAX_FRAMES * BPF];
    while (!atomic_load(&s_stop)) {
        i2s_chan_handle_t h = atomic_load(&s_rx_handle);
        size_t want = (size_t)(rnd(&rng, MAX_FRAMES) + 1U) * BPF, n = 0;
        esp_err_t e = i2s_channel_read(h, buf, want, &n, random_timeout_ms(&rng));
        /* A live channel: OK / timeout; disabled: INVALID_STATE; deleted: INVALID_ARG. Never more bytes. */
        if ((e != ESP_OK && e != ESP_ERR_TIMEOUT && e != ESP_ERR_INVALID_STATE && e != ESP_ERR_INVALID_ARG) ||
                n > want || (e == ESP_OK && n != want)) {
            l->bad++;
        }
        l->moved += n;
        l->calls++;
    }
    return NULL;
}

static void *lifecycle_writer(void *arg)
{
    lifecycle_t *l = arg;
    rng_t rng = {4242};
    uint8_t buf[MAX_FRAMES * BPF];
    memset(buf, 0x5A, sizeof buf);
    while (!atomic_load(&s_stop)) {
        i2s_chan_handle_t h = atomic_load(&s_tx_handle);
        size_t want = (size_t)(rnd(&rng, MAX_FRAMES) + 1U) * BPF, n = 0;
        esp_err_t e = i2s_channel_write(h, buf, want, &n, random_timeout_ms(&rng));
        if ((e != ESP_OK && e != ESP_ERR_TIMEOUT && e != ESP_ERR_INVALID_STATE && e != ESP_ERR_INVALID_ARG) ||
                n > want || (e == ESP_OK && n != want)) {
            l->bad++;
        }
        l->moved += n;
        l->calls++;
    }
    return NULL;
}

static void delete_while_transferring(void)
{
    CHECK_EQ(i2s_sim_source_tone(0, 1000.0, 0.5), ESP_OK);
    CHECK_EQ(i2s_sim_sink_memory(1, 1U << 16), ESP_OK);
    atomic_store(&s_stop, false);
    atomic_store(&s_rx_handle, std_channel(I2S_NUM_0, false, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_32BIT,
                                           I2S_SLOT_MODE_STEREO, false, true));
    atomic_store(&s_tx_handle, std_channel(I2S_NUM_1, true, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_32BIT,
                                           I2S_SLOT_MODE_STEREO, true, true));
    lifecycle_t l[4];
    memset(l, 0, sizeof l);
    pthread_t t[4];
    CHECK_EQ(pthread_create(&t[0], NULL, lifecycle_reader, &l[0]), 0);
    CHECK_EQ(pthread_create(&t[1], NULL, lifecycle_reader, &l[1]), 0);
    CHECK_EQ(pthread_create(&t[2], NULL, lifecycle_writer, &l[2]), 0);
    CHECK_EQ(pthread_create(&t[3], NULL, lifecycle_writer, &l[3]), 0);
    uint64_t failures = 0;
    for (int round = 0; round < LIFECYCLE_ROUNDS; round++) {
        /* Disable and delete under the transfers' feet, then publish a fresh channel. The old handle
         * stays visible to the other threads until then: they must get an error, not a crash. */
        for (int k = 0; k < 2; k++) {
            _Atomic(i2s_chan_handle_t) *slot = k == 0 ? &s_rx_handle : &s_tx_handle;
            i2s_chan_handle_t h = atomic_load(slot);
            failures += i2s_channel_disable(h) != ESP_OK;
            if (round % 3 == 0) {
                sched_yield(); /* let transfers meet the disabled channel */
            }
            failures += i2s_del_channel(h) != ESP_OK;
            i2s_chan_handle_t fresh = std_channel(k == 0 ? I2S_NUM_0 : I2S_NUM_1, k == 1, DESC, FRAMES, RATE,
                                                  I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO, k == 1, true);
            failures += fresh == NULL;
            atomic_store(slot, fresh);
        }
        sched_yield();
    }
    atomic_store(&s_stop, true);
    uint64_t moved = 0, calls = 0;
    for (int i = 0; i < 4; i++) {
        CHECK_EQ(pthread_join(t[i], NULL), 0);
        CHECK_EQ(l[i].bad, 0);
        moved += l[i].moved;
        calls += l[i].calls;
    }
    fprintf(stderr, "  %d delete rounds against %llu transfer calls\n", LIFECYCLE_ROUNDS, (unsigned long long)calls);
    CHECK_EQ(failures, 0);
    CHECK(moved > 0); /* the transfers did run on live channels between the deletes */
    for (int k = 0; k < 2; k++) {
        i2s_chan_handle_t h = atomic_load(k == 0 ? &s_rx_handle : &s_tx_handle);
        CHECK_EQ(i2s_channel_disable(h), ESP_OK);
        CHECK_EQ(i2s_del_channel(h), ESP_OK);
    }
}

/* Legacy: i2s_stop / i2s_start / i2s_driver_uninstall / install while other threads call i2s_read and
 * i2s_write on the port. (On the device, uninstall does not take the transfer mutexes: the driver
 * leaves this to the application; the simulator makes it safe.) */
static atomic_int s_legacy_bad;

static void *legacy_transfer_main(void *arg)
{
    int tx = *(int *)arg;
    rng_t rng = {(uint64_t)(99 + tx)};
    uint8_t buf[MAX_FRAMES * BPF];
    memset(buf, 0x11, sizeof buf);
    while (!atomic_load(&s_stop)) {
        size_t want = (size_t)(rnd(&rng, MAX_FRAMES) + 1U) * BPF, n = 0;
        uint32_t ms = random_timeout_ms(&rng);
        TickType_t ticks = ms == portMAX_DELAY ? portMAX_DELAY : pdMS_TO_TICKS(ms);
        esp_err_t e = tx ? i2s_write(I2S_NUM_0, buf, want, &n, ticks) : i2s_read(I2S_NUM_0, buf, want, &n, ticks);
        /* Installed: ESP_OK with up to `want` bytes; uninstalled: ESP_ERR_INVALID_STATE with none. */
        if ((e != ESP_OK && e != ESP_ERR_INVALID_STATE) || n > want || (e != ESP_OK && n != 0)) {
            atomic_fetch_add(&s_legacy_bad, 1);
        }
    }
    return NULL;
}

static void legacy_uninstall_while_transferring(void)
{
    i2s_config_t c = {
        .mode = I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_RX, .sample_rate = RATE,
        .bits_per_sample = I2S_BITS_PER_SAMPLE_32BIT, .channel_format = I2S_CHANNEL_FMT_RIGHT_LEFT,
        .communication_format = I2S_COMM_FORMAT_STAND_I2S, .intr_alloc_flags = 0, .dma_desc_num = DESC,
        .dma_frame_num = FRAMES, .use_apll = false, .tx_desc_auto_clear = true, .fixed_mclk = 0,
        .mclk_multiple = I2S_MCLK_MULTIPLE_256, .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
    };
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    atomic_store(&s_stop, false);
    atomic_store(&s_legacy_bad, 0);
    int dirs[2] = {0, 1};
    pthread_t t[2];
    CHECK_EQ(pthread_create(&t[0], NULL, legacy_transfer_main, &dirs[0]), 0);
    CHECK_EQ(pthread_create(&t[1], NULL, legacy_transfer_main, &dirs[1]), 0);
    uint64_t failures = 0;
    for (int round = 0; round < LIFECYCLE_ROUNDS; round++) {
        failures += i2s_stop(I2S_NUM_0) != ESP_OK;
        sched_yield();
        failures += i2s_start(I2S_NUM_0) != ESP_OK;
        failures += i2s_zero_dma_buffer(I2S_NUM_0) != ESP_OK;
        failures += i2s_driver_uninstall(I2S_NUM_0) != ESP_OK;
        sched_yield();
        failures += i2s_driver_install(I2S_NUM_0, &c, 0, NULL) != ESP_OK;
    }
    atomic_store(&s_stop, true);
    for (int i = 0; i < 2; i++) {
        CHECK_EQ(pthread_join(t[i], NULL), 0);
    }
    CHECK_EQ(atomic_load(&s_legacy_bad), 0);
    CHECK_EQ(failures, 0);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
}

/* ---------------------------------------------------------------- callbacks calling back */

static i2s_chan_handle_t s_cb_channel;
static esp_err_t s_cb_del_result = ESP_OK, s_cb_read_result = ESP_OK;
static int s_cb_calls;

static void reentrant_source(void *user, uint8_t *dst, uint32_t bytes, uint32_t bpf, uint64_t first_frame)
{
    (void)user;
    (void)bpf;
    (void)first_frame;
    memset(dst, 0, bytes);
    s_cb_calls++;
    (void)i2s_sim_now_us();                          /* allowed: same thread, recursive lock */
    (void)stats_of(0, I2S_SIM_DIR_RX);
    s_cb_del_result = i2s_del_channel(s_cb_channel); /* refused: the transfer uses the channel */
    uint8_t frame[BPF];
    size_t n = 0;
    s_cb_read_result = i2s_channel_read(s_cb_channel, frame, sizeof frame, &n, 0); /* refused: mid-buffer */
    i2s_sim_reset();                                 /* ignored with an error log */
}

static void callback_may_not_free_the_channel(void)
{
    CHECK_EQ(i2s_sim_source_callback(0, reentrant_source, NULL), ESP_OK);
    s_cb_channel = std_channel(I2S_NUM_0, false, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO,
                               false, true);
    CHECK(s_cb_channel != NULL);
    uint8_t buf[FRAMES * BPF];
    size_t n = 0;
    CHECK_EQ(i2s_channel_disable(s_cb_channel), ESP_OK);
    CHECK_EQ(i2s_channel_enable(s_cb_channel), ESP_OK);
    i2s_sim_clear_log();
    CHECK_EQ(i2s_channel_read(s_cb_channel, buf, sizeof buf, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    CHECK(s_cb_calls > 0);
    CHECK_EQ(s_cb_del_result, ESP_ERR_INVALID_STATE);
    CHECK_EQ(s_cb_read_result, ESP_ERR_INVALID_STATE);
    CHECK(i2s_sim_log_contains("no transfer from a source/sink callback"));
    CHECK(i2s_sim_log_contains("cannot be deleted from a source/sink callback"));
    CHECK(i2s_sim_log_contains("i2s_sim_reset from a source/sink callback is ignored"));
    /* the channel survived both */
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).state, I2S_SIM_STATE_RUNNING);
    CHECK_EQ(i2s_channel_disable(s_cb_channel), ESP_OK);
    CHECK_EQ(i2s_del_channel(s_cb_channel), ESP_OK);
}

int main(void)
{
    RUN(many_readers_one_channel);
    RUN(many_writers_one_channel);
    RUN(delete_while_transferring);
    RUN(legacy_uninstall_while_transferring);
    RUN(callback_may_not_free_the_channel);
    TEST_MAIN_END();
}
