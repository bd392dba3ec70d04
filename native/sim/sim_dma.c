/*
 * The DMA ring engine shared by the new (i2s_std) and the legacy driver front ends. It follows ESP-IDF
 * v5.5's i2s_common.c / i2s_legacy.c: a ring of dma_desc_num buffers that the hardware walks forever,
 * an ISR that at every buffer end (EOF) pushes the finished buffer into a queue of capacity
 * dma_desc_num - 1 (dropping the oldest entry when it is full), and read/write loops that pop buffers
 * from that queue with a timeout. Time is the virtual clock's; what an RX buffer captures and where a
 * TX buffer goes is the plugged-in endpoint's business.
 */
#include <stdlib.h>
#include <string.h>

#include "esp_check.h"
#include "sim_clock.h"
#include "sim_dma.h"

static const char *TAG = "i2s_sim";

/* ---------------------------------------------------------------- sizes */

uint32_t sim_esp32_bytes_per_sample(uint32_t data_bits)
{
    return ((data_bits + 15U) / 16U) * 2U;
}

uint32_t sim_dma_buffer_size(uint32_t frames, uint32_t bytes_per_frame)
{
    uint64_t size = (uint64_t)frames * bytes_per_frame;
    if (size > SIM_DMA_BUFFER_MAX_SIZE) {
        size = (uint64_t)(SIM_DMA_BUFFER_MAX_SIZE / bytes_per_frame) * bytes_per_frame;
    }
    return (uint32_t)size;
}

/* ---------------------------------------------------------------- queue */

static bool queue_full(const sim_dma_t *dma)
{
    return dma->queue_len == dma->queue_cap;
}

static uint32_t queue_pop(sim_dma_t *dma)
{
    uint32_t v = dma->queue[dma->queue_head];
    dma->queue_head = (dma->queue_head + 1U) % dma->queue_cap;
    dma->queue_len--;
    return v;
}

static void queue_push(sim_dma_t *dma, uint32_t v)
{
    dma->queue[(dma->queue_head + dma->queue_len) % dma->queue_cap] = v;
    dma->queue_len++;
}

void sim_dma_reset_queue(sim_dma_t *dma)
{
    if (dma->dir == I2S_SIM_DIR_RX) {
        dma->stats->discarded_frames += (uint64_t)dma->queue_len * dma->frames_per_buf;
    }
    dma->queue_head = 0;
    dma->queue_len = 0;
}

/* ---------------------------------------------------------------- lifetime */

esp_err_t sim_dma_init(sim_dma_t *dma, int dir, uint32_t desc_num, uint32_t frames, const sim_format_t *fmt,
                       bool auto_clear, sim_endpoint_t endpoint, i2s_sim_stats_t *stats)
{
    esp_err_t ret = ESP_OK;
    memset(dma, 0, sizeof(*dma));
    dma->dir = dir;
    dma->fmt = *fmt;
    dma->desc_num = desc_num;
    dma->bytes_per_frame = fmt->bytes_per_sample * fmt->channels;
    dma->buf_size = sim_dma_buffer_size(frames, dma->bytes_per_frame);
    dma->frames_per_buf = dma->buf_size / dma->bytes_per_frame;
    dma->auto_clear = auto_clear;
    dma->endpoint = endpoint;
    dma->stats = stats;
    dma->queue_cap = desc_num - 1U;
    dma->fmt.real_rate_hz = (double)fmt->sample_rate_hz;
    dma->rate_num = fmt->sample_rate_hz;
    dma->rate_den = 1;
    /* Zero frames per buffer: the driver would build a ring of empty descriptors that never completes. */
    ESP_RETURN_ON_FALSE(dma->buf_size != 0, ESP_ERR_INVALID_ARG, TAG, "dma buffer of 0 frames cannot be simulated");
    /* One extra buffer: the RX application buffer, swapped with a ring slot when popped (see README). */
    size_t count = (size_t)desc_num + 1U;
    dma->memory = calloc(count, dma->buf_size);
    dma->ring = calloc(desc_num, sizeof(uint8_t *));
    dma->filled = calloc(desc_num, sizeof(uint32_t));
    dma->queue = calloc(dma->queue_cap, sizeof(uint32_t));
    ESP_GOTO_ON_FALSE(dma->memory && dma->ring && dma->filled && dma->queue, ESP_ERR_NO_MEM, err, TAG,
                      "no memory for the DMA ring");
    for (uint32_t i = 0; i < desc_num; i++) {
        dma->ring[i] = dma->memory + (size_t)i * dma->buf_size;
    }
    dma->app_buf = dma->memory + (size_t)desc_num * dma->buf_size;
    stats->bytes_per_frame = dma->bytes_per_frame;
    stats->dma_buffer_bytes = dma->buf_size;
    stats->dma_desc_num = desc_num;
    stats->sample_rate_hz = fmt->sample_rate_hz;
    return ESP_OK;

err:
    sim_dma_free(dma);
    return ret;
}

