/*
 * A C client of the prebuilt host glue, linked against I2sGen.Host as an application would load it: drives one std
 * microphone, one legacy speaker and shared buses (taking turns, full duplex over loopback, both drivers) through i2sgen_host_* with the simulator's control API and prints a trace of
 * every result (counts, codes, the virtual clock, the driver's last error, statistics, a hash of the data). It checks
 * what it can itself (the pattern source's frame counter arrives in order; played data is what was written) and
 * exits 1 on a failed check. test-prebuilt.sh runs it against the linux-x64 library natively, the linux-arm64 one
 * under qemu-aarch64 and the win-x64 DLL under wine, and requires the three traces to be identical.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i2s_sim.h"
#include "i2sgen_host.h"

static int s_failures = 0;

#define CHECK(condition)                                                               \
    do {                                                                               \
        if (!(condition)) {                                                            \
            printf("CHECK FAILED line %d: %s\n", __LINE__, #condition);                \
            s_failures++;                                                              \
        }                                                                              \
    } while (0)

static uint64_t fnv1a(const uint8_t *data, size_t length, uint64_t hash)
{
    for (size_t i = 0; i < length; i++) {
        hash = (hash ^ data[i]) * 1099511628211ULL;
    }
    return hash;
}

static void print_result(const char *what, esp_err_t err, size_t count)
{
    char log[256];
    (void)i2s_sim_last_log(log, sizeof(log));
    printf("%s -> %s count %lu now %" PRIu64 " log [%s]\n", what, esp_err_to_name(err), (unsigned long)count,
           i2s_sim_now_us(), log);
    i2s_sim_clear_log();
}

static void print_stats(int port, int direction)
{
    i2s_sim_stats_t s;
    CHECK(i2s_sim_get_stats(port, direction, &s) == 0);
    printf("  stats app %" PRIu64 " hw %" PRIu64 " data %" PRIu64 " over %" PRIu64 " under %" PRIu64 " dma %" PRIu64
           " timeouts %" PRIu64 " blocked %" PRIu64 " state %u rate %u bpf %u ring %ux%u queued %u\n",
           s.app_bytes, s.hw_frames, s.data_frames, s.overrun_frames, s.underrun_frames, s.dma_buffers, s.timeouts,
           s.blocked_us, (unsigned)s.state, (unsigned)s.sample_rate_hz, (unsigned)s.bytes_per_frame,
           (unsigned)s.dma_desc_num, (unsigned)s.dma_buffer_bytes, (unsigned)s.queued_buffers);
}

static i2sgen_host_config_t base_config(void)
{
    i2sgen_host_config_t c;
    memset(&c, 0, sizeof(c));
    c.version = I2SGEN_HOST_CONFIG_VERSION;
    c.size = (int32_t)sizeof(c);
    c.esp32 = 1;
    c.mclk_multiple = 256;
    c.mclk_pin = -1;
    c.dout_pin = -1;
    c.din_pin = -1;
    return c;
}

static void microphone(void)
{
    /* 16 kHz, 16-bit mono (left slot), 8 x 256 frames, Philips: what the generator writes for such a binding. */
    i2sgen_host_config_t c = base_config();
    c.driver = I2SGEN_HOST_DRIVER_STD;
    c.receive = 1;
    c.port = 0;
    c.sample_rate_hz = 16000;
    c.bits_per_sample = 16;
    c.channels = 1;
    c.bytes_per_frame = 2;
    c.dma_desc_num = 8;
    c.dma_frame_num = 256;
    c.slot_mode = 1;
    c.slot_mask = 1;
    c.ws_width = 16;
    c.bit_shift = 1;
    c.msb_right = 1;
    c.bclk_pin = 14;
    c.ws_pin = 13;
    c.din_pin = 34;
    const char *tag = "mic_i2s";
    uint8_t buffer[4096];
    size_t count = 0;

    print_result("read before init", i2sgen_host_read(tag, buffer, 2, &count, 0), count);
    CHECK(i2s_sim_source_pattern(0) == 0);
    print_result("init", i2sgen_host_init(tag, &c), 0);
    print_result("init again", i2sgen_host_init(tag, &c), 0);
    print_result("odd length", i2sgen_host_read(tag, buffer, 3, &count, 0), count);
    print_result("timeout -2", i2sgen_host_read(tag, buffer, 2, &count, -2), count);
    print_result("null count", i2sgen_host_read(tag, buffer, 2, NULL, 0), 0);

    uint64_t expected = 1;
    uint64_t hash = 14695981039346656037ULL;
    const int32_t timeouts[] = { 0, -1, 5, 0, 25, -1, 1, 0 };
    for (int i = 0; i < 24; i++) {
        size_t length = (size_t)(((i * 397) % 2000) + 2) & ~(size_t)1;
        i2s_sim_stats_t before;
        CHECK(i2s_sim_get_stats(0, I2S_SIM_DIR_RX, &before) == 0);
        if (i % 7 == 3) {
            i2s_sim_advance_us(600000); /* longer than the ring: overruns */
        }
        esp_err_t err = i2sgen_host_read(tag, buffer, length, &count, timeouts[i % 8]);
        char what[64];
        snprintf(what, sizeof(what), "read %lu t=%ld", (unsigned long)length, (long)timeouts[i % 8]);
        print_result(what, err, count);
        i2s_sim_stats_t after;
        CHECK(i2s_sim_get_stats(0, I2S_SIM_DIR_RX, &after) == 0);
        /*
         * Frame n of the pattern holds n + 1 (16 bits here): frames arrive in order, with one gap at most, and only in a
         * call that saw an overrun (a part of a buffer taken earlier comes first, then the queue, whose oldest buffers
         * were dropped).
         */
        int gaps_allowed = after.overrun_frames != before.overrun_frames ? 1 : 0;
        for (size_t f = 0; f + 2 <= count; f += 2) {
            uint64_t value = i2s_sim_pattern_value(buffer + f, 2);
            if (value != (expected & 0xffff)) {
                CHECK(gaps_allowed-- > 0);
            }
            expected = value + 1;
        }
        hash = fnv1a(buffer, count, hash);
        print_stats(0, I2S_SIM_DIR_RX);
    }
    printf("read data fnv1a %016" PRIx64 "\n", hash);
    print_result("deinit", i2sgen_host_deinit(tag), 0);
    print_result("deinit again", i2sgen_host_deinit(tag), 0);
    print_stats(0, I2S_SIM_DIR_RX);
}

