/*
 * TX sinks (sim_sink.c): where the virtual DAC's output goes. A sink is a plain object that plugs
 * into the DMA engine through sim_endpoint_t; it calls nothing in the simulator except the log.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "i2s_sim.h"
#include "sim_endpoint.h"

typedef enum { SINK_NULL, SINK_MEMORY, SINK_WAV, SINK_CALLBACK } sim_sink_kind_t;

typedef struct {
    sim_sink_kind_t kind;
    uint8_t *mem;
    uint64_t mem_size, mem_cap, mem_max;
    FILE *wav;
    uint64_t wav_bytes;
    bool wav_header_written;
    uint32_t wav_rate, wav_channels, wav_container_bits;
    i2s_sim_sink_fn callback;
    void *user;
} sim_sink_t;

/* The endpoint that makes sink the TX side of a DMA ring. */
sim_endpoint_t sim_sink_endpoint(sim_sink_t *sink);
/* Rewrites a WAV sink's header for the data so far, so the file is valid whenever a channel goes away. */
void sim_sink_flush(sim_sink_t *sink);
/* Finishes and closes what the sink holds and leaves it discarding. */
void sim_sink_release(sim_sink_t *sink);

/* Replace the sink's content (each releases the previous one first). */
void sim_sink_set_null(sim_sink_t *sink);
void sim_sink_set_memory(sim_sink_t *sink, uint64_t max_bytes);
int sim_sink_set_wav(sim_sink_t *sink, const char *path);
int sim_sink_set_callback(sim_sink_t *sink, i2s_sim_sink_fn fn, void *user);
/* Kept bytes of a memory sink. */
uint64_t sim_sink_memory_size(const sim_sink_t *sink);
uint64_t sim_sink_memory_read(const sim_sink_t *sink, uint64_t offset, void *dst, uint64_t len);