void sim_dma_free(sim_dma_t *dma)
{
    free(dma->memory);
    free(dma->ring);
    free(dma->filled);
    free(dma->queue);
    dma->memory = NULL;
    dma->ring = NULL;
    dma->filled = NULL;
    dma->queue = NULL;
    dma->app_buf = NULL;
}

/* ---------------------------------------------------------------- hardware */

/* Virtual time clock frame k begins (k frames after the segment's origin), rounded up to the microsecond:
 * seg_origin_us + ceil(k * 1e6 * rate_den / rate_num). The product needs more than 64 bits for long runs
 * at a fractional rate. */
static uint64_t clock_time(const sim_dma_t *dma, uint64_t k)
{
    __extension__ typedef unsigned __int128 u128;
    u128 t = (u128)k * 1000000U * dma->rate_den;
    return dma->seg_origin_us + (uint64_t)((t + dma->rate_num - 1U) / dma->rate_num);
}

/* Clock frames begun by time t (the largest k with clock_time(k) <= t, plus one), i.e. frames complete. */
static uint64_t clock_frames_by(const sim_dma_t *dma, uint64_t t)
{
    __extension__ typedef unsigned __int128 u128;
    if (t < dma->seg_origin_us) {
        return 0;
    }
    u128 d = (u128)(t - dma->seg_origin_us) * dma->rate_num;
    return (uint64_t)(d / ((u128)1000000U * dma->rate_den));
}

/* Virtual time of buffer boundary j after start: the instant the ring's frame j*F has been clocked.
 * The ring's frame n is the clock's frame seg_k0 + n - seg_f0 (seg_f0 <= (boundaries+1)*F always). */
static uint64_t boundary_time(const sim_dma_t *dma, uint64_t j)
{
    return clock_time(dma, dma->seg_k0 + j * dma->frames_per_buf - dma->seg_f0);
}

/* Frames of the ring clocked up to the virtual clock (the ring has been caught up). */
static uint64_t ring_frames_now(const sim_dma_t *dma)
{
    if (!dma->running || !dma->clocked) {
        return dma->seg_f0;
    }
    uint64_t k = clock_frames_by(dma, sim_clock_now());
    return k > dma->seg_k0 ? dma->seg_f0 + (k - dma->seg_k0) : dma->seg_f0;
}

/* The ring's clock stops now (its leader stopped or went away): remember how far it got. */
static void gate(sim_dma_t *dma)
{
    sim_dma_catch_up(dma);
    dma->seg_f0 = ring_frames_now(dma);
    dma->clocked = false;
}

/* A follower's clock (re)starts now on its leader's frame grid: its next frame is the leader's first
 * frame that begins at or after now. */
static void ungate(sim_dma_t *dma, const sim_dma_t *leader)
{
    dma->rate_num = leader->rate_num;
    dma->rate_den = leader->rate_den;
    dma->fmt.real_rate_hz = leader->fmt.real_rate_hz;
    dma->seg_origin_us = leader->seg_origin_us;
    uint64_t now = sim_clock_now();
    uint64_t k = clock_frames_by(dma, now);
    if (clock_time(dma, k) < now) {
        k++;
    }
    dma->seg_k0 = k;
    dma->clocked = true;
}

/* A new clock segment from now at the ring's current rate (the rate just changed). */
static void resegment(sim_dma_t *dma)
{
    dma->seg_origin_us = sim_clock_now();
    dma->seg_k0 = 0;
}

/* Where the ring's frame n (counted from start) is on the wire: the clock frame seg_k0 + n - seg_f0.
 * Frames a follower captured before its clock last stopped are placed as if the present grid had run
 * through the stop (their instants are approximate; see README "Loopback"). */
static sim_span_t span_of(const sim_dma_t *dma, uint64_t n)
{
    double period = 1e6 * (double)dma->rate_den / (double)dma->rate_num;
    double k = (double)dma->seg_k0 + (double)n - (double)dma->seg_f0;
    sim_span_t span = {(double)dma->seg_origin_us + k * period, period};
    return span;
}