static void speaker(void)
{
    /* 44.1 kHz, 16-bit stereo, legacy driver, 4 x 128 frames: played data goes to a memory sink. */
    i2sgen_host_config_t c = base_config();
    c.driver = I2SGEN_HOST_DRIVER_LEGACY;
    c.receive = 0;
    c.port = 1;
    c.sample_rate_hz = 44100;
    c.bits_per_sample = 16;
    c.channels = 2;
    c.bytes_per_frame = 4;
    c.dma_desc_num = 4;
    c.dma_frame_num = 128;
    c.channel_format = 0; /* I2S_CHANNEL_FMT_RIGHT_LEFT */
    c.comm_format = 1;    /* I2S_COMM_FORMAT_STAND_I2S */
    c.bclk_pin = 26;
    c.ws_pin = 25;
    c.dout_pin = 22;
    const char *tag = "spk_i2s";
    uint8_t buffer[4096];
    size_t count = 0;
    uint64_t frame = 0;

    CHECK(i2s_sim_sink_memory(1, 1u << 20) == 0);
    print_result("init", i2sgen_host_init(tag, &c), 0);
    const int32_t timeouts[] = { -1, 0, 3, 0, -1, 12 };
    for (int i = 0; i < 18; i++) {
        size_t frames = (size_t)((i * 211) % 900) + 1;
        i2s_sim_pattern_fill(buffer, 4, frame, frames);
        if (i % 5 == 2) {
            i2s_sim_advance_us(40000); /* longer than the ring: underruns */
        }
        esp_err_t err = i2sgen_host_write(tag, buffer, frames * 4, &count, timeouts[i % 6]);
        char what[64];
        snprintf(what, sizeof(what), "write %lu t=%ld", (unsigned long)(frames * 4), (long)timeouts[i % 6]);
        print_result(what, err, count);
        frame += count / 4;
        print_stats(1, I2S_SIM_DIR_TX);
    }
    i2s_sim_advance_us(100000);
    print_result("deinit", i2sgen_host_deinit(tag), 0);
    uint64_t size = i2s_sim_sink_memory_size(1);
    uint8_t *played = malloc((size_t)size + 1);
    CHECK(played != NULL);
    uint64_t copied = i2s_sim_sink_memory_read(1, 0, played, size);
    printf("played %" PRIu64 " bytes fnv1a %016" PRIx64 "\n", copied, fnv1a(played, (size_t)copied, 14695981039346656037ULL));
    free(played);
    print_stats(1, I2S_SIM_DIR_TX);
}

/* Two members of one bus: a 16-bit stereo microphone and speaker, 16 kHz, 6 x 240 frames, the same BCK/WS. */
static void shared_pair(i2sgen_host_config_t *mic, i2sgen_host_config_t *spk, int32_t driver, int32_t port, int32_t sharing)
{
    *mic = base_config();
    mic->driver = driver;
    mic->receive = 1;
    mic->port = port;
    mic->sample_rate_hz = 16000;
    mic->bits_per_sample = 16;
    mic->channels = 2;
    mic->bytes_per_frame = 4;
    mic->dma_desc_num = 6;
    mic->dma_frame_num = 240;
    mic->slot_mode = 2;      /* I2S_SLOT_MODE_STEREO */
    mic->slot_mask = 3;      /* I2S_STD_SLOT_BOTH */
    mic->ws_width = 16;
    mic->bit_shift = 1;
    mic->msb_right = 1;
    mic->channel_format = 0; /* I2S_CHANNEL_FMT_RIGHT_LEFT */
    mic->comm_format = 1;    /* I2S_COMM_FORMAT_STAND_I2S */
    mic->bclk_pin = 19;
    mic->ws_pin = 18;
    mic->din_pin = 36;
    mic->sharing = sharing;
    *spk = *mic;
    spk->receive = 0;
    spk->din_pin = -1;
    spk->dout_pin = 27;
}

