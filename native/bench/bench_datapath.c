/*
 * Benchmark of the simulator's data path: bytes/s through i2s_channel_read (RX) and
 * i2s_channel_write (TX) compared with memcpy of the same bytes in the same run. Reported as a ratio
 * (sim throughput / memcpy throughput); it is a measurement, not a test, and nothing asserts on it.
 * The sim path includes generating the samples (counter pattern) / sending them to a null sink.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "driver/i2s_std.h"
#include "freertos/FreeRTOS.h"
#include "i2s_sim.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile uint8_t s_sink;

static double time_memcpy(const uint8_t *a, uint8_t *b, size_t chunk, size_t total)
{
    double t = now_s();
    for (size_t done = 0; done < total; done += chunk) {
        memcpy(b, a, chunk);
        s_sink ^= b[done % chunk];
    }
    return now_s() - t;
}

static i2s_chan_handle_t channel(bool tx)
{
    i2s_chan_config_t cc = I2S_CHANNEL_DEFAULT_CONFIG(tx ? I2S_NUM_1 : I2S_NUM_0, I2S_ROLE_MASTER);
    cc.dma_desc_num = 8;
    cc.dma_frame_num = 511;
    cc.auto_clear = true;
    i2s_chan_handle_t h = NULL;
    i2s_std_config_t sc = {
        .clk_cfg = I2S_STD_CLK_DEFAULT_CONFIG(48000),
        .slot_cfg = I2S_STD_PHILIPS_SLOT_DEFAULT_CONFIG(I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO),
        .gpio_cfg = {.mclk = I2S_GPIO_UNUSED, .bclk = GPIO_NUM_14, .ws = GPIO_NUM_13, .dout = GPIO_NUM_25,
                     .din = GPIO_NUM_12, .invert_flags = {0, 0, 0}},
    };
    if (i2s_new_channel(&cc, tx ? &h : NULL, tx ? NULL : &h) != ESP_OK ||
            i2s_channel_init_std_mode(h, &sc) != ESP_OK || i2s_channel_enable(h) != ESP_OK) {
        fprintf(stderr, "channel setup failed\n");
        exit(1);
    }
    return h;
}

int main(int argc, char **argv)
{
    size_t chunk = 16384;
    size_t total = (size_t)256 << 20; /* 256 MiB per measurement */
    if (argc > 1) {
        total = (size_t)strtoull(argv[1], NULL, 10) << 20;
    }
    uint8_t *a = malloc(chunk), *b = malloc(chunk);
    memset(a, 1, chunk);
    memset(b, 2, chunk);
    volatile uint8_t sink = 0;

    double memcpy_before = time_memcpy(a, b, chunk, total);

    i2s_sim_reset();
    (void)i2s_sim_source_silence(0);
    i2s_chan_handle_t rx = channel(false);
    double t = now_s();
    for (size_t done = 0; done < total; done += chunk) {
        size_t n = 0;
        (void)i2s_channel_read(rx, b, chunk, &n, portMAX_DELAY);
        sink ^= b[0];
    }
    double rx_silence_s = now_s() - t;

    (void)i2s_sim_source_pattern(0);
    t = now_s();
    for (size_t done = 0; done < total; done += chunk) {
        size_t n = 0;
        (void)i2s_channel_read(rx, b, chunk, &n, portMAX_DELAY);
        sink ^= b[0];
    }
    double rx_s = now_s() - t;

    (void)i2s_sim_sink_null(1);
    i2s_chan_handle_t tx = channel(true);
    t = now_s();
    for (size_t done = 0; done < total; done += chunk) {
        size_t n = 0;
        (void)i2s_channel_write(tx, a, chunk, &n, portMAX_DELAY);
    }
    double tx_s = now_s() - t;
    double virtual_s = (double)i2s_sim_now_us() / 1e6;
    i2s_sim_reset();
    (void)sink;
    /* memcpy is timed before and after (CPU clock ramp-up); the faster run is the reference. */
    double memcpy_after = time_memcpy(a, b, chunk, total);
    double memcpy_s = memcpy_before < memcpy_after ? memcpy_before : memcpy_after;

    double mb = (double)total / (1024.0 * 1024.0);
    printf("bytes per measurement: %.0f MiB in %zu-byte calls (48 kHz 32-bit stereo, 8 x 4088-byte DMA buffers)\n", mb, chunk);
    printf("memcpy            : %9.1f MiB/s\n", mb / memcpy_s);
    printf("i2s_channel_read  : %9.1f MiB/s  ratio to memcpy %.3f  (silence source: DMA ring + copy)\n",
           mb / rx_silence_s, memcpy_s / rx_silence_s);
    printf("i2s_channel_read  : %9.1f MiB/s  ratio to memcpy %.3f  (frame-counter source)\n", mb / rx_s, memcpy_s / rx_s);
    printf("i2s_channel_write : %9.1f MiB/s  ratio to memcpy %.3f  (null sink)\n", mb / tx_s, memcpy_s / tx_s);
    printf("virtual time simulated: %.1f s (RX then TX)\n", virtual_s);
    free(a);
    free(b);
    return 0;
}