/* TX: the DMA starts sending ring[slot]. What it sends is what the buffer holds now. */
static void tx_send(sim_dma_t *dma, uint32_t slot, uint64_t first_frame)
{
    i2s_sim_stats_t *st = dma->stats;
    if (dma->has_curr && dma->curr == slot) {
        /* The application is still filling this buffer. The simulator sends what is there and moves
         * the application on to the next free buffer, so late bytes are never lost or torn. */
        dma->has_curr = false;
        dma->rw_pos = 0;
    }
    uint32_t data = dma->filled[slot];
    uint32_t data_frames = data / dma->bytes_per_frame;
    sim_span_t span = span_of(dma, first_frame);
    dma->endpoint.ops->play(dma->endpoint.self, &dma->fmt, &span, dma->ring[slot], dma->buf_size, data,
                            dma->bytes_per_frame);
    st->hw_frames += dma->frames_per_buf;
    st->data_frames += data_frames;
    if (data_frames < dma->frames_per_buf) {
        st->underrun_frames += dma->frames_per_buf - data_frames;
        st->underrun_buffers++;
    }
    dma->filled[slot] = 0;
}

static void process_boundary(sim_dma_t *dma, uint64_t j)
{
    uint32_t done = (uint32_t)((j - 1U) % dma->desc_num);
    i2s_sim_stats_t *st = dma->stats;
    st->dma_buffers++;
    if (dma->dir == I2S_SIM_DIR_RX) {
        sim_span_t span = span_of(dma, (j - 1U) * dma->frames_per_buf);
        dma->endpoint.ops->fill(dma->endpoint.self, &dma->fmt, &span, dma->ring[done], dma->frames_per_buf,
                                dma->bytes_per_frame);
        st->hw_frames += dma->frames_per_buf;
        if (queue_full(dma)) {
            (void)queue_pop(dma);
            st->overrun_frames += dma->frames_per_buf;
            st->overrun_buffers++;
        }
        queue_push(dma, done);
    } else {
        if (queue_full(dma)) {
            (void)queue_pop(dma);
        }
        if (dma->auto_clear) {
            memset(dma->ring[done], 0, dma->buf_size);
        }
        queue_push(dma, done);
        tx_send(dma, (uint32_t)(j % dma->desc_num), j * dma->frames_per_buf);
    }
    dma->boundaries = j;
}

void sim_dma_catch_up(sim_dma_t *dma)
{
    sim_dma_catch_up_to(dma, sim_clock_now());
}

void sim_dma_catch_up_to(sim_dma_t *dma, uint64_t until_us)
{
    /* Called again from a source/sink callback of this very loop: the hardware is already being run. */
    if (!dma->running || dma->in_hardware) {
        return;
    }
    if (until_us > sim_clock_now()) {
        until_us = sim_clock_now();
    }
    dma->in_hardware = true;
    while (dma->running && dma->clocked && boundary_time(dma, dma->boundaries + 1U) <= until_us) {
        process_boundary(dma, dma->boundaries + 1U);
    }
    dma->in_hardware = false;
}

void sim_dma_start(sim_dma_t *dma)
{
    dma->running = true;
    dma->start_us = sim_clock_now();
    dma->boundaries = 0;
    dma->seg_f0 = 0;
    dma->stats->state = I2S_SIM_STATE_RUNNING;
    if (dma->follows) {
        /* A slave on the TX's BCK/WS runs only while the TX generates them. */
        if (dma->leader && dma->leader->running) {
            ungate(dma, dma->leader);
        } else {
            dma->clocked = false;
        }
    } else {
        dma->seg_origin_us = dma->start_us;
        dma->seg_k0 = 0;
        dma->clocked = true;
    }
    if (dma->dir == I2S_SIM_DIR_TX) {
        tx_send(dma, 0, 0);
    }
    if (dma->follower && dma->follower->running) {
        sim_dma_catch_up(dma->follower);
        dma->follower->seg_f0 = ring_frames_now(dma->follower);
        ungate(dma->follower, dma);
    }
}

void sim_dma_stop(sim_dma_t *dma)
{
    sim_dma_catch_up(dma);
    if (dma->follower && dma->follower->running && dma->follower->clocked) {
        gate(dma->follower);
    }
    dma->running = false;
    dma->stats->state = I2S_SIM_STATE_READY;
}

