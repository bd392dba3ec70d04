/*
 * The loopback source (i2s_sim_source_loopback): what the TX of a port plays comes back on an RX, frame
 * by frame at the hardware clock, so the latency the application sees is the driver's own (TX DMA queue
 * + RX ring) plus the extra delay; a pattern comes back byte for byte.
 */
#define _POSIX_C_SOURCE 200809L
#ifndef CONFIG_I2S_SUPPRESS_DEPRECATE_WARN
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#endif
#include <math.h>
#include <pthread.h>
#include <stdlib.h>

#include "driver/i2s.h"
#include "test_util.h"

#define RATE 48000U
#define DESC 4U
#define FRAMES 240U
#define BPF 4U /* 16-bit stereo */
#define TOTAL 6000U

/* The first app frame reaches the wire DESC buffers after enable: the first write waits for buffer 0
 * to be sent (it held nothing), fills it, and the ring comes back to it DESC buffers later. */
#define DRIVER_LATENCY (DESC * FRAMES)

static uint8_t s_rx[TOTAL * 8U];

/* One thread, deterministic: write one buffer of the pattern (waits for a free buffer), then take all the
 * RX has captured. Returns the RX bytes collected. */
typedef esp_err_t (*write_fn)(void *ctx, const void *src, size_t size, size_t *n, uint32_t ms);
typedef esp_err_t (*read_fn)(void *ctx, void *dst, size_t size, size_t *n, uint32_t ms);

static size_t pump(write_fn wr, void *wctx, read_fn rd, void *rctx, uint32_t rx_bpf, size_t want_bytes)
{
    uint8_t buf[FRAMES * BPF];
    size_t got = 0;
    uint64_t next = 0;
    while (got < want_bytes) {
        i2s_sim_pattern_fill(buf, BPF, next, FRAMES);
        size_t n = 0;
        CHECK_EQ(wr(wctx, buf, sizeof buf, &n, 1000), ESP_OK);
        CHECK_EQ(n, sizeof buf);
        next += FRAMES;
        for (;;) {
            size_t room = want_bytes - got;
            size_t chunk = room < (size_t)FRAMES * rx_bpf ? room : (size_t)FRAMES * rx_bpf;
            size_t r = 0;
            (void)rd(rctx, s_rx + got, chunk, &r, 0);
            got += r;
            if (r < chunk || got == want_bytes) {
                break;
            }
        }
    }
    return got;
}

static esp_err_t std_write(void *ctx, const void *src, size_t size, size_t *n, uint32_t ms)
{
    return i2s_channel_write((i2s_chan_handle_t)ctx, src, size, n, ms);
}

static esp_err_t std_read(void *ctx, void *dst, size_t size, size_t *n, uint32_t ms)
{
    return i2s_channel_read((i2s_chan_handle_t)ctx, dst, size, n, ms);
}

static esp_err_t legacy_write(void *ctx, const void *src, size_t size, size_t *n, uint32_t ms)
{
    return i2s_write((i2s_port_t)(intptr_t)ctx, src, size, n, pdMS_TO_TICKS(ms));
}

static esp_err_t legacy_read(void *ctx, void *dst, size_t size, size_t *n, uint32_t ms)
{
    return i2s_read((i2s_port_t)(intptr_t)ctx, dst, size, n, pdMS_TO_TICKS(ms));
}

/* The RX stream (16-bit stereo) is `latency` silent frames, then the pattern byte for byte. */
static void check_pattern_back(size_t frames, uint64_t latency)
{
    CHECK(frames > latency + FRAMES);
    uint64_t first = frames;
    for (size_t i = 0; i < frames; i++) {
        if (i2s_sim_pattern_value(s_rx + i * BPF, BPF) != 0) {
            first = i;
            break;
        }
    }
    CHECK_EQ(first, latency);
    uint8_t expect[BPF];
    int mismatches = 0;
    for (size_t i = (size_t)latency; i < frames; i++) {
        i2s_sim_pattern_fill(expect, BPF, i - latency, 1);
        mismatches += memcmp(expect, s_rx + i * BPF, BPF) != 0;
    }
    CHECK_EQ(mismatches, 0);
}

