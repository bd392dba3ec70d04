/*
 * Long data-integrity runs: at least 10 minutes of virtual audio per case through the simulator with
 * random request sizes, random timeouts (including 0 and sub-tick values) and random processing
 * pauses, with the frame-counter pattern. Every frame must arrive exactly once and in order, or be
 * accounted for as overrun (RX) / underrun (TX); returned byte counts must equal the bytes moved.
 */
#define CONFIG_I2S_SUPPRESS_DEPRECATE_WARN 1
#include <stdlib.h>

#include "driver/i2s.h"
#include "test_util.h"

#define VIRTUAL_US (10ULL * 60ULL * 1000000ULL + 1000000ULL) /* a little over 10 minutes */

static uint64_t s_rng = 0x9E3779B97F4A7C15ULL;

static uint32_t rnd(uint32_t n)
{
    s_rng ^= s_rng << 13;
    s_rng ^= s_rng >> 7;
    s_rng ^= s_rng << 17;
    return (uint32_t)(s_rng % n);
}

static uint32_t random_timeout_ms(void)
{
    static const uint32_t choices[] = {0, 0, 5, 10, 20, 50, 1000, 0xFFFFFFFFu};
    return choices[rnd(sizeof choices / sizeof choices[0])];
}

/* Ticks the legacy API gets for the same choices (portMAX_DELAY stays portMAX_DELAY). */
static TickType_t to_ticks(uint32_t ms)
{
    return ms == 0xFFFFFFFFu ? portMAX_DELAY : pdMS_TO_TICKS(ms);
}

/* Upper bound of the virtual time one call may take: every buffer wait is bounded by the timeout. */
static uint64_t max_call_us(uint32_t ms, size_t bytes, uint32_t buf_bytes)
{
    if (ms == 0xFFFFFFFFu) {
        return UINT64_MAX;
    }
    uint64_t waits = bytes / buf_bytes + 2U;
    return waits * (uint64_t)pdMS_TO_TICKS(ms) * (1000000ULL / configTICK_RATE_HZ);
}

typedef struct {
    uint64_t expected_value;  /* value of the next frame if nothing is lost */
    uint64_t gap_frames;      /* frames skipped between consecutive reads */
    uint64_t order_errors;
} rx_verify_t;

static void verify_rx(rx_verify_t *v, const uint8_t *buf, size_t bytes, uint32_t bpf, uint32_t frames_per_buf)
{
    for (size_t off = 0; off < bytes; off += bpf) {
        uint64_t val = i2s_sim_pattern_value(buf + off, bpf);
        if (val < v->expected_value || (val - v->expected_value) % frames_per_buf != 0) {
            v->order_errors++;
        } else {
            v->gap_frames += val - v->expected_value; /* whole dropped buffers only */
        }
        v->expected_value = val + 1;
    }
}

typedef enum { API_STD, API_LEGACY } api_t;