void sim_dma_set_rate(sim_dma_t *dma, uint32_t sample_rate_hz, uint64_t rate_num, uint64_t rate_den)
{
    dma->fmt.sample_rate_hz = sample_rate_hz;
    dma->stats->sample_rate_hz = sample_rate_hz;
    if (dma->follows) {
        /* A slave on the TX's BCK/WS runs at the TX's rate, whatever its own dividers say. */
        return;
    }
    if (dma->rate_num == rate_num && dma->rate_den == rate_den) {
        /* The divider was rewritten with the same values (the other direction configured the same
         * clock): the hardware does not notice. */
        return;
    }
    sim_dma_catch_up(dma);
    sim_dma_t *f = dma->follower;
    if (f) {
        sim_dma_catch_up(f);
    }
    if (dma->running && dma->clocked) {
        dma->seg_f0 = ring_frames_now(dma);
    }
    dma->fmt.real_rate_hz = (double)rate_num / (double)rate_den;
    dma->rate_num = rate_num;
    dma->rate_den = rate_den;
    if (dma->running) {
        resegment(dma);
    }
    if (f) {
        bool was_clocked = f->running && f->clocked;
        if (was_clocked) {
            f->seg_f0 = ring_frames_now(f);
        }
        f->rate_num = rate_num;
        f->rate_den = rate_den;
        f->fmt.real_rate_hz = dma->fmt.real_rate_hz;
        if (was_clocked) {
            ungate(f, dma);
        }
    }
}

void sim_dma_follow(sim_dma_t *rx, sim_dma_t *tx)
{
    if (rx->follows && rx->leader == tx) {
        /* Already on that clock; rate changes reach it through the leader (sim_dma_set_rate). */
        return;
    }
    sim_dma_catch_up(rx);
    if (tx) {
        sim_dma_catch_up(tx);
    }
    if (rx->leader && rx->leader != tx) {
        rx->leader->follower = NULL;
    }
    if (rx->running && rx->clocked) {
        gate(rx);
    }
    rx->follows = true;
    rx->leader = tx;
    if (tx) {
        tx->follower = rx;
        rx->rate_num = tx->rate_num;
        rx->rate_den = tx->rate_den;
        rx->fmt.real_rate_hz = tx->fmt.real_rate_hz;
        if (rx->running && tx->running) {
            ungate(rx, tx);
        }
    }
}

void sim_dma_unlink(sim_dma_t *dma)
{
    if (dma->follower) {
        sim_dma_t *f = dma->follower;
        if (f->running && f->clocked) {
            gate(f);
        }
        f->leader = NULL;
        dma->follower = NULL;
    }
    if (dma->leader) {
        dma->leader->follower = NULL;
        dma->leader = NULL;
    }
}

uint64_t sim_dma_frames_clocked(sim_dma_t *dma)
{
    sim_dma_catch_up(dma);
    return ring_frames_now(dma);
}

void sim_dma_drop_current(sim_dma_t *dma)
{
    if (dma->has_curr && dma->dir == I2S_SIM_DIR_RX) {
        dma->stats->discarded_frames += (dma->buf_size - dma->rw_pos) / dma->bytes_per_frame;
    }
    dma->has_curr = false;
    dma->rw_pos = 0;
}

void sim_dma_discard_pending(sim_dma_t *dma)
{
    if (dma->dir == I2S_SIM_DIR_RX) {
        sim_dma_drop_current(dma);
        sim_dma_reset_queue(dma);
        return;
    }
    uint64_t bytes = 0;
    for (uint32_t i = 0; i < dma->desc_num; i++) {
        bytes += dma->filled[i];
        dma->filled[i] = 0;
    }
    dma->stats->discarded_frames += bytes / dma->bytes_per_frame;
}

void sim_dma_zero_buffers(sim_dma_t *dma)
{
    if (dma->dir == I2S_SIM_DIR_TX) {
        /* Data already written but not yet sent is wiped: it will never be heard. */
        sim_dma_discard_pending(dma);
        dma->has_curr = false;
        dma->rw_pos = 0;
    }
    memset(dma->memory, 0, ((size_t)dma->desc_num + 1U) * dma->buf_size);
}

/* ---------------------------------------------------------------- data path */