static void std_pair(i2s_chan_handle_t *tx, i2s_chan_handle_t *rx)
{
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    cc.dma_desc_num = DESC;
    cc.dma_frame_num = FRAMES;
    cc.auto_clear = true;
    CHECK_EQ(i2s_new_channel(&cc, tx, rx), ESP_OK);
    i2s_std_config_t sc = std_config(RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(i2s_channel_init_std_mode(*tx, &sc), ESP_OK);
    CHECK_EQ(i2s_channel_init_std_mode(*rx, &sc), ESP_OK);
}

/* ---------------------------------------------------------------- tests */

static void std_duplex_pattern_comes_back(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    std_pair(&tx, &rx);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 0, 1.0), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    size_t got = pump(std_write, tx, std_read, rx, BPF, (size_t)TOTAL * BPF);
    check_pattern_back(got / BPF, DRIVER_LATENCY);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).overrun_frames, 0);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

static void std_duplex_extra_delay(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    std_pair(&tx, &rx);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 100, 1.0), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    size_t got = pump(std_write, tx, std_read, rx, BPF, (size_t)TOTAL * BPF);
    check_pattern_back(got / BPF, DRIVER_LATENCY + 100U);
}

/* The RX enabled later than the TX hears from its own first frame on: the latency it sees shrinks by
 * the frames the TX had already played (here: whole buffers, the RX joins on the TX's frame grid). */
static void std_duplex_rx_joins_late(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    std_pair(&tx, &rx);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 0, 1.0), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    i2s_sim_advance_us(2500); /* 120 frames: mid-buffer */
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    size_t got = pump(std_write, tx, std_read, rx, BPF, (size_t)TOTAL * BPF);
    check_pattern_back(got / BPF, DRIVER_LATENCY - 120U);
}

static void legacy_duplex_pattern_comes_back(void)
{
    i2s_config_t c = {
        .mode = I2S_MODE_MASTER | I2S_MODE_TX | I2S_MODE_RX, .sample_rate = RATE,
        .bits_per_sample = I2S_BITS_PER_SAMPLE_16BIT, .channel_format = I2S_CHANNEL_FMT_RIGHT_LEFT,
        .communication_format = I2S_COMM_FORMAT_STAND_I2S, .intr_alloc_flags = 0, .dma_desc_num = DESC,
        .dma_frame_num = FRAMES, .use_apll = false, .tx_desc_auto_clear = true, .fixed_mclk = 0,
        .mclk_multiple = I2S_MCLK_MULTIPLE_256, .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
    };
    CHECK_EQ(i2s_sim_source_loopback(1, 1, 0, 1.0), ESP_OK);
    CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    size_t got = pump(legacy_write, (void *)(intptr_t)I2S_NUM_1, legacy_read, (void *)(intptr_t)I2S_NUM_1, BPF,
                      (size_t)TOTAL * BPF);
    check_pattern_back(got / BPF, DRIVER_LATENCY);
    CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
    CHECK_EQ(i2s_sim_own_error_count(), 0);
}

/* Another port, another format: a 16-bit stereo speaker on I2S1 heard by a 32-bit mono (left) microphone
 * on I2S0, both enabled at the same instant at the same rate (so on the same frame grid). */
