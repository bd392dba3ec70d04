/*
 * The data line of a port's TX (sim_wire.c): what the speaker side of a controller has put on the wire,
 * frame by frame with the instant each frame was on it, kept while a loopback source listens. A
 * loopback source asks it what was on the wire at the instants its own frames are captured. A plain
 * object like the sources and sinks: it calls nothing in the simulator.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "sim_endpoint.h"

/* The longest extra delay a loopback source may add, in frames (about 5.5 s at 192 kHz). */
#define SIM_WIRE_MAX_DELAY_FRAMES (1U << 20)

/* A run of frames played back to back on one frame grid: frame i began at first_us + i * period_us and
 * is the wire's frame `first` + i. */
typedef struct {
    double first_us, period_us;
    uint64_t first;
    uint64_t count;
} sim_wire_run_t;

typedef struct {
    uint32_t listeners;         /* loopback sources attached; the wire records only while > 0 */
    uint32_t max_delay;         /* largest delay any listener asked for, in frames */
    int32_t (*frames)[2];       /* ring of recorded frames, both slots left-justified (mono duplicated) */
    uint64_t cap;               /* frames the ring holds */
    uint64_t total;             /* frames recorded so far */
    sim_wire_run_t runs[64];    /* the most recent runs, oldest first */
    uint32_t run_count;
} sim_wire_t;

/* A loopback source starts/stops listening (delay: the frames it looks back beyond the present). */
void sim_wire_listen(sim_wire_t *wire, uint32_t delay_frames);
void sim_wire_unlisten(sim_wire_t *wire);
/* Frees the history and forgets the listeners. */
void sim_wire_release(sim_wire_t *wire);
/* The TX sent one buffer (every byte of it goes on the wire, application data or not). */
void sim_wire_record(sim_wire_t *wire, const sim_format_t *fmt, const sim_span_t *span, const uint8_t *data,
                     uint32_t frames, uint32_t bytes_per_frame);
/* What was on the wire at instant t_us: both slots, left-justified. False (and silence) when the TX was
 * not sending then, or that frame is no longer kept. */
bool sim_wire_at(const sim_wire_t *wire, double t_us, int32_t out[2]);
/* Reads one DMA sample (2- or 4-byte container, little-endian) as a left-justified int32, and stores
 * one, keeping the top data_bits (sources and the wire use one convention). */
int32_t sim_sample_load(const uint8_t *src, uint32_t bytes_per_sample);
void sim_sample_store(uint8_t *dst, const sim_format_t *fmt, int32_t v);
