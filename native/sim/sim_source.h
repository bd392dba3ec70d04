/*
 * RX sources (sim_source.c): what the virtual microphone delivers. A source is a plain object that
 * plugs into the DMA engine through sim_endpoint_t; it calls nothing in the simulator.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "i2s_sim.h"
#include "sim_endpoint.h"
#include "sim_wire.h"

typedef enum { SRC_SILENCE, SRC_TONE, SRC_CHIRP, SRC_PATTERN, SRC_WAV, SRC_CALLBACK, SRC_LOOPBACK } sim_source_kind_t;

/* Brings the wire a loopback source listens to up to instant until_us (the port runs that TX's
 * hardware that far), so every frame the source asks for has been played. */
typedef void (*sim_wire_sync_fn)(void *ctx, double until_us);

typedef struct {
    sim_source_kind_t kind;
    uint64_t frame_index;       /* frames produced since attach */
    double frequency_hz, end_hz, duration_s, amplitude, phase;
    FILE *wav;
    long wav_data_offset;
    uint32_t wav_data_bytes, wav_pos, wav_channels, wav_bits, wav_block_align;
    bool wav_loop;
    i2s_sim_source_fn callback;
    void *user;
    sim_wire_t *wire;           /* loopback: the TX data line it hears */
    uint32_t delay_frames;
    double gain;
    sim_wire_sync_fn sync;
    void *sync_ctx;
} sim_source_t;

/* The endpoint that makes src the RX side of a DMA ring. */
sim_endpoint_t sim_source_endpoint(sim_source_t *src);
/* Closes what the source holds and leaves it silent. */
void sim_source_release(sim_source_t *src);

/* Replace the source's content (each releases the previous one first); ESP_ERR_INVALID_ARG on bad
 * values, the WAV loader as i2s_sim_source_wav. */
int sim_source_set_silence(sim_source_t *src);
int sim_source_set_tone(sim_source_t *src, double frequency_hz, double amplitude);
int sim_source_set_chirp(sim_source_t *src, double start_hz, double end_hz, double duration_s, double amplitude);
int sim_source_set_pattern(sim_source_t *src);
int sim_source_set_wav(sim_source_t *src, const char *path, int loop);
int sim_source_set_callback(sim_source_t *src, i2s_sim_source_fn fn, void *user);
/* Loopback: hears `wire` delay_frames (of the RX's own clock) late, samples scaled by gain. */
int sim_source_set_loopback(sim_source_t *src, sim_wire_t *wire, uint32_t delay_frames, double gain,
                            sim_wire_sync_fn sync, void *sync_ctx);
