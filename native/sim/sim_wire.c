/*
 * The TX data line of a port, recorded for loopback sources. Each played buffer is appended to a ring
 * of frames; contiguous buffers on one frame grid merge into one run, so a lookup by instant searches
 * a handful of runs. The ring keeps the last SIM_WIRE_KEEP_FRAMES frames plus the largest listener
 * delay: a loopback source looks back at most one of its own buffers plus its delay, and the port makes
 * the TX catch up only to the instant the RX needs (sim_port.c), so that is always kept.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "esp_log.h"
#include "sim_wire.h"

/* Frames kept beyond the delay: more than the largest RX buffer (4092 bytes / 2 = 2046 frames) plus the
 * largest TX buffer sent ahead, with room to spare. */
#define SIM_WIRE_KEEP_FRAMES 16384U

/* Frames within this fraction of a frame of a boundary belong to the later frame: instants computed
 * along two rings of one clock agree to far better than this. */
#define SIM_WIRE_EPSILON 1e-6

int32_t sim_sample_load(const uint8_t *src, uint32_t bytes_per_sample)
{
    uint32_t u;
    if (bytes_per_sample == 2) {
        u = ((uint32_t)src[0] | ((uint32_t)src[1] << 8)) << 16;
    } else {
        u = (uint32_t)src[0] | ((uint32_t)src[1] << 8) | ((uint32_t)src[2] << 16) | ((uint32_t)src[3] << 24);
    }
    return (int32_t)u;
}

void sim_sample_store(uint8_t *dst, const sim_format_t *fmt, int32_t v)
{
    uint32_t u = (uint32_t)v;
    if (fmt->data_bits == 24) {
        u &= 0xFFFFFF00U;
    } else if (fmt->data_bits == 8) {
        u &= 0xFF000000U;
    }
    if (fmt->bytes_per_sample == 2) {
        u >>= 16;
        dst[0] = (uint8_t)u;
        dst[1] = (uint8_t)(u >> 8);
    } else {
        dst[0] = (uint8_t)u;
        dst[1] = (uint8_t)(u >> 8);
        dst[2] = (uint8_t)(u >> 16);
        dst[3] = (uint8_t)(u >> 24);
    }
}

void sim_wire_listen(sim_wire_t *wire, uint32_t delay_frames)
{
    wire->listeners++;
    if (delay_frames > wire->max_delay) {
        wire->max_delay = delay_frames;
    }
    uint64_t want = (uint64_t)wire->max_delay + SIM_WIRE_KEEP_FRAMES;
    if (want > wire->cap) {
        /* Grown: the history restarts (a new listener has heard nothing yet anyway). */
        free(wire->frames);
        wire->frames = calloc((size_t)want, sizeof(*wire->frames));
        wire->cap = wire->frames ? want : 0;
        wire->total = 0;
        wire->run_count = 0;
        if (!wire->frames) {
            ESP_LOGE("i2s_sim", "no memory for the loopback history");
        }
    }
}

void sim_wire_unlisten(sim_wire_t *wire)
{
    if (wire->listeners > 0 && --wire->listeners == 0) {
        sim_wire_release(wire);
    }
}

void sim_wire_release(sim_wire_t *wire)
{
    free(wire->frames);
    memset(wire, 0, sizeof(*wire));
}

/* Appends a run, merging it into the last one when it continues it on the same grid. */
static void add_run(sim_wire_t *wire, const sim_span_t *span, uint64_t first, uint64_t count)
{
    if (wire->run_count > 0) {
        sim_wire_run_t *last = &wire->runs[wire->run_count - 1U];
        double expected = last->first_us + (double)last->count * last->period_us;
        if (last->period_us == span->period_us && last->first + last->count == first &&
            fabs(expected - span->first_us) < SIM_WIRE_EPSILON * span->period_us) {
            last->count += count;
            return;
        }
    }
    if (wire->run_count == sizeof(wire->runs) / sizeof(wire->runs[0])) {
        memmove(&wire->runs[0], &wire->runs[1], sizeof(wire->runs) - sizeof(wire->runs[0]));
        wire->run_count--;
    }
    sim_wire_run_t r = {span->first_us, span->period_us, first, count};
    wire->runs[wire->run_count++] = r;
}

void sim_wire_record(sim_wire_t *wire, const sim_format_t *fmt, const sim_span_t *span, const uint8_t *data,
                     uint32_t frames, uint32_t bytes_per_frame)
{
    if (wire->listeners == 0 || wire->cap == 0) {
        return;
    }
    for (uint32_t i = 0; i < frames; i++) {
        const uint8_t *f = data + (size_t)i * bytes_per_frame;
        int32_t *dst = wire->frames[(wire->total + i) % wire->cap];
        dst[0] = sim_sample_load(f, fmt->bytes_per_sample);
        dst[1] = fmt->channels == 1 ? dst[0] : sim_sample_load(f + fmt->bytes_per_sample, fmt->bytes_per_sample);
    }
    add_run(wire, span, wire->total, frames);
    wire->total += frames;
}

bool sim_wire_at(const sim_wire_t *wire, double t_us, int32_t out[2])
{
    out[0] = out[1] = 0;
    for (uint32_t r = wire->run_count; r-- > 0;) {
        const sim_wire_run_t *run = &wire->runs[r];
        double pos = floor((t_us - run->first_us) / run->period_us + SIM_WIRE_EPSILON);
        if (pos < 0.0) {
            continue;
        }
        if (pos >= (double)run->count) {
            /* After this run (and so after every older one): the TX was not sending. */
            return false;
        }
        uint64_t index = run->first + (uint64_t)pos;
        if (index + wire->cap < wire->total) {
            return false;
        }
        out[0] = wire->frames[index % wire->cap][0];
        out[1] = wire->frames[index % wire->cap][1];
        return true;
    }
    return false;
}
