/*
 * RX sources: what the virtual microphone delivers into each DMA buffer. Samples are produced as
 * signed 32-bit full-scale values and then stored little-endian, left-justified in the DMA container
 * of the channel's data width (ESP32: 8/16-bit data in 2 bytes, 24/32-bit data in 4 bytes).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "esp_err.h"
#include "sim_source.h"

#define SIM_PI 3.14159265358979323846

void sim_source_release(sim_source_t *src)
{
    if (src->wav) {
        fclose(src->wav);
    }
    if (src->kind == SRC_LOOPBACK && src->wire) {
        sim_wire_unlisten(src->wire);
    }
    memset(src, 0, sizeof(*src));
}

static sim_source_t *replace_source(sim_source_t *src, sim_source_kind_t kind)
{
    sim_source_release(src);
    src->kind = kind;
    return src;
}

int sim_source_set_silence(sim_source_t *src)
{
    replace_source(src, SRC_SILENCE);
    return ESP_OK;
}

int sim_source_set_tone(sim_source_t *src, double frequency_hz, double amplitude)
{
    if (!(frequency_hz >= 0.0) || !(amplitude >= 0.0 && amplitude <= 1.0)) {
        return ESP_ERR_INVALID_ARG;
    }
    replace_source(src, SRC_TONE);
    src->frequency_hz = frequency_hz;
    src->amplitude = amplitude;
    return ESP_OK;
}

int sim_source_set_chirp(sim_source_t *src, double start_hz, double end_hz, double duration_s, double amplitude)
{
    if (!(start_hz >= 0.0) || !(end_hz >= 0.0) || !(duration_s > 0.0) ||
            !(amplitude >= 0.0 && amplitude <= 1.0)) {
        return ESP_ERR_INVALID_ARG;
    }
    replace_source(src, SRC_CHIRP);
    src->frequency_hz = start_hz;
    src->end_hz = end_hz;
    src->duration_s = duration_s;
    src->amplitude = amplitude;
    return ESP_OK;
}

int sim_source_set_pattern(sim_source_t *src)
{
    replace_source(src, SRC_PATTERN);
    return ESP_OK;
}

int sim_source_set_callback(sim_source_t *src, i2s_sim_source_fn fn, void *user)
{
    if (!fn) {
        return ESP_ERR_INVALID_ARG;
    }
    replace_source(src, SRC_CALLBACK);
    src->callback = fn;
    src->user = user;
    return ESP_OK;
}

int sim_source_set_loopback(sim_source_t *src, sim_wire_t *wire, uint32_t delay_frames, double gain,
                            sim_wire_sync_fn sync, void *sync_ctx)
{
    if (!wire || !sync || delay_frames > SIM_WIRE_MAX_DELAY_FRAMES || !(gain >= 0.0 && gain <= 1e6)) {
        return ESP_ERR_INVALID_ARG;
    }
    /* Listen first: re-attaching a loopback to the same wire must not free its history in between. */
    sim_wire_listen(wire, delay_frames);
    replace_source(src, SRC_LOOPBACK);
    src->wire = wire;
    src->delay_frames = delay_frames;
    src->gain = gain;
    src->sync = sync;
    src->sync_ctx = sync_ctx;
    return ESP_OK;
}

/* ---------------------------------------------------------------- WAV reading */

static uint32_t rd_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint16_t rd_u16(const uint8_t *p)
{
    return (uint16_t)(p[0] | (p[1] << 8));
}