static void rx_run(api_t api, uint32_t rate, i2s_data_bit_width_t bits, i2s_slot_mode_t mode, uint32_t desc, uint32_t frames)
{
    CHECK_EQ(i2s_sim_source_pattern(0), ESP_OK);
    i2s_chan_handle_t rx = NULL;
    if (api == API_STD) {
        rx = std_channel(I2S_NUM_0, false, desc, frames, rate, bits, mode, false, true);
        CHECK(rx != NULL);
    } else {
        i2s_config_t c = {
            .mode = I2S_MODE_MASTER | I2S_MODE_RX, .sample_rate = rate, .bits_per_sample = (i2s_bits_per_sample_t)bits,
            .channel_format = mode == I2S_SLOT_MODE_MONO ? I2S_CHANNEL_FMT_ONLY_LEFT : I2S_CHANNEL_FMT_RIGHT_LEFT,
            .communication_format = I2S_COMM_FORMAT_STAND_I2S, .intr_alloc_flags = 0, .dma_desc_num = (int)desc,
            .dma_frame_num = (int)frames, .use_apll = false, .tx_desc_auto_clear = false, .fixed_mclk = 0,
            .mclk_multiple = I2S_MCLK_MULTIPLE_384, .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
        };
        CHECK_EQ(i2s_driver_install(I2S_NUM_0, &c, 0, NULL), ESP_OK);
    }
    i2s_sim_stats_t st0 = stats_of(0, I2S_SIM_DIR_RX);
    uint32_t bpf = st0.bytes_per_frame;
    uint32_t buf_bytes = st0.dma_buffer_bytes;
    uint32_t fpb = buf_bytes / bpf;
    uint64_t period_us = (uint64_t)fpb * 1000000ULL / rate;
    size_t cap = (size_t)bpf * 8192U;
    uint8_t *buf = malloc(cap);
    rx_verify_t v = {1, 0, 0};
    uint64_t total = 0, calls = 0, mismatched_counts = 0, slow_calls = 0;
    while (i2s_sim_now_us() < VIRTUAL_US) {
        size_t want = (size_t)(rnd(8192) + 1U) * bpf;
        uint32_t ms = random_timeout_ms();
        uint64_t t0 = i2s_sim_now_us();
        size_t n = 0;
        esp_err_t e;
        if (api == API_STD) {
            e = i2s_channel_read(rx, buf, want, &n, ms);
            if ((e == ESP_OK) != (n == want) || (e != ESP_OK && e != ESP_ERR_TIMEOUT)) {
                mismatched_counts++;
            }
        } else {
            e = i2s_read(I2S_NUM_0, buf, want, &n, to_ticks(ms));
            if (e != ESP_OK || n > want) {
                mismatched_counts++;
            }
        }
        uint64_t dt = i2s_sim_now_us() - t0;
        if (dt > max_call_us(ms, want, buf_bytes) || (ms == 0 && dt != 0)) {
            slow_calls++;
        }
        verify_rx(&v, buf, n, bpf, fpb);
        total += n;
        calls++;
        /* processing time: usually short, sometimes long enough to overrun the ring */
        uint32_t r = rnd(100);
        i2s_sim_advance_us(r < 90 ? rnd((uint32_t)period_us) : rnd((uint32_t)(period_us * desc * 3U)));
    }
    /* drain what is queued, then account for every frame the hardware captured */
    size_t n = 0;
    do {
        if (api == API_STD) {
            (void)i2s_channel_read(rx, buf, cap, &n, 0);
        } else {
            (void)i2s_read(I2S_NUM_0, buf, cap, &n, 0);
        }
        verify_rx(&v, buf, n, bpf, fpb);
        total += n;
    } while (n == cap);
    i2s_sim_stats_t st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(v.order_errors, 0);
    CHECK_EQ(mismatched_counts, 0);
    CHECK_EQ(slow_calls, 0);
    CHECK_EQ(st.app_bytes, total);
    CHECK_EQ(v.gap_frames, st.overrun_frames);
    CHECK(st.overrun_frames > 0);             /* the run did exercise overruns */
    CHECK(st.timeouts > 0);                   /* and timeouts */
    CHECK(st.app_frames > 10ULL * 60ULL * rate / 2ULL);
    if (api == API_STD) {
        CHECK_EQ(i2s_channel_disable(rx), ESP_OK);
        CHECK_EQ(i2s_del_channel(rx), ESP_OK);
    } else {
        CHECK_EQ(i2s_driver_uninstall(I2S_NUM_0), ESP_OK);
    }
    st = stats_of(0, I2S_SIM_DIR_RX);
    CHECK_EQ(st.hw_frames, st.app_frames + st.overrun_frames + st.discarded_frames);
    fprintf(stderr, "  rx %s: %llu calls, %llu frames read, %llu overrun, %llu timeouts\n",
            api == API_STD ? "std" : "legacy", (unsigned long long)calls, (unsigned long long)st.app_frames,
            (unsigned long long)st.overrun_frames, (unsigned long long)st.timeouts);
    free(buf);
}