/* Shared buses (issue 11): taking turns refuses the second member until the first deinits; a full-duplex pair
 * plays a pattern and records it back over the loopback source, either member closing first. */
static void shared_buses(int32_t driver, const char *name)
{
    printf("== shared buses, %s\n", name);
    i2sgen_host_config_t mic;
    i2sgen_host_config_t spk;
    shared_pair(&mic, &spk, driver, 0, I2SGEN_HOST_SHARING_TAKE_TURNS);
    print_result("turns: mic init", i2sgen_host_init("turns_mic_i2s", &mic), 0);
    esp_err_t err = i2sgen_host_init("turns_spk_i2s", &spk);
    print_result("turns: speaker init while mic open", err, 0);
    CHECK(err == ESP_ERR_INVALID_STATE);
    print_stats(0, I2S_SIM_DIR_TX);
    print_result("turns: mic deinit", i2sgen_host_deinit("turns_mic_i2s"), 0);
    err = i2sgen_host_init("turns_spk_i2s", &spk);
    print_result("turns: speaker init", err, 0);
    CHECK(err == ESP_OK);
    print_result("turns: speaker deinit", i2sgen_host_deinit("turns_spk_i2s"), 0);

    shared_pair(&mic, &spk, driver, 1, I2SGEN_HOST_SHARING_FULL_DUPLEX);
    CHECK(i2s_sim_source_loopback(1, 1, 0, 1.0) == 0);
    err = i2sgen_host_init("duplex_mic_i2s", &mic);
    print_result("duplex: plain init refused", err, 0);
    CHECK(err == ESP_ERR_INVALID_ARG);
    err = i2sgen_host_init_duplex("duplex_mic_i2s", &mic, "duplex_spk_i2s", &spk);
    print_result("duplex: mic init", err, 0);
    CHECK(err == ESP_OK);
    err = i2sgen_host_init_duplex("duplex_spk_i2s", &spk, "duplex_mic_i2s", &mic);
    print_result("duplex: speaker init", err, 0);
    CHECK(err == ESP_OK);
    static uint8_t sent[4 * 960];
    for (size_t i = 0; i < sizeof sent; i++) {
        sent[i] = (uint8_t)(i * 7 + 1);
    }
    size_t count = 0;
    err = i2sgen_host_write("duplex_spk_i2s", sent, sizeof sent, &count, -1);
    print_result("duplex: write", err, count);
    CHECK(err == ESP_OK && count == sizeof sent);
    static uint8_t heard[16 * 960];
    size_t total = 0;
    while (total < sizeof heard) {
        err = i2sgen_host_read("duplex_mic_i2s", heard + total, 960, &count, -1);
        CHECK(err == ESP_OK && count == 960);
        total += count;
    }
    print_result("duplex: read", err, total);
    /* The pattern comes back whole, after the driver's latency (leading silence). */
    size_t onset = 0;
    while (onset < sizeof heard && heard[onset] == 0) {
        onset++;
    }
    printf("duplex: pattern back at byte %lu\n", (unsigned long)onset);
    CHECK(onset + sizeof sent <= sizeof heard && memcmp(heard + onset, sent, sizeof sent) == 0);
    print_stats(1, I2S_SIM_DIR_RX);
    print_result("duplex: speaker deinit", i2sgen_host_deinit("duplex_spk_i2s"), 0);
    err = i2sgen_host_read("duplex_mic_i2s", heard, 960, &count, -1);
    print_result("duplex: read after the speaker closed", err, count);
    CHECK(err == ESP_OK && count == 960);
    print_result("duplex: mic deinit", i2sgen_host_deinit("duplex_mic_i2s"), 0);
    print_stats(1, I2S_SIM_DIR_RX);
    print_stats(1, I2S_SIM_DIR_TX);
    i2s_sim_stats_t s;
    CHECK(i2s_sim_get_stats(1, I2S_SIM_DIR_TX, &s) == 0 && s.state == I2S_SIM_STATE_NONE);
}

int main(void)
{
    i2s_sim_set_log_level(0); /* keep stderr quiet; the last error is in the trace */
    printf("config size %u\n", (unsigned)i2sgen_host_config_size());
    CHECK(i2sgen_host_config_size() == sizeof(i2sgen_host_config_t));
    i2s_sim_reset();
    microphone();
    i2s_sim_reset();
    speaker();
    i2s_sim_reset();
    shared_buses(I2SGEN_HOST_DRIVER_STD, "std");
    i2s_sim_reset();
    shared_buses(I2SGEN_HOST_DRIVER_LEGACY, "legacy");
    printf("%s\n", s_failures == 0 ? "harness: all checks passed" : "harness: checks FAILED");
    return s_failures == 0 ? 0 : 1;
}
