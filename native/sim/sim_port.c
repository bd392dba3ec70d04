/*
 * The port table: what is attached to each controller and the counters of each direction.
 */
#include <math.h>
#include <string.h>

#include "esp_err.h"
#include "sim_clock.h"
#include "sim_port.h"
#include "sim_sink.h"
#include "sim_source.h"
#include "sim_wire.h"

typedef struct {
    sim_source_t source;
    sim_sink_t sink;
    sim_wire_t wire;            /* what the TX put on its data line, while a loopback listens */
    i2s_sim_stats_t stats[2];
    sim_owner_t owner;
    sim_dma_t *dma[2];          /* rings that currently exist, by direction */
} sim_port_t;

static sim_port_t s_ports[I2S_SIM_PORT_COUNT];

static bool port_ok(int port)
{
    return port >= 0 && port < I2S_SIM_PORT_COUNT;
}

sim_owner_t sim_port_owner(int port)
{
    return s_ports[port].owner;
}

void sim_port_set_owner(int port, sim_owner_t owner)
{
    s_ports[port].owner = owner;
}

i2s_sim_stats_t *sim_port_stats(int port, int dir)
{
    return &s_ports[port].stats[dir];
}

i2s_sim_stats_t *sim_port_clear_stats(int port, int dir)
{
    i2s_sim_stats_t *st = &s_ports[port].stats[dir];
    memset(st, 0, sizeof(*st));
    return st;
}

/* The TX endpoint of a port: the data line (recorded for loopback sources) and then the sink. */
static void tx_tap_play(void *self, const sim_format_t *fmt, const sim_span_t *span, const uint8_t *data,
                        uint32_t bytes, uint32_t data_bytes, uint32_t bytes_per_frame)
{
    sim_port_t *p = self;
    sim_wire_record(&p->wire, fmt, span, data, bytes / bytes_per_frame, bytes_per_frame);
    sim_endpoint_t sink = sim_sink_endpoint(&p->sink);
    sink.ops->play(sink.self, fmt, span, data, bytes, data_bytes, bytes_per_frame);
}

static const sim_endpoint_ops_t s_tx_tap_ops = {
    .fill = NULL,
    .play = tx_tap_play,
};

sim_endpoint_t sim_port_endpoint(int port, int dir)
{
    if (dir == I2S_SIM_DIR_RX) {
        return sim_source_endpoint(&s_ports[port].source);
    }
    sim_endpoint_t ep = {&s_tx_tap_ops, &s_ports[port]};
    return ep;
}

void sim_port_flush_sink(int port)
{
    sim_sink_flush(&s_ports[port].sink);
}

void sim_port_attach_dma(int port, sim_dma_t *dma)
{
    s_ports[port].dma[dma->dir] = dma;
}

void sim_port_detach_dma(int port, sim_dma_t *dma)
{
    if (s_ports[port].dma[dma->dir] == dma) {
        s_ports[port].dma[dma->dir] = NULL;
    }
}

void sim_port_catch_up_all(void)
{
    for (int p = 0; p < I2S_SIM_PORT_COUNT; p++) {
        for (int d = 0; d < 2; d++) {
            if (s_ports[p].dma[d]) {
                sim_dma_catch_up(s_ports[p].dma[d]);
            }
        }
    }
}

void sim_port_reset(void)
{
    for (int p = 0; p < I2S_SIM_PORT_COUNT; p++) {
        sim_source_release(&s_ports[p].source);
        sim_sink_release(&s_ports[p].sink);
        sim_wire_release(&s_ports[p].wire);
        memset(&s_ports[p], 0, sizeof(s_ports[p]));
    }
}

/* ---------------------------------------------------------------- exported: stats */

int i2s_sim_get_stats(int port, int direction, i2s_sim_stats_t *out)
{
    if (!port_ok(port) || (direction != I2S_SIM_DIR_RX && direction != I2S_SIM_DIR_TX) || !out) {
        return ESP_ERR_INVALID_ARG;
    }
    sim_enter();
    sim_dma_t *dma = s_ports[port].dma[direction];
    if (dma) {
        sim_dma_catch_up(dma);
        s_ports[port].stats[direction].queued_buffers = dma->queue_len;
    }
    *out = s_ports[port].stats[direction];
    sim_leave();
    return ESP_OK;
}

int i2s_sim_get_real_rate(int port, int direction, double *rate_hz)
{
    if (!port_ok(port) || (direction != I2S_SIM_DIR_RX && direction != I2S_SIM_DIR_TX) || !rate_hz) {
        return ESP_ERR_INVALID_ARG;
    }
    sim_enter();
    sim_dma_t *dma = s_ports[port].dma[direction];
    /* A ring whose clock was never set (std init failed at the clock) has no rate either. */
    bool clocked = dma && dma->rate_num != 0;
    int ret = clocked ? ESP_OK : ESP_ERR_INVALID_STATE;
    *rate_hz = clocked ? (double)dma->rate_num / (double)dma->rate_den : 0.0;
    sim_leave();
    return ret;
}

