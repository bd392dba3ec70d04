/*
 * I2sGen host simulator: control API.
 *
 * The simulator implements the ESP-IDF I2S driver API declared in native/include (new std driver and
 * the legacy driver) on a PC. Time is virtual: a clock in microseconds that only moves when a blocking
 * driver call waits, when i2s_sim_advance_us() is called, or by the optional per-call cost. The
 * "hardware" of every running channel is advanced lazily up to the virtual clock: RX fills DMA buffers
 * from the port's source, TX plays DMA buffers into the port's sink, at the rate the chip's clock
 * dividers achieve for the configured sample rate (i2s_sim_get_real_rate).
 *
 * Everything here uses plain C types (integers, doubles, char pointers, one POD struct of fixed-width
 * fields) so that a C# P/Invoke layer can call it directly. Functions returning int return ESP-IDF
 * esp_err_t codes (ESP_OK = 0).
 *
 * Threads. The simulator keeps the threading contract of ESP-IDF's I2S drivers and may be called from
 * any number of threads:
 *  - Transfers on one channel are serialised, as in the driver (IDF 5.0-5.5 i2s_common.c:
 *    i2s_channel_read/write hold the channel's `binary` semaphore for the whole transfer; the legacy
 *    i2s_read/i2s_write hold the direction's `mux`). Two threads reading one channel each get whole,
 *    in-order runs of frames; no frame goes to both.
 *  - Disabling or deleting a channel (i2s_channel_disable, i2s_del_channel) or uninstalling a legacy
 *    driver (i2s_driver_uninstall) while another thread transfers on it is safe: the transfer ends and
 *    returns what it moved with its usual code (ESP_OK, or ESP_ERR_TIMEOUT with the partial count); a
 *    transfer that starts afterwards gets ESP_ERR_INVALID_STATE (disabled channel, uninstalled legacy
 *    port) or ESP_ERR_INVALID_ARG (deleted handle). Never a crash or a use-after-free. On the device
 *    i2s_channel_disable waits for the transfer in the same way (it takes `binary`); i2s_del_channel
 *    and the legacy uninstall do not wait, so there the application must stop its transfers first.
 *  How: every function of this API and of the driver takes one fair (first come, first served) lock
 *  for its whole run, so calls are atomic in virtual time. A blocking call advances the virtual clock
 *  instead of sleeping, so it returns before another thread's call starts; a disable from another
 *  thread takes effect between two calls.
 *  Source and sink callbacks run with that lock held, on the thread whose call ran the hardware. They
 *  may call the simulator again (i2s_sim_now_us, i2s_sim_get_stats, ...), but a transfer, a channel
 *  delete or a legacy uninstall from a callback returns ESP_ERR_INVALID_STATE and i2s_sim_reset is
 *  ignored (both log an error); a callback must not wait for another thread that calls the simulator.
 */
/*
 * Full duplex (see "Full duplex" in native/README.md): a port holds a TX and an RX at once when the std
 * driver's i2s_new_channel gets both handles in one call, or the legacy driver is installed with
 * I2S_MODE_TX | I2S_MODE_RX. As on ESP32, both directions then run on one clock: the RX (master role)
 * is a slave on the TX's BCK/WS, so it runs at the TX's rate, frame for frame, and only while the TX
 * runs. Stats, real rates, sources and sinks stay per port and direction.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Ports and directions as the simulator counts them (ESP32: two controllers). */
#define I2S_SIM_PORT_COUNT 2
#define I2S_SIM_DIR_RX 0
#define I2S_SIM_DIR_TX 1

/* Channel states reported in i2s_sim_stats_t.state (mirror the driver's internal state machine). */
#define I2S_SIM_STATE_NONE       0 /* no channel / driver on this port+direction */
#define I2S_SIM_STATE_REGISTERED 1 /* i2s_new_channel done, not yet initialised */
#define I2S_SIM_STATE_READY      2 /* initialised (std mode or legacy install), DMA allocated, stopped */
#define I2S_SIM_STATE_RUNNING    3 /* enabled: the virtual hardware moves samples */

/* Counters of one port+direction. They survive channel deletion and are cleared when a new channel or
 * driver is created on that port+direction, and by i2s_sim_reset(). 64-bit fields first, no padding. */
