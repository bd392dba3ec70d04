/*
 * Internal declarations shared by the simulator's translation units. Not part of any public API.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "esp_err.h"
#include "esp_log.h"
#include "freertos/FreeRTOS.h"
#include "i2s_sim.h"

/* The DMA buffer limit of ESP-IDF's I2S drivers on ESP32 (DMA_DESCRIPTOR_BUFFER_MAX_SIZE_4B_ALIGNED). */
#define SIM_DMA_BUFFER_MAX_SIZE 4092U

/* Microseconds per FreeRTOS tick. */
#define SIM_TICK_US (1000000ULL / (uint64_t)configTICK_RATE_HZ)

/* A wait of this many ticks never times out (portMAX_DELAY). */
#define SIM_WAIT_FOREVER UINT64_MAX

/* What a source needs to know about the channel it feeds. */
typedef struct {
    uint32_t sample_rate_hz;
    uint32_t data_bits;         /* 8, 16, 24 or 32 */
    uint32_t bytes_per_sample;  /* DMA container bytes */
    uint32_t channels;          /* active slots: 1 or 2 */
    uint32_t mono_pick;         /* which input channel feeds a mono slot (0 left, 1 right) */
} sim_format_t;

typedef enum { SRC_SILENCE, SRC_TONE, SRC_CHIRP, SRC_PATTERN, SRC_WAV, SRC_CALLBACK } sim_source_kind_t;

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
} sim_source_t;

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

/* One direction of one controller: the DMA descriptor ring, the driver's message queue of buffer
 * indices (capacity desc_num - 1, oldest dropped when full, as the ISR does), and the position of the
 * application inside its current buffer. */
typedef struct {
    int port;
    int dir;                    /* I2S_SIM_DIR_RX / I2S_SIM_DIR_TX */
    uint32_t desc_num;
    uint32_t buf_size;
    uint32_t bytes_per_frame;
    uint32_t frames_per_buf;
    sim_format_t fmt;
    bool auto_clear;            /* TX: zero a buffer once it has been sent */
    uint8_t *memory;            /* all buffers in one block */
    uint8_t **ring;             /* ring[i]: buffer descriptor i points at */
    uint8_t *app_buf;           /* RX: the buffer the application reads, swapped out of the ring */
    uint32_t *filled;           /* TX: application bytes in ring[i] since it was last sent */
    uint32_t *queue;
    uint32_t queue_cap, queue_head, queue_len;
    bool has_curr;              /* the application holds a buffer (ESP-IDF: dma.curr_ptr != NULL) */
    uint32_t curr;              /* TX: ring index held by the application */
    uint32_t rw_pos;
    bool running;
    uint64_t start_us;          /* virtual time the DMA was started */
    uint64_t boundaries;        /* buffer boundaries processed since start */
    i2s_sim_stats_t *stats;
} sim_dma_t;

typedef enum { SIM_XFER_DONE, SIM_XFER_TIMEOUT, SIM_XFER_STOPPED } sim_xfer_result_t;

/* ---- core (sim_core.c) ---- */
uint64_t sim_now(void);
void sim_charge_call(void);
sim_source_t *sim_port_source(int port);
sim_sink_t *sim_port_sink(int port);
i2s_sim_stats_t *sim_port_stats(int port, int dir);
/* Which driver holds a controller (ESP-IDF's i2s_platform_acquire_occupation): the new and the legacy
 * driver cannot share a port. */
typedef enum { SIM_OWNER_NONE, SIM_OWNER_STD, SIM_OWNER_LEGACY } sim_owner_t;
sim_owner_t sim_port_owner(int port);
void sim_port_set_owner(int port, sim_owner_t owner);
void sim_std_reset(void);       /* sim_i2s_std.c: deletes every channel */
void sim_legacy_reset(void);    /* sim_i2s_legacy.c: uninstalls every port */

/* Bytes per DMA sample on ESP32: 16-bit alignment, (bits + 15) / 16 * 2. */
uint32_t sim_esp32_bytes_per_sample(uint32_t data_bits);
/* ESP-IDF's DMA buffer size: frames * bytes_per_frame, clamped to the largest whole number of frames
 * that fits into 4092 bytes. */
uint32_t sim_dma_buffer_size(uint32_t frames, uint32_t bytes_per_frame);

esp_err_t sim_dma_init(sim_dma_t *dma, int port, int dir, uint32_t desc_num, uint32_t frames,
                       const sim_format_t *fmt, bool auto_clear, i2s_sim_stats_t *stats);
void sim_dma_free(sim_dma_t *dma);
void sim_dma_register(sim_dma_t *dma);
void sim_dma_unregister(sim_dma_t *dma);
void sim_dma_start(sim_dma_t *dma);
void sim_dma_stop(sim_dma_t *dma);
void sim_dma_reset_queue(sim_dma_t *dma);
void sim_dma_drop_current(sim_dma_t *dma);
void sim_dma_catch_up(sim_dma_t *dma);
/* Counts data that will never reach the wire (TX) or the application (RX) as discarded. */
void sim_dma_discard_pending(sim_dma_t *dma);
/* Moves up to size bytes between buf and the ring, waiting up to wait_ticks per buffer. When the DMA
 * is stopped: stop_on_halt ends the call at once (new driver: loop runs only while RUNNING); otherwise
 * (legacy) the call waits on the queue like the driver does. */
sim_xfer_result_t sim_dma_transfer(sim_dma_t *dma, void *buf, size_t size, size_t *moved,
                                   uint64_t wait_ticks, bool stop_on_halt);
void sim_dma_zero_buffers(sim_dma_t *dma);
/* i2s_channel_preload_data's loop: fills free TX buffers without waiting; returns bytes loaded. */
size_t sim_dma_preload(sim_dma_t *dma, const void *src, size_t size);

/* ---- sources and sinks (sim_source.c, sim_sink.c) ---- */
void sim_source_fill(sim_source_t *src, const sim_format_t *fmt, uint8_t *dst, uint32_t frames,
                     uint32_t bytes_per_frame);
void sim_source_release(sim_source_t *src);
void sim_sink_write(sim_sink_t *sink, const sim_format_t *fmt, const uint8_t *data, uint32_t bytes,
                    uint32_t data_bytes, uint32_t bytes_per_frame);
void sim_sink_release(sim_sink_t *sink);

/* ESP_RETURN_ON_FALSE of esp_check.h: log the driver's message and return the code. */
#define SIM_RETURN_ON_FALSE(cond, err, tag, ...) do { \
        if (!(cond)) {                                \
            ESP_LOGE(tag, __VA_ARGS__);               \
            return (err);                             \
        }                                             \
    } while (0)

/* Rewrites a WAV sink's header for the data so far, so the file is valid whenever a channel goes away. */
void sim_sink_flush(sim_sink_t *sink);

/* ---- log (sim_log.c) ---- */
void sim_log_reset(void);