typedef struct {
    uint64_t next_value;
    uint64_t data_frames, silent_frames, order_errors;
} tx_verify_t;

/* Classifies each played frame by its bytes alone (not by the sink's data_bytes argument, which is the
 * simulator's own account): with auto-clear, a frame the application did not fill is all zeros, and
 * every pattern frame is non-zero (frame n holds n + 1). A non-zero frame must be the next one written;
 * stale or repeated data would break the sequence. */
static void tx_verify_sink(void *user, const uint8_t *data, uint32_t bytes, uint32_t data_bytes, uint32_t bpf)
{
    (void)data_bytes;
    tx_verify_t *v = user;
    for (uint32_t off = 0; off < bytes; off += bpf) {
        uint64_t val = i2s_sim_pattern_value(data + off, bpf);
        if (val == 0) {
            v->silent_frames++;
            continue;
        }
        if (val != v->next_value) {
            v->order_errors++;
        }
        v->next_value = val + 1;
        v->data_frames++;
    }
}

static void tx_run(api_t api, uint32_t rate, i2s_data_bit_width_t bits, i2s_slot_mode_t mode, uint32_t desc, uint32_t frames)
{
    tx_verify_t v = {1, 0, 0, 0};
    CHECK_EQ(i2s_sim_sink_callback(1, tx_verify_sink, &v), ESP_OK);
    i2s_chan_handle_t tx = NULL;
    if (api == API_STD) {
        tx = std_channel(I2S_NUM_1, true, desc, frames, rate, bits, mode, true, true);
        CHECK(tx != NULL);
    } else {
        i2s_config_t c = {
            .mode = I2S_MODE_MASTER | I2S_MODE_TX, .sample_rate = rate, .bits_per_sample = (i2s_bits_per_sample_t)bits,
            .channel_format = mode == I2S_SLOT_MODE_MONO ? I2S_CHANNEL_FMT_ONLY_LEFT : I2S_CHANNEL_FMT_RIGHT_LEFT,
            .communication_format = I2S_COMM_FORMAT_STAND_I2S, .intr_alloc_flags = 0, .dma_desc_num = (int)desc,
            .dma_frame_num = (int)frames, .use_apll = false, .tx_desc_auto_clear = true, .fixed_mclk = 0,
            .mclk_multiple = I2S_MCLK_MULTIPLE_384, .bits_per_chan = I2S_BITS_PER_CHAN_DEFAULT,
        };
        CHECK_EQ(i2s_driver_install(I2S_NUM_1, &c, 0, NULL), ESP_OK);
    }
    i2s_sim_stats_t st0 = stats_of(1, I2S_SIM_DIR_TX);
    uint32_t bpf = st0.bytes_per_frame;
    uint32_t buf_bytes = st0.dma_buffer_bytes;
    uint64_t period_us = (uint64_t)(buf_bytes / bpf) * 1000000ULL / rate;
    size_t cap = (size_t)bpf * 8192U;
    uint8_t *buf = malloc(cap);
    uint64_t next_frame = 0, total = 0, mismatched_counts = 0, slow_calls = 0;
    size_t pending = 0; /* frames of buf not yet accepted by the driver */
    while (i2s_sim_now_us() < VIRTUAL_US) {
        if (pending == 0) {
            pending = (size_t)rnd(8192) + 1U;
            i2s_sim_pattern_fill(buf, bpf, next_frame, pending);
        }
        size_t want = pending * bpf;
        uint32_t ms = random_timeout_ms();
        uint64_t t0 = i2s_sim_now_us();
        size_t n = 0;
        if (api == API_STD) {
            esp_err_t e = i2s_channel_write(tx, buf, want, &n, ms);
            if ((e == ESP_OK) != (n == want) || (e != ESP_OK && e != ESP_ERR_TIMEOUT)) {
                mismatched_counts++;
            }
        } else {
            if (i2s_write(I2S_NUM_1, buf, want, &n, to_ticks(ms)) != ESP_OK || n > want) {
                mismatched_counts++;
            }
        }
        uint64_t dt = i2s_sim_now_us() - t0;
        if (dt > max_call_us(ms, want, buf_bytes) || (ms == 0 && dt != 0)) {
            slow_calls++;
        }
        if (n % bpf != 0) {
            mismatched_counts++;
        }
        /* keep the rest of the request for the next call, as the seed's write loop does */
        memmove(buf, buf + n, want - n);
        pending -= n / bpf;
        next_frame += n / bpf;
        total += n;
        uint32_t r = rnd(100);
        i2s_sim_advance_us(r < 90 ? rnd((uint32_t)period_us) : rnd((uint32_t)(period_us * desc * 3U)));
    }
    i2s_sim_stats_t st = stats_of(1, I2S_SIM_DIR_TX);
    CHECK_EQ(v.order_errors, 0);
    CHECK_EQ(v.data_frames + v.silent_frames, st.hw_frames); /* the wire carried every clocked frame */
    CHECK_EQ(mismatched_counts, 0);
    CHECK_EQ(slow_calls, 0);
    CHECK_EQ(st.app_bytes, total);
    CHECK_EQ(st.data_frames, v.data_frames);
    CHECK_EQ(st.underrun_frames, v.silent_frames);
    CHECK_EQ(st.hw_frames, st.data_frames + st.underrun_frames);
    CHECK(st.underrun_frames > 0);
    if (api == API_STD) {
        CHECK_EQ(i2s_channel_disable(tx), ESP_OK);
        CHECK_EQ(i2s_del_channel(tx), ESP_OK);
    } else {
        CHECK_EQ(i2s_driver_uninstall(I2S_NUM_1), ESP_OK);
    }
    st = stats_of(1, I2S_SIM_DIR_TX);
    /* every frame the application handed over was played exactly once, or is still in the ring */
    CHECK_EQ(st.app_frames, st.data_frames + st.discarded_frames);
    CHECK_EQ(v.next_value, st.data_frames + 1);
    fprintf(stderr, "  tx %s: %llu frames written, %llu underrun, %llu timeouts\n",
            api == API_STD ? "std" : "legacy", (unsigned long long)st.app_frames,
            (unsigned long long)st.underrun_frames, (unsigned long long)st.timeouts);
    free(buf);
}