typedef struct {
    uint64_t app_bytes;         /* bytes moved by i2s_channel_read/write, i2s_read/write (the returned counts) */
    uint64_t app_frames;        /* app_bytes / bytes_per_frame */
    uint64_t hw_frames;         /* frames clocked by the hardware: captured (RX) or played (TX) */
    uint64_t data_frames;       /* RX: frames handed to the application; TX: played frames that held app data */
    uint64_t overrun_frames;    /* RX: frames lost because the DMA queue was full (oldest buffer dropped) */
    uint64_t underrun_frames;   /* TX: frames played without application data (silence or stale buffer) */
    uint64_t discarded_frames;  /* frames lost by disable/stop/zero-DMA/uninstall, neither over- nor underrun */
    uint64_t dma_buffers;       /* DMA buffers completed by the hardware (EOF interrupts) */
    uint64_t overrun_buffers;   /* RX: buffers dropped from a full queue */
    uint64_t underrun_buffers;  /* TX: buffers played with at least one frame of no data */
    uint64_t timeouts;          /* data-path calls that ended because a wait timed out */
    uint64_t blocked_us;        /* virtual microseconds spent waiting inside data-path calls */
    uint32_t state;             /* I2S_SIM_STATE_* */
    uint32_t sample_rate_hz;    /* configured sample rate (the hardware runs at i2s_sim_get_real_rate) */
    uint32_t bytes_per_frame;   /* DMA bytes per frame (ESP32 16-bit alignment: 8->2, 24->4 bytes/sample) */
    uint32_t dma_desc_num;      /* DMA buffers in the ring */
    uint32_t dma_buffer_bytes;  /* bytes per DMA buffer after the driver's 4092-byte clamp */
    uint32_t queued_buffers;    /* RX: filled buffers waiting; TX: free buffers waiting */
} i2s_sim_stats_t;

/* sizeof(i2s_sim_stats_t), so a P/Invoke layer can check its struct mirror. */
uint32_t i2s_sim_stats_size(void);

/* Deletes every channel and legacy driver, detaches sources and sinks (finishing WAV files), clears
 * stats, the captured log and the per-call cost, sets the log level back to quiet and the virtual
 * clock to 0. */
void i2s_sim_reset(void);

/* Virtual clock. advance runs the hardware of every running channel up to the new time. */
uint64_t i2s_sim_now_us(void);
void i2s_sim_advance_us(uint64_t microseconds);

/* Virtual microseconds charged to every read/write call before it runs (default 0), so that a
 * polling loop with timeout 0 still lets time pass as it would on a CPU. */
void i2s_sim_set_call_cost_us(uint32_t microseconds);

/* Statistics of one port+direction; ESP_ERR_INVALID_ARG for a bad port/direction or NULL out. */
int i2s_sim_get_stats(int port, int direction, i2s_sim_stats_t *out);

/* The frame rate the hardware of port+direction runs at: the rate the driver's clock dividers achieve
 * for the configured rate (see "Clock" in native/README.md), in Hz. ESP_ERR_INVALID_STATE (and 0)
 * while the port+direction has no initialised channel or driver. */
int i2s_sim_get_real_rate(int port, int direction, double *rate_hz);

/* ---- RX sources (one per port; default is silence). Attach replaces the previous source. ---- */
int i2s_sim_source_silence(int port);
/* Sine of frequency_hz at amplitude 0..1 of full scale, same on every slot. */
int i2s_sim_source_tone(int port, double frequency_hz, double amplitude);
/* Linear sweep from start_hz to end_hz over duration_s, repeated, amplitude 0..1. */
int i2s_sim_source_chirp(int port, double start_hz, double end_hz, double duration_s, double amplitude);
/* Frame-counter test pattern: frame n (counted from attach, including frames lost to overruns) holds
 * the value n + 1, little-endian, truncated to the frame size (see i2s_sim_pattern_*). */
int i2s_sim_source_pattern(int port);
/* PCM WAV (8/16/24/32-bit integer, 1..8 channels; extra channels ignored). Samples are converted to
 * the channel's data width, left-justified in the DMA container. loop != 0 restarts at the end,
 * otherwise silence follows. ESP_ERR_NOT_FOUND when the file cannot be opened, ESP_ERR_NOT_SUPPORTED
 * for a format it cannot read. */
int i2s_sim_source_wav(int port, const char *path, int loop);
/* Callback source: called with the bytes of one DMA buffer to fill. first_frame counts frames from
 * attach. The callback must write exactly `bytes` bytes. */