int sim_source_set_wav(sim_source_t *src, const char *path, int loop)
{
    if (!path) {
        return ESP_ERR_INVALID_ARG;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        return ESP_ERR_NOT_FOUND;
    }
    uint8_t hdr[12];
    if (fread(hdr, 1, 12, f) != 12 || memcmp(hdr, "RIFF", 4) != 0 || memcmp(hdr + 8, "WAVE", 4) != 0) {
        fclose(f);
        return ESP_ERR_NOT_SUPPORTED;
    }
    uint32_t channels = 0, bits = 0, block_align = 0;
    bool have_fmt = false;
    for (;;) {
        uint8_t ch[8];
        if (fread(ch, 1, 8, f) != 8) {
            fclose(f);
            return ESP_ERR_NOT_SUPPORTED;
        }
        uint32_t size = rd_u32(ch + 4);
        if (memcmp(ch, "fmt ", 4) == 0) {
            uint8_t fmt[40];
            if (size < 16 || size > sizeof(fmt) || fread(fmt, 1, size, f) != size) {
                fclose(f);
                return ESP_ERR_NOT_SUPPORTED;
            }
            uint16_t tag = rd_u16(fmt);
            /* WAVE_FORMAT_EXTENSIBLE carries the real format in the first two bytes of its GUID. */
            if (tag == 0xFFFE && size >= 26) {
                tag = rd_u16(fmt + 24);
            }
            channels = rd_u16(fmt + 2);
            block_align = rd_u16(fmt + 12);
            bits = rd_u16(fmt + 14);
            if (tag != 1 || channels == 0 || (bits != 8 && bits != 16 && bits != 24 && bits != 32) ||
                    block_align != channels * (bits / 8U)) {
                fclose(f);
                return ESP_ERR_NOT_SUPPORTED;
            }
            have_fmt = true;
            if (size & 1U) {
                (void)fseek(f, 1, SEEK_CUR);
            }
        } else if (memcmp(ch, "data", 4) == 0) {
            if (!have_fmt) {
                fclose(f);
                return ESP_ERR_NOT_SUPPORTED;
            }
            replace_source(src, SRC_WAV);
            src->wav = f;
            src->wav_data_offset = ftell(f);
            src->wav_data_bytes = size - size % block_align;
            src->wav_channels = channels;
            src->wav_bits = bits;
            src->wav_block_align = block_align;
            src->wav_loop = loop != 0;
            return ESP_OK;
        } else {
            if (fseek(f, (long)size + (long)(size & 1U), SEEK_CUR) != 0) {
                fclose(f);
                return ESP_ERR_NOT_SUPPORTED;
            }
        }
    }
}

/* Reads one WAV frame into samples[0..1] as left-justified int32. Returns false at the end. */
static bool wav_next(sim_source_t *src, int32_t out[2])
{
    if (src->wav_pos >= src->wav_data_bytes) {
        if (!src->wav_loop || src->wav_data_bytes == 0) {
            return false;
        }
        src->wav_pos = 0;
        (void)fseek(src->wav, src->wav_data_offset, SEEK_SET);
    }
    uint8_t frame[64];
    uint32_t want = src->wav_block_align;
    uint32_t bps = src->wav_bits / 8U;
    int32_t v[2] = {0, 0};
    uint32_t used = want <= sizeof(frame) ? want : 2U * bps;
    if (fread(frame, 1, used, src->wav) != used) {
        src->wav_pos = src->wav_data_bytes;
        return false;
    }
    if (used < want) {
        (void)fseek(src->wav, (long)(want - used), SEEK_CUR);
    }
    src->wav_pos += want;
    for (uint32_t c = 0; c < 2 && c < src->wav_channels; c++) {
        const uint8_t *s = frame + c * bps;
        uint32_t u = 0;
        switch (bps) {
        case 1: u = (uint32_t)(s[0] ^ 0x80U) << 24; break; /* 8-bit WAV is unsigned */
        case 2: u = (uint32_t)rd_u16(s) << 16; break;
        case 3: u = ((uint32_t)s[0] << 8) | ((uint32_t)s[1] << 16) | ((uint32_t)s[2] << 24); break;
        default: u = rd_u32(s); break;
        }
        v[c] = (int32_t)u;
    }
    if (src->wav_channels == 1) {
        v[1] = v[0];
    }
    out[0] = v[0];
    out[1] = v[1];
    return true;
}

/* ---------------------------------------------------------------- filling */

static void store_sample(uint8_t *dst, const sim_format_t *fmt, int32_t v)
{
    sim_sample_store(dst, fmt, v);
}

static int32_t full_scale(double x)
{
    double v = x * 2147483647.0;
    if (v > 2147483647.0) {
        v = 2147483647.0;
    } else if (v < -2147483648.0) {
        v = -2147483648.0;
    }
    return (int32_t)v;
}