static void rx_std_48k_stereo16(void) { rx_run(API_STD, 48000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, 6, 240); }
static void rx_std_16k_mono32(void) { rx_run(API_STD, 16000, I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_MONO, 16, 256); }
static void rx_legacy_22k_stereo32(void) { rx_run(API_LEGACY, 22050, I2S_DATA_BIT_WIDTH_32BIT, I2S_SLOT_MODE_STEREO, 8, 1024); }
static void tx_std_44k_stereo16(void) { tx_run(API_STD, 44100, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, 4, 512); }
static void tx_std_8k_mono24(void) { tx_run(API_STD, 8000, I2S_DATA_BIT_WIDTH_24BIT, I2S_SLOT_MODE_MONO, 3, 100); }
static void tx_legacy_16k_stereo16(void) { tx_run(API_LEGACY, 16000, I2S_DATA_BIT_WIDTH_16BIT, I2S_SLOT_MODE_STEREO, 10, 64); }

int main(void)
{
    RUN(rx_std_48k_stereo16);
    RUN(rx_std_16k_mono32);
    RUN(rx_legacy_22k_stereo32);
    RUN(tx_std_44k_stereo16);
    RUN(tx_std_8k_mono24);
    RUN(tx_legacy_16k_stereo16);
    TEST_MAIN_END();
}
