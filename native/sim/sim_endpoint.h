/*
 * The interface through which the far end of a channel plugs into the DMA engine (sim_dma.c): an RX
 * source that fills captured buffers, a TX sink that receives played buffers. The engine calls it at
 * every buffer boundary and knows nothing else about sources and sinks; they know nothing about the
 * engine, the clock or the port table.
 */
#pragma once

#include <stdint.h>

/* What a source or sink needs to know about the channel it serves. */
typedef struct {
    uint32_t sample_rate_hz;    /* configured rate (WAV headers) */
    double real_rate_hz;        /* rate the hardware clocks frames at: what the clock dividers achieve */
    uint32_t data_bits;         /* 8, 16, 24 or 32 */
    uint32_t bytes_per_sample;  /* DMA container bytes */
    uint32_t channels;          /* active slots: 1 or 2 */
    uint32_t mono_pick;         /* which input channel feeds a mono slot (0 left, 1 right) */
} sim_format_t;

/* Where one buffer sits in virtual time: its frame i is on the wire from first_us + i * period_us (in
 * microseconds, as doubles: exact to rounding, so two rings on one clock give the same instants). */
typedef struct {
    double first_us;
    double period_us;
} sim_span_t;

typedef struct {
    /* RX: writes `frames` captured frames of bytes_per_frame bytes to dst. */
    void (*fill)(void *self, const sim_format_t *fmt, const sim_span_t *span, uint8_t *dst, uint32_t frames,
                 uint32_t bytes_per_frame);
    /* TX: one played buffer of `bytes`; the first data_bytes held application data, the rest is underrun. */
    void (*play)(void *self, const sim_format_t *fmt, const sim_span_t *span, const uint8_t *data, uint32_t bytes,
                 uint32_t data_bytes, uint32_t bytes_per_frame);
} sim_endpoint_ops_t;

/* One plugged-in endpoint: its operations and the object they work on. */
typedef struct {
    const sim_endpoint_ops_t *ops;
    void *self;
} sim_endpoint_t;
