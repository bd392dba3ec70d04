/*
 * WAV sink -> WAV source round trip, WAV header contents, and the tone / chirp / silence sources.
 */
#include <math.h>
#include <stdlib.h>

#include "test_util.h"

#define FRAMES 240
#define BUF (FRAMES * 4)

static const char *k_wav = "i2ssim_roundtrip.wav";

/* Plays 8 buffers of a known signal on port 1 and returns the bytes the sink received. */
static uint64_t play_known_signal(uint8_t *played, uint64_t cap, bool to_wav)
{
    if (to_wav) {
        CHECK_EQ(i2s_sim_sink_wav(1, k_wav), ESP_OK);
    } else {
        CHECK_EQ(i2s_sim_sink_memory(1, cap), ESP_OK);
    }
    i2s_chan_handle_t tx = std_channel(I2S_NUM_1, true, 4, FRAMES, 22050, I2S_DATA_BIT_WIDTH_16BIT,
                                       I2S_SLOT_MODE_STEREO, true, true);
    static uint8_t buf[BUF * 6];
    for (size_t i = 0; i < sizeof buf; i += 2) {
        int16_t v = (int16_t)(8000.0 * sin((double)i / 37.0));
        buf[i] = (uint8_t)v;
        buf[i + 1] = (uint8_t)((uint16_t)v >> 8);
    }
    size_t n = 0;
    CHECK_EQ(i2s_channel_write(tx, buf, sizeof buf, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, sizeof buf);
    CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
    CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    uint64_t got = to_wav ? 0 : i2s_sim_sink_memory_read(1, 0, played, cap);
    CHECK_EQ(i2s_sim_sink_detach(1), ESP_OK);
    return got;
}

static void wav_round_trip(void)
{
    static uint8_t expected[BUF * 16];
    uint64_t len = play_known_signal(expected, sizeof expected, false);
    CHECK(len > 6 * BUF);
    i2s_sim_reset();
    (void)play_known_signal(NULL, 0, true);

    /* header */
    FILE *f = fopen(k_wav, "rb");
    CHECK(f != NULL);
    if (!f) {
        return;
    }
    uint8_t h[44];
    CHECK_EQ(fread(h, 1, 44, f), 44);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    CHECK(memcmp(h, "RIFF", 4) == 0 && memcmp(h + 8, "WAVE", 4) == 0 && memcmp(h + 36, "data", 4) == 0);
    CHECK_EQ(h[22], 2);                                              /* channels */
    CHECK_EQ(h[24] | (h[25] << 8) | (h[26] << 16), 22050);           /* rate */
    CHECK_EQ(h[34], 16);                                             /* bits */
    CHECK_EQ((long)(h[40] | (h[41] << 8) | (h[42] << 16)), size - 44); /* data size */
    CHECK_EQ(size - 44, (long)len);

    /* read it back through an RX channel with the same format */
    i2s_sim_reset();
    CHECK_EQ(i2s_sim_source_wav(0, k_wav, 0), ESP_OK);
    i2s_chan_handle_t rx = std_channel(I2S_NUM_0, false, 4, FRAMES, 22050, I2S_DATA_BIT_WIDTH_16BIT,
                                       I2S_SLOT_MODE_STEREO, false, true);
    static uint8_t got[BUF * 16];
    size_t n = 0;
    CHECK_EQ(i2s_channel_read(rx, got, (size_t)len, &n, portMAX_DELAY), ESP_OK);
    CHECK_EQ(n, len);
    CHECK(memcmp(got, expected, (size_t)len) == 0);
    /* after the end (no loop): silence */
    CHECK_EQ(i2s_channel_read(rx, got, BUF, &n, portMAX_DELAY), ESP_OK);
    uint8_t zero[BUF] = {0};
    CHECK(memcmp(got, zero, BUF) == 0);
    /* looping restarts at the first frame */
    i2s_sim_reset();
    CHECK_EQ(i2s_sim_source_wav(0, k_wav, 1), ESP_OK);
    rx = std_channel(I2S_NUM_0, false, 4, FRAMES, 22050, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, false, true);
    CHECK_EQ(i2s_channel_read(rx, got, (size_t)len + BUF, &n, portMAX_DELAY), ESP_OK);
    CHECK(memcmp(got + len, expected, BUF) == 0);
    remove(k_wav);
}

static void wav_source_errors(void)
{
    CHECK_EQ(i2s_sim_source_wav(0, "does/not/exist.wav", 0), ESP_ERR_NOT_FOUND);
    FILE *f = fopen("i2ssim_bad.wav", "wb");
    CHECK(f != NULL);
    if (f) {
        fputs("RIFF....WAVEjunk", f);
        fclose(f);
    }
    CHECK_EQ(i2s_sim_source_wav(0, "i2ssim_bad.wav", 0), ESP_ERR_NOT_SUPPORTED);
    remove("i2ssim_bad.wav");
    CHECK_EQ(i2s_sim_source_wav(5, "x", 0), ESP_ERR_INVALID_ARG);
    CHECK_EQ(i2s_sim_sink_wav(0, "no/such/dir/x.wav"), ESP_FAIL);
}

static void tone_source(void)
{
    /* 1 kHz at half scale, 48 kHz 32-bit mono: 48 samples per period, peak 0.5 of full scale */
    CHECK_EQ(i2s_sim_source_tone(0, 1000.0, 0.5), ESP_OK);
    i2s_chan_handle_t rx = std_channel(I2S_NUM_0, false, 4, 480, 48000, I2S_DATA_BIT_WIDTH_32BIT,
                                       I2S_SLOT_MODE_MONO, false, true);
    static int32_t s[4800];
    size_t n = 0;
    CHECK_EQ(i2s_channel_read(rx, s, sizeof s, &n, portMAX_DELAY), ESP_OK);
    int32_t peak = 0;
    int crossings = 0;
    for (size_t i = 0; i < 4800; i++) {
        peak = abs(s[i]) > peak ? abs(s[i]) : peak;
        if (i > 0 && (s[i - 1] < 0) != (s[i] < 0)) {
            crossings++;
        }
    }
    CHECK(fabs((double)peak / 2147483647.0 - 0.5) < 0.01);
    CHECK(crossings >= 198 && crossings <= 200); /* 100 periods in 0.1 s */
    CHECK_EQ(i2s_sim_source_tone(0, 1000.0, 1.5), ESP_ERR_INVALID_ARG);
}

static void chirp_and_silence(void)
{
    CHECK_EQ(i2s_sim_source_chirp(0, 100.0, 4000.0, 1.0, 0.8), ESP_OK);
    i2s_chan_handle_t rx = std_channel(I2S_NUM_0, false, 4, 400, 16000, I2S_DATA_BIT_WIDTH_16BIT,
                                       I2S_SLOT_MODE_MONO, false, true);
    static int16_t s[16000];
    size_t n = 0;
    CHECK_EQ(i2s_channel_read(rx, s, sizeof s, &n, portMAX_DELAY), ESP_OK);
    int early = 0, late = 0;
    for (int i = 1; i < 1600; i++) {
        early += (s[i - 1] < 0) != (s[i] < 0);
        late += (s[14400 + i - 1] < 0) != (s[14400 + i] < 0);
    }
    CHECK(late > 10 * early); /* the frequency rises over the second */
    /* sources are sampled when a buffer completes: after switching, the next buffer is silent */
    CHECK_EQ(i2s_sim_source_silence(0), ESP_OK);
    CHECK_EQ(i2s_channel_read(rx, s, 800, &n, portMAX_DELAY), ESP_OK);
    int nonzero = 0;
    for (int i = 0; i < 400; i++) {
        nonzero += s[i] != 0;
    }
    CHECK_EQ(nonzero, 0);
}

int main(void)
{
    RUN(wav_round_trip);
    RUN(wav_source_errors);
    RUN(tone_source);
    RUN(chirp_and_silence);
    TEST_MAIN_END();
}