static void cross_port_format_conversion(void)
{
    i2s_chan_handle_t tx = std_channel(I2S_NUM_1, true, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_16BIT,
                                       I2S_SLOT_MODE_STEREO, true, false);
    i2s_chan_handle_t rx = std_channel(I2S_NUM_0, false, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_32BIT,
                                       I2S_SLOT_MODE_MONO, false, false);
    CHECK(tx && rx);
    CHECK_EQ(i2s_sim_source_loopback(0, 1, 0, 1.0), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    size_t got = pump(std_write, tx, std_read, rx, 4U, (size_t)TOTAL * 4U) / 4U;
    size_t bad = 0, first = got;
    for (size_t i = 0; i < got; i++) {
        uint32_t v = (uint32_t)s_rx[i * 4] | ((uint32_t)s_rx[i * 4 + 1] << 8) | ((uint32_t)s_rx[i * 4 + 2] << 16) |
                     ((uint32_t)s_rx[i * 4 + 3] << 24);
        if (first == got && v != 0) {
            first = i;
        }
        if (i >= DRIVER_LATENCY) {
            /* Pattern frame n's left 16-bit slot holds the low half of n + 1; left-justified in 32 bits. */
            uint32_t n1 = (uint32_t)(i - DRIVER_LATENCY + 1U);
            bad += v != ((n1 & 0xFFFFU) << 16);
        }
    }
    CHECK_EQ(first, DRIVER_LATENCY);
    CHECK_EQ(bad, 0);
}

/* A constant level through gain 0.5; and silence while the TX does not run. */
static void gain_and_silence(void)
{
    i2s_chan_handle_t tx = NULL, rx = NULL;
    std_pair(&tx, &rx);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 0, 0.5), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    int16_t level[FRAMES * 2];
    for (size_t i = 0; i < FRAMES * 2U; i++) {
        level[i] = (int16_t)(i % 2 ? -12000 : 16000);
    }
    int16_t in[FRAMES * 2];
    size_t n = 0;
    int checked = 0, bad = 0;
    for (int round = 0; round < 40; round++) {
        CHECK_EQ(i2s_channel_write(tx, level, sizeof level, &n, 1000), ESP_OK);
        while (i2s_channel_read(rx, in, sizeof in, &n, 0) == ESP_OK && n == sizeof in) {
            if (round > 10) {
                for (size_t i = 0; i < FRAMES * 2U; i++) {
                    int expect = i % 2 ? -6000 : 8000;
                    bad += abs(in[i] - expect) > 1;
                    checked++;
                }
            }
        }
    }
    CHECK(checked > 0);
    CHECK_EQ(bad, 0);
    /* An RX alone (its own clock) hearing a port whose TX does not run captures silence. */
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(rx), ESP_OK);

    rx = std_channel(I2S_NUM_0, false, DESC, FRAMES, RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, false,
                     true);
    CHECK(rx != NULL);
    CHECK_EQ(i2s_sim_source_loopback(0, 1, 0, 1.0), ESP_OK); /* I2S1 has no channel at all */
    memset(in, 0x55, sizeof in);
    CHECK_EQ(i2s_channel_read(rx, in, sizeof in, &n, 1000), ESP_OK);
    int nonzero = 0;
    for (size_t i = 0; i < FRAMES * 2U; i++) {
        nonzero += in[i] != 0;
    }
    CHECK_EQ(nonzero, 0);
}

/* Two threads through a std pair: one writes a tone while the other records, taking turns one buffer
 * each (virtual time moves only inside calls, so free-running threads would make the result depend on
 * the OS scheduler). What the RX records is what the TX played (its memory sink), frame for frame from
 * the common enable instant, and the tone starts exactly the driver's latency after the first write. */
typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    int turn;                   /* 0: writer, 1: reader */
    bool writer_done;
} turns_t;

typedef struct {
    i2s_chan_handle_t h;
    size_t frames;
    int16_t *data;
    turns_t *turns;
    int me;
    int errors;
} thread_io_t;

static void take_turn(thread_io_t *io)
{
    pthread_mutex_lock(&io->turns->lock);
    while (io->turns->turn != io->me && !(io->me == 1 && io->turns->writer_done)) {
        pthread_cond_wait(&io->turns->changed, &io->turns->lock);
    }
    pthread_mutex_unlock(&io->turns->lock);
}

static void pass_turn(thread_io_t *io, bool done)
{
    pthread_mutex_lock(&io->turns->lock);
    io->turns->turn = 1 - io->me;
    if (done && io->me == 0) {
        io->turns->writer_done = true;
    }
    pthread_cond_broadcast(&io->turns->changed);
    pthread_mutex_unlock(&io->turns->lock);
}

static void *tone_writer(void *arg)
{
    thread_io_t *io = arg;
    for (size_t done = 0; done < io->frames; done += FRAMES) {
        take_turn(io);
        size_t n = 0;
        if (i2s_channel_write(io->h, io->data + done * 2U, FRAMES * BPF, &n, 1000) != ESP_OK || n != FRAMES * BPF) {
            io->errors++;
        }
        pass_turn(io, done + FRAMES >= io->frames);
    }
    return NULL;
}

static void *tone_reader(void *arg)
{
    thread_io_t *io = arg;
    for (size_t done = 0; done < io->frames; done += FRAMES) {
        take_turn(io);
        size_t n = 0;
        if (i2s_channel_read(io->h, io->data + done * 2U, FRAMES * BPF, &n, 1000) != ESP_OK || n != FRAMES * BPF) {
            io->errors++;
        }
        pass_turn(io, false);
    }
    return NULL;
}