/* Waits for the queue to hold an entry. Returns false on timeout (time advanced to the deadline). */
static bool wait_for_buffer(sim_dma_t *dma, uint64_t wait_ticks, bool *halted)
{
    *halted = false;
    for (;;) {
        sim_dma_catch_up(dma);
        if (dma->queue_len > 0) {
            return true;
        }
        if (wait_ticks == 0) {
            return false;
        }
        uint64_t now = sim_clock_now();
        uint64_t deadline = wait_ticks == SIM_WAIT_FOREVER ? UINT64_MAX : now + wait_ticks * SIM_TICK_US;
        if (!dma->running || !dma->clocked) {
            /* Stopped, or a full-duplex RX whose TX (the master of the shared BCK/WS) does not run: no
             * buffer will ever come, and no other call can start the channel or its TX while this one
             * holds the simulator (see "Threads" in i2s_sim.h). */
            if (wait_ticks == SIM_WAIT_FOREVER) {
                ESP_LOGE(TAG, "%s", dma->running ? "wait forever on a full-duplex I2S RX channel whose TX is not running "
                         "(no BCK/WS reaches it): the device would hang here"
                         : "wait forever on a stopped I2S channel: the device would hang here");
                *halted = true;
                return false;
            }
            dma->stats->blocked_us += deadline - now;
            sim_clock_advance(deadline - now);
            return false;
        }
        uint64_t next = boundary_time(dma, dma->boundaries + 1U);
        if (next > deadline) {
            dma->stats->blocked_us += deadline - now;
            sim_clock_advance(deadline - now);
            return false;
        }
        dma->stats->blocked_us += next - now;
        sim_clock_advance(next - now);
    }
}

sim_xfer_result_t sim_dma_transfer(sim_dma_t *dma, void *buf, size_t size, size_t *moved,
                                   uint64_t wait_ticks, bool stop_on_halt)
{
    uint8_t *p = buf;
    sim_xfer_result_t result = SIM_XFER_DONE;
    *moved = 0;
    sim_dma_catch_up(dma);
    while (size > 0) {
        if (stop_on_halt && !dma->running) {
            break;
        }
        if (!dma->has_curr || dma->rw_pos == dma->buf_size) {
            bool halted;
            if (!wait_for_buffer(dma, wait_ticks, &halted)) {
                result = halted ? SIM_XFER_STOPPED : SIM_XFER_TIMEOUT;
                if (!halted) {
                    dma->stats->timeouts++;
                }
                break;
            }
            uint32_t slot = queue_pop(dma);
            if (dma->dir == I2S_SIM_DIR_RX) {
                uint8_t *tmp = dma->ring[slot];
                dma->ring[slot] = dma->app_buf;
                dma->app_buf = tmp;
            } else {
                dma->curr = slot;
                dma->filled[slot] = 0;
            }
            dma->has_curr = true;
            dma->rw_pos = 0;
        }
        size_t n = dma->buf_size - dma->rw_pos;
        if (n > size) {
            n = size;
        }
        if (dma->dir == I2S_SIM_DIR_RX) {
            memcpy(p, dma->app_buf + dma->rw_pos, n);
        } else {
            memcpy(dma->ring[dma->curr] + dma->rw_pos, p, n);
        }
        dma->rw_pos += (uint32_t)n;
        if (dma->dir == I2S_SIM_DIR_TX) {
            dma->filled[dma->curr] = dma->rw_pos;
        }
        p += n;
        size -= n;
        *moved += n;
    }
    dma->stats->app_bytes += *moved;
    dma->stats->app_frames = dma->stats->app_bytes / dma->bytes_per_frame;
    if (dma->dir == I2S_SIM_DIR_RX) {
        dma->stats->data_frames = dma->stats->app_frames;
    }
    return result;
}

size_t sim_dma_preload(sim_dma_t *dma, const void *src, size_t size)
{
    const uint8_t *p = src;
    size_t loaded = 0;
    if (!dma->has_curr) {
        /* As ESP-IDF: start from descriptor 0 and queue all the others as free. */
        dma->queue_head = 0;
        dma->queue_len = 0;
        for (uint32_t i = 1; i < dma->desc_num; i++) {
            queue_push(dma, i);
        }
        dma->has_curr = true;
        dma->curr = 0;
        dma->rw_pos = 0;
        dma->filled[0] = 0;
    }
    while (size > 0) {
        if (dma->rw_pos == dma->buf_size) {
            if (dma->queue_len == 0) {
                break;
            }
            dma->curr = queue_pop(dma);
            dma->rw_pos = 0;
            dma->filled[dma->curr] = 0;
        }
        size_t n = dma->buf_size - dma->rw_pos;
        if (n > size) {
            n = size;
        }
        memcpy(dma->ring[dma->curr] + dma->rw_pos, p, n);
        dma->rw_pos += (uint32_t)n;
        dma->filled[dma->curr] = dma->rw_pos;
        p += n;
        size -= n;
        loaded += n;
    }
    dma->stats->app_bytes += loaded;
    dma->stats->app_frames = dma->stats->app_bytes / dma->bytes_per_frame;
    return loaded;
}
