/*
 * TX sinks: where the virtual DAC's output goes. Each played DMA buffer is delivered whole, including
 * underrun silence (or the stale content a buffer without auto-clear repeats), as it would be on the wire.
 */
#include <stdlib.h>
#include <string.h>

#include "esp_err.h"
#include "esp_log.h"
#include "sim_sink.h"

static void wr_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static void wr_u16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

/* Writes a 44-byte canonical PCM header for data_bytes of payload at the start of the file. */
static void wav_write_header(FILE *f, uint32_t rate, uint32_t channels, uint32_t bits, uint64_t data_bytes)
{
    uint8_t h[44];
    uint32_t data = data_bytes > 0xFFFFFFFFULL - 36U ? 0xFFFFFFFFU - 36U : (uint32_t)data_bytes;
    uint32_t block = channels * (bits / 8U);
    memcpy(h, "RIFF", 4);
    wr_u32(h + 4, 36U + data);
    memcpy(h + 8, "WAVE", 4);
    memcpy(h + 12, "fmt ", 4);
    wr_u32(h + 16, 16);
    wr_u16(h + 20, 1);
    wr_u16(h + 22, (uint16_t)channels);
    wr_u32(h + 24, rate);
    wr_u32(h + 28, rate * block);
    wr_u16(h + 32, (uint16_t)block);
    wr_u16(h + 34, (uint16_t)bits);
    memcpy(h + 36, "data", 4);
    wr_u32(h + 40, data);
    (void)fseek(f, 0, SEEK_SET);
    (void)fwrite(h, 1, sizeof(h), f);
}

void sim_sink_flush(sim_sink_t *sink)
{
    if (sink->wav && sink->wav_header_written) {
        wav_write_header(sink->wav, sink->wav_rate, sink->wav_channels, sink->wav_container_bits, sink->wav_bytes);
        (void)fseek(sink->wav, 0, SEEK_END);
        (void)fflush(sink->wav);
    }
}

void sim_sink_release(sim_sink_t *sink)
{
    if (sink->wav) {
        if (sink->wav_header_written) {
            wav_write_header(sink->wav, sink->wav_rate, sink->wav_channels, sink->wav_container_bits, sink->wav_bytes);
        } else {
            /* Nothing was played: still leave a valid, empty 16-bit mono file. */
            wav_write_header(sink->wav, 8000, 1, 16, 0);
        }
        fclose(sink->wav);
    }
    free(sink->mem);
    memset(sink, 0, sizeof(*sink));
}

static sim_sink_t *replace_sink(sim_sink_t *sink, sim_sink_kind_t kind)
{
    sim_sink_release(sink);
    sink->kind = kind;
    return sink;
}

void sim_sink_set_null(sim_sink_t *sink)
{
    replace_sink(sink, SINK_NULL);
}

void sim_sink_set_memory(sim_sink_t *sink, uint64_t max_bytes)
{
    replace_sink(sink, SINK_MEMORY)->mem_max = max_bytes;
}

uint64_t sim_sink_memory_size(const sim_sink_t *sink)
{
    return sink->mem_size;
}

uint64_t sim_sink_memory_read(const sim_sink_t *sink, uint64_t offset, void *dst, uint64_t len)
{
    if (offset >= sink->mem_size) {
        return 0;
    }
    uint64_t n = sink->mem_size - offset < len ? sink->mem_size - offset : len;
    memcpy(dst, sink->mem + offset, (size_t)n);
    return n;
}

int sim_sink_set_wav(sim_sink_t *sink, const char *path)
{
    if (!path) {
        return ESP_ERR_INVALID_ARG;
    }
    FILE *f = fopen(path, "wb+");
    if (!f) {
        return ESP_FAIL;
    }
    replace_sink(sink, SINK_WAV)->wav = f;
    return ESP_OK;
}

int sim_sink_set_callback(sim_sink_t *sink, i2s_sim_sink_fn fn, void *user)
{
    if (!fn) {
        return ESP_ERR_INVALID_ARG;
    }
    replace_sink(sink, SINK_CALLBACK);
    sink->callback = fn;
    sink->user = user;
    return ESP_OK;
}

static void memory_append(sim_sink_t *sink, const uint8_t *data, uint32_t bytes)
{
    uint64_t room = sink->mem_max > sink->mem_size ? sink->mem_max - sink->mem_size : 0;
    uint64_t n = bytes < room ? bytes : room;
    if (n == 0) {
        return;
    }
    if (sink->mem_size + n > sink->mem_cap) {
        uint64_t cap = sink->mem_cap ? sink->mem_cap : 4096U;
        while (cap < sink->mem_size + n) {
            cap *= 2U;
        }
        if (cap > sink->mem_max) {
            cap = sink->mem_max;
        }
        uint8_t *grown = realloc(sink->mem, (size_t)cap);
        if (!grown) {
            ESP_LOGE("i2s_sim", "memory sink: out of memory, further data not kept");
            sink->mem_max = sink->mem_size;
            return;
        }
        sink->mem = grown;
        sink->mem_cap = cap;
    }
    memcpy(sink->mem + sink->mem_size, data, (size_t)n);
    sink->mem_size += n;
}

static void sink_play(void *self, const sim_format_t *fmt, const sim_span_t *span, const uint8_t *data, uint32_t bytes,
                      uint32_t data_bytes, uint32_t bytes_per_frame)
{
    (void)span; /* a sink keeps bytes, not instants */
    sim_sink_t *sink = self;
    switch (sink->kind) {
    case SINK_NULL:
        break;
    case SINK_MEMORY:
        memory_append(sink, data, bytes);
        break;
    case SINK_CALLBACK:
        sink->callback(sink->user, data, bytes, data_bytes, bytes_per_frame);
        break;
    case SINK_WAV:
        if (!sink->wav_header_written) {
            sink->wav_rate = fmt->sample_rate_hz;
            sink->wav_channels = fmt->channels;
            sink->wav_container_bits = fmt->bytes_per_sample * 8U;
            wav_write_header(sink->wav, sink->wav_rate, sink->wav_channels, sink->wav_container_bits, 0);
            sink->wav_header_written = true;
        }
        if (fwrite(data, 1, bytes, sink->wav) != bytes) {
            ESP_LOGE("i2s_sim", "wav sink: write failed");
        }
        sink->wav_bytes += bytes;
        break;
    }
}

static const sim_endpoint_ops_t s_sink_ops = {
    .fill = NULL,
    .play = sink_play,
};

sim_endpoint_t sim_sink_endpoint(sim_sink_t *sink)
{
    sim_endpoint_t ep = {&s_sink_ops, sink};
    return ep;
}