static void std_duplex_tone_two_threads(void)
{
    enum { N = 24000, DEEP = 32 };
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(I2S_NUM_0, I2S_ROLE_MASTER);
    cc.dma_desc_num = DEEP; /* room for the two threads to start at different moments */
    cc.dma_frame_num = FRAMES;
    cc.auto_clear = true;
    i2s_chan_handle_t tx = NULL, rx = NULL;
    CHECK_EQ(i2s_new_channel(&cc, &tx, &rx), ESP_OK);
    i2s_std_config_t sc = std_config(RATE, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO);
    CHECK_EQ(i2s_channel_init_std_mode(tx, &sc), ESP_OK);
    CHECK_EQ(i2s_channel_init_std_mode(rx, &sc), ESP_OK);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 0, 1.0), ESP_OK);
    CHECK_EQ(i2s_sim_sink_memory(0, (uint64_t)N * 2U * BPF), ESP_OK);
    int16_t *out = calloc(N * 2, sizeof(int16_t));
    int16_t *in = calloc(N * 2, sizeof(int16_t));
    int16_t *played = calloc(N * 2, sizeof(int16_t));
    CHECK(out && in && played);
    if (!out || !in || !played) {
        free(out);
        free(in);
        free(played);
        return;
    }
    for (int i = 0; i < N; i++) {
        int16_t v = (int16_t)lrint(12000.0 * sin(2.0 * 3.14159265358979323846 * 1000.0 * i / (double)RATE));
        out[2 * i] = out[2 * i + 1] = v;
    }
    CHECK_EQ(i2s_channel_enable(rx), ESP_OK);
    CHECK_EQ(i2s_channel_enable(tx), ESP_OK);
    turns_t turns = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, false};
    thread_io_t w = {tx, N / 2, out, &turns, 0, 0}, r = {rx, N, in, &turns, 1, 0};
    pthread_t tw, tr;
    CHECK_EQ(pthread_create(&tw, NULL, tone_writer, &w), 0);
    CHECK_EQ(pthread_create(&tr, NULL, tone_reader, &r), 0);
    CHECK_EQ(pthread_join(tw, NULL), 0);
    CHECK_EQ(pthread_join(tr, NULL), 0);
    CHECK_EQ(w.errors, 0);
    CHECK_EQ(r.errors, 0);
    CHECK_EQ(stats_of(0, I2S_SIM_DIR_RX).overrun_frames, 0);
    /* The wire, frame for frame: the RX's frame k is the TX's frame k (both enabled at one instant). */
    uint64_t kept = i2s_sim_sink_memory_read(0, 0, played, (uint64_t)N * BPF);
    CHECK_EQ(kept, (uint64_t)N * BPF);
    CHECK_EQ(memcmp(in, played, (size_t)N * BPF), 0);
    /* The whole tone is in it, after the driver's latency and whatever the writer's start added. */
    size_t start_at = N;
    for (size_t i = 1; i < N; i++) {
        if (in[2 * i] != 0) {
            start_at = i - 1; /* sample 0 of the tone is 0 */
            break;
        }
    }
    CHECK_EQ(start_at, DEEP * FRAMES);
    size_t bad = 0;
    for (size_t i = 0; i < N / 2 && start_at + i < N; i++) {
        bad += in[2 * (start_at + i)] != out[2 * i];
    }
    CHECK_EQ(bad, 0);
    free(out);
    free(in);
    free(played);
}

static void bad_arguments(void)
{
    CHECK_EQ(i2s_sim_source_loopback(-1, 0, 0, 1.0), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_sim_source_loopback(0, I2S_SIM_PORT_COUNT, 0, 1.0), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 0, -0.5), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 0, NAN), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, (1U << 20) + 1U, 1.0), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_sim_source_loopback(0, 0, 1U << 20, 1.0), ESP_OK);
    /* Replaced by another source, and again by a loopback: the history is released and taken again. */
    CHECK_EQ(i2s_sim_source_tone(0, 440.0, 0.5), ESP_OK);
    CHECK_EQ(i2s_sim_source_loopback(0, 1, 10, 1.0), ESP_OK);
    CHECK_EQ(i2s_sim_source_loopback(0, 1, 20, 2.0), ESP_OK);
}

int main(void)
{
    RUN(std_duplex_pattern_comes_back);
    RUN(std_duplex_extra_delay);
    RUN(std_duplex_rx_joins_late);
    RUN(legacy_duplex_pattern_comes_back);
    RUN(cross_port_format_conversion);
    RUN(gain_and_silence);
    RUN(std_duplex_tone_two_threads);
    RUN(bad_arguments);
    TEST_MAIN_END();
}