uint32_t i2s_sim_stats_size(void)
{
    return (uint32_t)sizeof(i2s_sim_stats_t);
}

/* ---------------------------------------------------------------- exported: sources */

/* Runs `call` on the port's source under the simulator lock; ESP_ERR_INVALID_ARG for a bad port. */
#define WITH_SOURCE(port, call) do {                              \
        if (!port_ok(port)) {                                     \
            return ESP_ERR_INVALID_ARG;                           \
        }                                                         \
        sim_enter();                                              \
        sim_source_t *src = &s_ports[port].source;                \
        int ret = (call);                                         \
        sim_leave();                                              \
        return ret;                                               \
    } while (0)

int i2s_sim_source_silence(int port)
{
    WITH_SOURCE(port, sim_source_set_silence(src));
}

int i2s_sim_source_tone(int port, double frequency_hz, double amplitude)
{
    WITH_SOURCE(port, sim_source_set_tone(src, frequency_hz, amplitude));
}

int i2s_sim_source_chirp(int port, double start_hz, double end_hz, double duration_s, double amplitude)
{
    WITH_SOURCE(port, sim_source_set_chirp(src, start_hz, end_hz, duration_s, amplitude));
}

int i2s_sim_source_pattern(int port)
{
    WITH_SOURCE(port, sim_source_set_pattern(src));
}

int i2s_sim_source_wav(int port, const char *path, int loop)
{
    WITH_SOURCE(port, sim_source_set_wav(src, path, loop));
}

int i2s_sim_source_callback(int port, i2s_sim_source_fn fn, void *user)
{
    WITH_SOURCE(port, sim_source_set_callback(src, fn, user));
}

/* A loopback source's sync: the TX of the port it hears plays up to until_us (never beyond now). */
static void loopback_sync(void *ctx, double until_us)
{
    sim_port_t *p = ctx;
    sim_dma_t *tx = p->dma[I2S_SIM_DIR_TX];
    if (tx && until_us > 0.0) {
        sim_dma_catch_up_to(tx, (uint64_t)ceil(until_us));
    }
}

int i2s_sim_source_loopback(int port, int tx_port, uint32_t delay_frames, double gain)
{
    if (!port_ok(tx_port)) {
        return ESP_ERR_INVALID_ARG;
    }
    WITH_SOURCE(port, sim_source_set_loopback(src, &s_ports[tx_port].wire, delay_frames, gain, loopback_sync,
                                              &s_ports[tx_port]));
}

/* ---------------------------------------------------------------- exported: sinks */

#define WITH_SINK(port, call) do {                                \
        if (!port_ok(port)) {                                     \
            return ESP_ERR_INVALID_ARG;                           \
        }                                                         \
        sim_enter();                                              \
        sim_sink_t *sink = &s_ports[port].sink;                   \
        int ret = (call);                                         \
        sim_leave();                                              \
        return ret;                                               \
    } while (0)

static int set_null(sim_sink_t *sink)
{
    sim_sink_set_null(sink);
    return ESP_OK;
}

static int set_memory(sim_sink_t *sink, uint64_t max_bytes)
{
    sim_sink_set_memory(sink, max_bytes);
    return ESP_OK;
}

int i2s_sim_sink_null(int port)
{
    WITH_SINK(port, set_null(sink));
}

int i2s_sim_sink_detach(int port)
{
    WITH_SINK(port, set_null(sink));
}

int i2s_sim_sink_memory(int port, uint64_t max_bytes)
{
    WITH_SINK(port, set_memory(sink, max_bytes));
}

int i2s_sim_sink_wav(int port, const char *path)
{
    WITH_SINK(port, sim_sink_set_wav(sink, path));
}

int i2s_sim_sink_callback(int port, i2s_sim_sink_fn fn, void *user)
{
    WITH_SINK(port, sim_sink_set_callback(sink, fn, user));
}

uint64_t i2s_sim_sink_memory_size(int port)
{
    if (!port_ok(port)) {
        return 0;
    }
    sim_enter();
    uint64_t n = sim_sink_memory_size(&s_ports[port].sink);
    sim_leave();
    return n;
}

uint64_t i2s_sim_sink_memory_read(int port, uint64_t offset, void *dst, uint64_t len)
{
    if (!port_ok(port) || !dst) {
        return 0;
    }
    sim_enter();
    uint64_t n = sim_sink_memory_read(&s_ports[port].sink, offset, dst, len);
    sim_leave();
    return n;
}
