/*
 * The DMA ring engine (sim_dma.c), shared by the new (i2s_std) and the legacy driver front ends. It owns
 * the rings and runs them against the virtual clock; the far end (source or sink) is plugged in as a
 * sim_endpoint_t, the counters are the caller's i2s_sim_stats_t.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "esp_err.h"
#include "i2s_sim.h"
#include "sim_endpoint.h"

/* The DMA buffer limit of ESP-IDF's I2S drivers on ESP32 (DMA_DESCRIPTOR_BUFFER_MAX_SIZE_4B_ALIGNED). */
#define SIM_DMA_BUFFER_MAX_SIZE 4092U

/* One direction of one controller: the DMA descriptor ring, the driver's message queue of buffer
 * indices (capacity desc_num - 1, oldest dropped when full, as the ISR does), and the position of the
 * application inside its current buffer. */
typedef struct sim_dma_s {
    int dir;                    /* I2S_SIM_DIR_RX / I2S_SIM_DIR_TX */
    uint32_t desc_num;
    uint32_t buf_size;
    uint32_t bytes_per_frame;
    uint32_t frames_per_buf;
    sim_format_t fmt;
    uint64_t rate_num, rate_den; /* frames per second the hardware clocks, rate_num / rate_den */
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
    /* The clock this ring runs on, as one segment: frame k of the clock (counted from seg_origin_us)
     * begins at seg_origin_us + ceil(k * 1e6 * rate_den / rate_num); the ring's frame n (counted from
     * start) is the clock's frame seg_k0 + n - seg_f0. A ring alone: origin = start, k0 = f0 = 0. A
     * full-duplex RX that follows its TX's BCK/WS shares the TX's origin, so both count the same frames. */
    uint64_t seg_origin_us;
    uint64_t seg_k0;
    uint64_t seg_f0;
    bool clocked;               /* a clock reaches the running ring (false: follower whose leader is stopped) */
    bool follows;               /* RX forced to slave on the TX's BCK/WS (full duplex): no clock of its own */
    struct sim_dma_s *leader;   /* follower: the TX ring whose BCK/WS clock it (NULL: none, no clock) */
    struct sim_dma_s *follower; /* TX leader: the RX ring it clocks */
    bool in_hardware;           /* sim_dma_catch_up is running (a source/sink callback may call back) */
    sim_endpoint_t endpoint;    /* RX: the source that fills buffers; TX: the sink that gets them */
    i2s_sim_stats_t *stats;
} sim_dma_t;

typedef enum { SIM_XFER_DONE, SIM_XFER_TIMEOUT, SIM_XFER_STOPPED } sim_xfer_result_t;

/* Bytes per DMA sample on ESP32: 16-bit alignment, (bits + 15) / 16 * 2. */
uint32_t sim_esp32_bytes_per_sample(uint32_t data_bits);
/* ESP-IDF's DMA buffer size: frames * bytes_per_frame, clamped to the largest whole number of frames
 * that fits into 4092 bytes. */
uint32_t sim_dma_buffer_size(uint32_t frames, uint32_t bytes_per_frame);

esp_err_t sim_dma_init(sim_dma_t *dma, int dir, uint32_t desc_num, uint32_t frames, const sim_format_t *fmt,
                       bool auto_clear, sim_endpoint_t endpoint, i2s_sim_stats_t *stats);
void sim_dma_free(sim_dma_t *dma);
/* The hardware clocks rate_num / rate_den frames per second (the rate the clock dividers achieve);
 * fmt.sample_rate_hz stays the configured rate. On a running ring (a shared divider rewritten by the
 * other direction of a full-duplex port) the new rate applies from now on; a follower moves with it. */
void sim_dma_set_rate(sim_dma_t *dma, uint32_t sample_rate_hz, uint64_t rate_num, uint64_t rate_den);
/* Full duplex with shared BCK/WS: the RX ring rx is clocked by the TX ring tx (NULL: by nothing, the
 * RX waits for a clock that never comes). The follower takes the leader's rate and, while the leader
 * runs, the leader's frame grid: both rings count the same frames. */
void sim_dma_follow(sim_dma_t *rx, sim_dma_t *tx);
/* Breaks the leader/follower link of dma (either side) before a ring goes away or stops sharing. */
void sim_dma_unlink(sim_dma_t *dma);
/* Frames the hardware of dma has clocked since it was started (whole frames up to the virtual clock). */
uint64_t sim_dma_frames_clocked(sim_dma_t *dma);
void sim_dma_start(sim_dma_t *dma);
void sim_dma_stop(sim_dma_t *dma);
void sim_dma_reset_queue(sim_dma_t *dma);
void sim_dma_drop_current(sim_dma_t *dma);
/* Runs the hardware up to the virtual clock. */
void sim_dma_catch_up(sim_dma_t *dma);
/* Runs the hardware up to until_us (at most the virtual clock): a loopback source needs its TX played
 * up to the instants it captures, and no further, so the wire's history stays short. */
void sim_dma_catch_up_to(sim_dma_t *dma, uint64_t until_us);
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