typedef void (*i2s_sim_source_fn)(void *user, uint8_t *dst, uint32_t bytes, uint32_t bytes_per_frame,
                                  uint64_t first_frame);
int i2s_sim_source_callback(int port, i2s_sim_source_fn fn, void *user);
/* Loopback: the RX of `port` hears what the TX of `tx_port` (the same port in full duplex, or another
 * one) puts on its data line, frame by frame at the hardware clocks: RX frame captured at instant t
 * holds the TX frame on the wire at t - delay_frames RX frame periods, so the latency an application
 * measures is the driver's own (TX DMA queue + RX DMA ring) plus delay_frames. Every byte the TX sends
 * counts (underrun silence, stale buffers, preloaded data); silence where the TX was not sending. Samples
 * are converted between the two sides' widths and slot counts left-justified, like the WAV source (a
 * mono TX is heard on both slots; a mono RX picks its slot from a stereo TX), then scaled by gain (1.0:
 * bit exact; >= 0, results clipped to full scale). On one port in full duplex the two sides share one
 * frame grid, so a pattern comes back byte for byte. delay_frames <= 1048576. ESP_ERR_INVALID_ARG for a
 * bad port, delay or gain. */
int i2s_sim_source_loopback(int port, int tx_port, uint32_t delay_frames, double gain);

/* ---- TX sinks (one per port; default discards). Sinks receive every played DMA buffer, so
 * underrun silence (or stale data without auto-clear) appears in them as it would on the wire. ---- */
int i2s_sim_sink_null(int port);
/* Keeps up to max_bytes of played bytes in memory; later bytes are counted but not kept. */
int i2s_sim_sink_memory(int port, uint64_t max_bytes);
uint64_t i2s_sim_sink_memory_size(int port);
/* Copies kept bytes [offset, offset+len) to dst; returns the number of bytes copied. */
uint64_t i2s_sim_sink_memory_read(int port, uint64_t offset, void *dst, uint64_t len);
/* Streams played bytes to a PCM WAV file (container width = DMA bytes per sample, channels = active
 * slots, rate = configured rate). The header is completed when the sink is detached or replaced,
 * the channel is deleted, or the simulator is reset. ESP_FAIL when the file cannot be created. */
int i2s_sim_sink_wav(int port, const char *path);
/* Callback sink: data_bytes of the `bytes` played were application data; the rest is underrun. */
typedef void (*i2s_sim_sink_fn)(void *user, const uint8_t *data, uint32_t bytes, uint32_t data_bytes,
                                uint32_t bytes_per_frame);
int i2s_sim_sink_callback(int port, i2s_sim_sink_fn fn, void *user);
/* Detaches (and finishes) the sink; the port discards played data afterwards. */
int i2s_sim_sink_detach(int port);

/* ---- Frame-counter pattern helpers (for tests and the host backend) ---- */
/* Writes frames first_frame .. first_frame+count-1 of the pattern into dst (count*bytes_per_frame bytes). */
void i2s_sim_pattern_fill(void *dst, uint32_t bytes_per_frame, uint64_t first_frame, uint64_t count);
/* Value stored in one pattern frame (frame index + 1, truncated to the frame size). */
uint64_t i2s_sim_pattern_value(const void *frame, uint32_t bytes_per_frame);

/* ---- Log capture ---- */
/* Messages at or below this level (ESP_LOG_ERROR=1 ... VERBOSE=5, NONE=0) go to stderr; default 0
 * (quiet). The last message of level ERROR or WARN is always kept for i2s_sim_last_log. */
void i2s_sim_set_log_level(int level);
/* Copies "<tag>: <message>" of the last error/warning into buf (NUL-terminated, truncated to len);
 * returns its full length (0 if none). i2s_sim_clear_log() forgets it. */
uint32_t i2s_sim_last_log(char *buf, uint32_t len);
/* 1 if any error/warning logged since the last clear contains text (ESP-IDF logs nested failures
 * inner message first, so the rule that fired is usually not the last line). */
int i2s_sim_log_contains(const char *text);
void i2s_sim_clear_log(void);
/* Errors the simulator itself logged (tag "i2s_sim") since the last clear, however many lines ago: calls
 * ESP-IDF would not have survived or refused (a deleted channel handle, an uninstalled port, a transfer or
 * delete from a callback) or cannot simulate. Code that uses the driver correctly makes none. */
uint32_t i2s_sim_own_error_count(void);

#ifdef __cplusplus
}
#endif