void i2s_sim_pattern_fill(void *dst, uint32_t bytes_per_frame, uint64_t first_frame, uint64_t count)
{
    uint8_t *p = dst;
    for (uint64_t i = 0; i < count; i++) {
        uint64_t v = first_frame + i + 1U;
        for (uint32_t b = 0; b < bytes_per_frame; b++) {
            p[b] = (uint8_t)(b < 8 ? (v >> (8U * b)) & 0xFFU : 0U);
        }
        p += bytes_per_frame;
    }
}

uint64_t i2s_sim_pattern_value(const void *frame, uint32_t bytes_per_frame)
{
    const uint8_t *p = frame;
    uint64_t v = 0;
    for (uint32_t b = 0; b < bytes_per_frame && b < 8; b++) {
        v |= (uint64_t)p[b] << (8U * b);
    }
    return v;
}

static int32_t scaled(int32_t v, double gain)
{
    return gain == 1.0 ? v : full_scale((double)v / 2147483648.0 * gain);
}

/* Loopback: RX frame i is captured at span->first_us + i * period; it hears what the wire carried
 * delay_frames RX periods earlier (silence where the TX was not sending). */
static void loopback_fill(sim_source_t *src, const sim_format_t *fmt, const sim_span_t *span, uint8_t *dst,
                          uint32_t frames, uint32_t bytes_per_frame)
{
    double lag = (double)src->delay_frames * span->period_us;
    src->sync(src->sync_ctx, span->first_us + (double)frames * span->period_us - lag);
    for (uint32_t i = 0; i < frames; i++) {
        int32_t s[2];
        (void)sim_wire_at(src->wire, span->first_us + (double)i * span->period_us - lag, s);
        uint8_t *frame = dst + (size_t)i * bytes_per_frame;
        if (fmt->channels == 1) {
            store_sample(frame, fmt, scaled(s[fmt->mono_pick ? 1 : 0], src->gain));
        } else {
            store_sample(frame, fmt, scaled(s[0], src->gain));
            store_sample(frame + fmt->bytes_per_sample, fmt, scaled(s[1], src->gain));
        }
    }
}

static void source_fill(void *self, const sim_format_t *fmt, const sim_span_t *span, uint8_t *dst, uint32_t frames,
                        uint32_t bytes_per_frame)
{
    sim_source_t *src = self;
    uint32_t bytes = frames * bytes_per_frame;
    switch (src->kind) {
    case SRC_LOOPBACK:
        loopback_fill(src, fmt, span, dst, frames, bytes_per_frame);
        break;
    case SRC_SILENCE:
        memset(dst, 0, bytes);
        break;
    case SRC_PATTERN:
        i2s_sim_pattern_fill(dst, bytes_per_frame, src->frame_index, frames);
        break;
    case SRC_CALLBACK:
        src->callback(src->user, dst, bytes, bytes_per_frame, src->frame_index);
        break;
    case SRC_TONE:
    case SRC_CHIRP:
    case SRC_WAV: {
        /* The microphone is sampled at the rate the clock dividers achieve. */
        double rate = fmt->real_rate_hz;
        for (uint32_t i = 0; i < frames; i++) {
            int32_t s[2] = {0, 0};
            if (src->kind == SRC_WAV) {
                if (!wav_next(src, s)) {
                    s[0] = s[1] = 0;
                }
            } else {
                double f = src->frequency_hz;
                if (src->kind == SRC_CHIRP) {
                    double t = fmod((double)(src->frame_index + i) / rate, src->duration_s);
                    f = src->frequency_hz + (src->end_hz - src->frequency_hz) * t / src->duration_s;
                }
                s[0] = s[1] = full_scale(src->amplitude * sin(src->phase));
                src->phase = fmod(src->phase + 2.0 * SIM_PI * f / rate, 2.0 * SIM_PI);
            }
            uint8_t *frame = dst + (size_t)i * bytes_per_frame;
            if (fmt->channels == 1) {
                store_sample(frame, fmt, s[fmt->mono_pick ? 1 : 0]);
            } else {
                store_sample(frame, fmt, s[0]);
                store_sample(frame + fmt->bytes_per_sample, fmt, s[1]);
            }
        }
        break;
    }
    }
    src->frame_index += frames;
}

static const sim_endpoint_ops_t s_source_ops = {
    .fill = source_fill,
    .play = NULL,
};

sim_endpoint_t sim_source_endpoint(sim_source_t *src)
{
    sim_endpoint_t ep = {&s_source_ops, src};
    return ep;
}
