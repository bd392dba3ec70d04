// Drives I2sGen's generated nanoCLR glue (I2sGen_Interop*.cpp) through the host shim of the interop API into the
// generated C of two bindings on the host simulator, the way nanoCLR calls a native method: through the assembly
// record's method_lookup, with the arguments in a stack frame. The bindings come from tests/I2sGen.Tests
// (NanoClrCTestTests): index 0 is Mic (I2sMicrophone, bus 0, 32-bit mono), index 1 is Speaker (I2sSpeaker, bus 1,
// 16-bit stereo).
#include <stdio.h>
#include <string.h>

#include "I2sGen_Interop.h"
#include "I2sGen_Interop_Bindings.h"
#include "i2s_sim.h"
#include "mic_i2s.h"
#include "nanoclr_shim.h"
#include "speaker_i2s.h"

static int g_failures;
static int g_checks;

#define CHECK_EQ(a, b)                                                                                                 \
    do                                                                                                                 \
    {                                                                                                                  \
        long long va_ = (long long)(a), vb_ = (long long)(b);                                                          \
        g_checks++;                                                                                                    \
        if (va_ != vb_)                                                                                                \
        {                                                                                                              \
            fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, #a, #b, va_, vb_); \
            g_failures++;                                                                                              \
        }                                                                                                              \
    } while (0)
#define CHECK(cond) CHECK_EQ(!!(cond), 1)

enum Method
{
    Init,
    Deinit,
    Read,
    ReadSpan,
    Write,
    WriteSpan
};

static const CLR_INT32 Mic = 0;
static const CLR_INT32 Speaker = 1;
static const CLR_INT32 Sentinel = -12345;

// Calls method m as nanoCLR does: by its index in the assembly record's lookup table.
static HRESULT Call(Method m, shim::Frame &frame)
{
    const CLR_RT_MethodHandler *lookup = (const CLR_RT_MethodHandler *)g_CLR_AssemblyNative_I2sGen_Interop.m_pNativeMethods;
    HRESULT hr = lookup[m](frame.stack);
    CHECK_EQ(shim::ProtectedNow(), 0);
    return hr;
}

static CLR_INT32 Fingerprint(CLR_INT32 index)
{
    return (CLR_INT32)g_I2sGen_Interop_Bindings[index].fingerprint;
}

static CLR_INT32 InitBinding(CLR_INT32 index, CLR_INT32 fingerprint)
{
    shim::Frame frame;
    frame.args[0].SetInteger(index);
    frame.args[1].SetInteger(fingerprint);
    CHECK_EQ(Call(Init, frame), S_OK);
    CHECK(frame.HasResult());
    return frame.Result();
}

static CLR_INT32 DeinitBinding(CLR_INT32 index)
{
    shim::Frame frame;
    frame.args[0].SetInteger(index);
    CHECK_EQ(Call(Deinit, frame), S_OK);
    CHECK(frame.HasResult());
    return frame.Result();
}

// The outcome of one transfer: the HRESULT, the esp_err_t result (when set) and the by-ref count.
struct Outcome
{
    HRESULT hr;
    bool hasResult;
    CLR_INT32 err;
    CLR_INT32 count;
};

static Outcome ArrayTransfer(Method m, CLR_INT32 index, CLR_RT_HeapBlock_Array *array, CLR_INT32 offset, CLR_INT32 count, CLR_INT32 timeoutMs)
{
    shim::Frame frame;
    CLR_RT_HeapBlock moved;
    moved.SetInteger(Sentinel);
    frame.args[0].SetInteger(index);
    frame.args[1].SetObjectReference(array);
    frame.args[2].SetInteger(offset);
    frame.args[3].SetInteger(count);
    frame.args[4].SetInteger(timeoutMs);
    frame.args[5].SetReference(moved);
    Outcome outcome;
    outcome.hr = Call(m, frame);
    outcome.hasResult = frame.HasResult();
    outcome.err = outcome.hasResult ? frame.Result() : 0;
    outcome.count = moved.NumericByRef().s4;
    return outcome;
}

static Outcome SpanTransfer(Method m, CLR_INT32 index, shim::SpanByte *span, CLR_INT32 timeoutMs)
{
    shim::Frame frame;
    CLR_RT_HeapBlock moved;
    moved.SetInteger(Sentinel);
    frame.args[0].SetInteger(index);
    frame.args[1].SetObjectReference(span == nullptr ? nullptr : &span->blocks[0]);
    frame.args[2].SetInteger(timeoutMs);
    frame.args[3].SetReference(moved);
    Outcome outcome;
    outcome.hr = Call(m, frame);
    outcome.hasResult = frame.HasResult();
    outcome.err = outcome.hasResult ? frame.Result() : 0;
    outcome.count = moved.NumericByRef().s4;
    return outcome;
}

static uint32_t SimState(int port, int direction)
{
    i2s_sim_stats_t stats;
    memset(&stats, 0, sizeof stats);
    i2s_sim_get_stats(port, direction, &stats);
    return stats.state;
}

// Frames [first, first + frames) of data hold consecutive pattern values.
static bool Consecutive(const CLR_UINT8 *data, uint32_t frames, uint32_t bytesPerFrame)
{
    uint64_t first = i2s_sim_pattern_value(data, bytesPerFrame);
    for (uint32_t i = 1; i < frames; i++)
    {
        if (i2s_sim_pattern_value(data + i * bytesPerFrame, bytesPerFrame) != first + i)
        {
            return false;
        }
    }

    return first != 0;
}

static void AssemblyRecord()
{
    const CLR_RT_NativeAssemblyData &record = g_CLR_AssemblyNative_I2sGen_Interop;
    CHECK_EQ(strcmp(record.m_szAssemblyName, "I2sGen.Interop"), 0);
    CHECK_EQ(record.m_Version.iMajorVersion, 1);
    CHECK_EQ(record.m_Version.iMinorVersion, 0);
    CHECK_EQ(record.m_Version.iBuildNumber, 0);
    CHECK_EQ(record.m_Version.iRevisionNumber, 0);
    CHECK(record.m_checkSum != 0);
    const CLR_RT_MethodHandler *lookup = (const CLR_RT_MethodHandler *)record.m_pNativeMethods;
    for (int m = Init; m <= WriteSpan; m++)
    {
        CHECK(lookup[m] != nullptr);
    }

    CHECK_EQ(g_I2sGen_Interop_BindingCount, 2);
    CHECK_EQ(strcmp(g_I2sGen_Interop_Bindings[Mic].name, "mic_i2s"), 0);
    CHECK_EQ(strcmp(g_I2sGen_Interop_Bindings[Speaker].name, "speaker_i2s"), 0);
    CHECK(g_I2sGen_Interop_Bindings[Mic].fingerprint != g_I2sGen_Interop_Bindings[Speaker].fingerprint);
}

static void InitChecksIndexAndFingerprint()
{
    i2s_sim_reset();
    CHECK_EQ(InitBinding(2, Fingerprint(Mic)), ESP_ERR_NOT_SUPPORTED);
    CHECK_EQ(InitBinding(-1, Fingerprint(Mic)), ESP_ERR_NOT_SUPPORTED);
    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic) ^ 1), ESP_ERR_INVALID_VERSION);
    CHECK_EQ(InitBinding(Mic, Fingerprint(Speaker)), ESP_ERR_INVALID_VERSION);
    CHECK_EQ(SimState(0, I2S_SIM_DIR_RX), I2S_SIM_STATE_NONE);
    CHECK_EQ(DeinitBinding(2), ESP_ERR_NOT_SUPPORTED);

    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_OK);
    CHECK_EQ(SimState(0, I2S_SIM_DIR_RX), I2S_SIM_STATE_RUNNING);
    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_ERR_INVALID_STATE);
    CHECK_EQ(DeinitBinding(Mic), ESP_OK);
    CHECK_EQ(SimState(0, I2S_SIM_DIR_RX), I2S_SIM_STATE_NONE);
    CHECK_EQ(DeinitBinding(Mic), ESP_OK); // deinit twice: nothing to release, as the C contract says
}

static void ReadArrayIntegrityAndOffset()
{
    const uint32_t bpf = MIC_I2S_BYTES_PER_FRAME;
    const uint32_t frames = 1000, offset = 3 * bpf, guard = 2 * bpf;
    i2s_sim_reset();
    i2s_sim_source_pattern(0);
    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_OK);

    CLR_RT_HeapBlock_Array *array = shim::NewByteArray(offset + frames * bpf + guard);
    memset(array->GetFirstElement(), 0xA5, array->m_numOfElements);
    shim::ResetProtectedPeak();
    Outcome o = ArrayTransfer(Read, Mic, array, (CLR_INT32)offset, (CLR_INT32)(frames * bpf), -1);
    CHECK_EQ(o.hr, S_OK);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, frames * bpf);
    CHECK_EQ(shim::ProtectedPeak(), 1);
    CHECK(Consecutive(array->GetElement(offset), frames, bpf));
    for (uint32_t i = 0; i < offset; i++)
    {
        CHECK_EQ(array->GetFirstElement()[i], 0xA5);
    }
    for (uint32_t i = offset + frames * bpf; i < array->m_numOfElements; i++)
    {
        CHECK_EQ(array->GetFirstElement()[i], 0xA5);
    }

    // The next read continues where this one stopped: no frame lost or repeated between calls.
    uint64_t last = i2s_sim_pattern_value(array->GetElement(offset + (frames - 1) * bpf), bpf);
    o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)bpf, -1);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(i2s_sim_pattern_value(array->GetFirstElement(), bpf), last + 1);

    CHECK_EQ(DeinitBinding(Mic), ESP_OK);
    shim::FreeByteArray(array);
}

static void ReadSpanIntegrityAndStart()
{
    const uint32_t bpf = MIC_I2S_BYTES_PER_FRAME;
    const uint32_t frames = 700, start = 5 * bpf;
    i2s_sim_reset();
    i2s_sim_source_pattern(0);
    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_OK);

    CLR_RT_HeapBlock_Array *array = shim::NewByteArray(start + frames * bpf + bpf);
    memset(array->GetFirstElement(), 0x5A, array->m_numOfElements);
    shim::SpanByte span(array, (CLR_INT32)start, (CLR_INT32)(frames * bpf));
    Outcome o = SpanTransfer(ReadSpan, Mic, &span, -1);
    CHECK_EQ(o.hr, S_OK);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, frames * bpf);
    CHECK(Consecutive(array->GetElement(start), frames, bpf));
    CHECK_EQ(array->GetFirstElement()[start - 1], 0x5A);
    CHECK_EQ(array->GetFirstElement()[start + frames * bpf], 0x5A);

    // An empty span (SpanByte.Empty: no array) reads nothing and succeeds.
    shim::SpanByte empty(nullptr, 0, 0);
    o = SpanTransfer(ReadSpan, Mic, &empty, 0);
    CHECK_EQ(o.hr, S_OK);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, 0);

    CHECK_EQ(DeinitBinding(Mic), ESP_OK);
    shim::FreeByteArray(array);
}

static void ReadTimeoutModes()
{
    const uint32_t bpf = MIC_I2S_BYTES_PER_FRAME;
    const uint32_t length = MIC_I2S_DMA_TOTAL_BYTES * 4; // more than the DMA buffers hold
    i2s_sim_reset();
    i2s_sim_source_pattern(0);
    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_OK);
    CLR_RT_HeapBlock_Array *array = shim::NewByteArray(length);

    // 0: never waits; right after start no DMA buffer is complete, so nothing is read.
    uint64_t before = i2s_sim_now_us();
    Outcome o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)length, 0);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, 0);
    CHECK_EQ(i2s_sim_now_us(), before);

    // 0 after the hardware filled some buffers: returns what they hold, whole frames, without waiting.
    i2s_sim_advance_us(MIC_I2S_LATENCY_US / 2);
    before = i2s_sim_now_us();
    o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)length, 0);
    CHECK_EQ(o.err, ESP_OK);
    CHECK(o.count > 0 && (uint32_t)o.count < length);
    CHECK_EQ(o.count % bpf, 0);
    CHECK_EQ(i2s_sim_now_us(), before);

    // > 0: waits at most that long per DMA buffer, so a request larger than what arrives in time ends early.
    o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)length, 1);
    CHECK_EQ(o.err, ESP_OK);
    CHECK(o.count >= 0 && (uint32_t)o.count < length);
    CHECK_EQ(o.count % bpf, 0);

    // -1: waits for everything.
    o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)length, -1);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, length);

    // Below -1: the C contract's ESP_ERR_INVALID_ARG, returned (not thrown) with a zero count.
    o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)bpf, -2);
    CHECK_EQ(o.hr, S_OK);
    CHECK_EQ(o.err, ESP_ERR_INVALID_ARG);
    CHECK_EQ(o.count, 0);

    CHECK_EQ(DeinitBinding(Mic), ESP_OK);
    shim::FreeByteArray(array);
}

static void ArgumentErrorsAreThrownHresults()
{
    const uint32_t bpf = MIC_I2S_BYTES_PER_FRAME;
    i2s_sim_reset();
    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_OK);
    CLR_RT_HeapBlock_Array *array = shim::NewByteArray(8 * bpf);

    struct
    {
        CLR_RT_HeapBlock_Array *array;
        CLR_INT32 offset, count;
        HRESULT hr;
    } cases[] = {
        {nullptr, 0, 0, CLR_E_ARGUMENT_NULL},
        {array, -1, (CLR_INT32)bpf, CLR_E_OUT_OF_RANGE},
        {array, 0, -4, CLR_E_OUT_OF_RANGE},
        {array, (CLR_INT32)(9 * bpf), 0, CLR_E_OUT_OF_RANGE},
        {array, (CLR_INT32)bpf, (CLR_INT32)(8 * bpf), CLR_E_OUT_OF_RANGE},
        {array, 0x7FFFFFFF, 0x7FFFFFFF, CLR_E_OUT_OF_RANGE},
    };
    for (auto &c : cases)
    {
        for (Method m : (const Method[]){Read, Write})
        {
            Outcome o = ArrayTransfer(m, m == Read ? Mic : Speaker, c.array, c.offset, c.count, -1);
            CHECK_EQ(o.hr, c.hr);
            CHECK(!o.hasResult);
            CHECK_EQ(o.count, Sentinel);
        }
    }

    shim::SpanByte outside(array, (CLR_INT32)bpf, (CLR_INT32)(8 * bpf));
    shim::SpanByte negative(array, -4, 4);
    shim::SpanByte lengthWithoutArray(nullptr, 0, 4);
    struct
    {
        shim::SpanByte *span;
        HRESULT hr;
    } spans[] = {{&outside, CLR_E_OUT_OF_RANGE}, {&negative, CLR_E_OUT_OF_RANGE}, {&lengthWithoutArray, CLR_E_ARGUMENT_NULL}, {nullptr, CLR_E_ARGUMENT_NULL}};
    for (auto &c : spans)
    {
        Outcome o = SpanTransfer(ReadSpan, Mic, c.span, -1);
        CHECK_EQ(o.hr, c.hr);
        CHECK(!o.hasResult);
        CHECK_EQ(o.count, Sentinel);
    }

    // A length the C refuses (not whole frames) is its esp_err_t, returned.
    Outcome o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)bpf - 1, -1);
    CHECK_EQ(o.hr, S_OK);
    CHECK_EQ(o.err, ESP_ERR_INVALID_SIZE);
    CHECK_EQ(o.count, 0);

    CHECK_EQ(DeinitBinding(Mic), ESP_OK);
    shim::FreeByteArray(array);
}

static void WrongBindingAndStateErrors()
{
    const uint32_t bpf = MIC_I2S_BYTES_PER_FRAME;
    i2s_sim_reset();
    CLR_RT_HeapBlock_Array *array = shim::NewByteArray(4 * bpf);
    shim::SpanByte span(array, 0, (CLR_INT32)(4 * bpf));

    // Not started: the C reports ESP_ERR_INVALID_STATE.
    Outcome o = ArrayTransfer(Read, Mic, array, 0, (CLR_INT32)bpf, -1);
    CHECK_EQ(o.err, ESP_ERR_INVALID_STATE);
    CHECK_EQ(o.count, 0);

    CHECK_EQ(InitBinding(Mic, Fingerprint(Mic)), ESP_OK);
    CHECK_EQ(InitBinding(Speaker, Fingerprint(Speaker)), ESP_OK);

    // A read on a speaker, a write on a microphone, an index the firmware does not have.
    struct
    {
        Method m;
        CLR_INT32 index;
    } cases[] = {{Read, Speaker}, {Write, Mic}, {Read, 2}, {Write, -1}, {ReadSpan, Speaker}, {WriteSpan, Mic}, {ReadSpan, 7}};
    for (auto &c : cases)
    {
        o = (c.m == Read || c.m == Write) ? ArrayTransfer(c.m, c.index, array, 0, (CLR_INT32)bpf, -1) : SpanTransfer(c.m, c.index, &span, -1);
        CHECK_EQ(o.hr, S_OK);
        CHECK_EQ(o.err, ESP_ERR_NOT_SUPPORTED);
        CHECK_EQ(o.count, 0);
    }

    CHECK_EQ(DeinitBinding(Mic), ESP_OK);
    CHECK_EQ(DeinitBinding(Speaker), ESP_OK);
    o = SpanTransfer(ReadSpan, Mic, &span, 0);
    CHECK_EQ(o.err, ESP_ERR_INVALID_STATE);
    shim::FreeByteArray(array);
}

static void WriteArrayAndSpanReachTheSink()
{
    const uint32_t bpf = SPEAKER_I2S_BYTES_PER_FRAME;
    const uint32_t frames = 600, offset = 2 * bpf;
    i2s_sim_reset();
    i2s_sim_sink_memory(1, 1u << 22);
    CHECK_EQ(InitBinding(Speaker, Fingerprint(Speaker)), ESP_OK);

    CLR_RT_HeapBlock_Array *array = shim::NewByteArray(offset + 2 * frames * bpf);
    i2s_sim_pattern_fill(array->GetElement(offset), bpf, 1000, 2 * frames);
    Outcome o = ArrayTransfer(Write, Speaker, array, (CLR_INT32)offset, (CLR_INT32)(frames * bpf), -1);
    CHECK_EQ(o.hr, S_OK);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, frames * bpf);
    shim::SpanByte span(array, (CLR_INT32)(offset + frames * bpf), (CLR_INT32)(frames * bpf));
    o = SpanTransfer(WriteSpan, Speaker, &span, -1);
    CHECK_EQ(o.err, ESP_OK);
    CHECK_EQ(o.count, frames * bpf);

    // Play everything out, then find the written frames in what the "DAC" received, in order.
    i2s_sim_advance_us(2 * SPEAKER_I2S_LATENCY_US + 1000000ull * 2 * frames / SPEAKER_I2S_SAMPLE_RATE_HZ);
    uint64_t size = i2s_sim_sink_memory_size(1);
    static CLR_UINT8 played[1u << 22];
    i2s_sim_sink_memory_read(1, 0, played, size);
    uint64_t at = 0;
    while (at + bpf <= size && i2s_sim_pattern_value(played + at, bpf) != 1001)
    {
        at += bpf;
    }
    CHECK(at + 2ull * frames * bpf <= size);
    if (at + 2ull * frames * bpf <= size)
    {
        CHECK_EQ(memcmp(played + at, array->GetElement(offset), 2 * frames * bpf), 0);
    }

    // Write with timeout 0 on full DMA buffers moves what fits and does not wait.
    CLR_RT_HeapBlock_Array *big = shim::NewByteArray(SPEAKER_I2S_DMA_TOTAL_BYTES * 3);
    uint64_t before = i2s_sim_now_us();
    o = ArrayTransfer(Write, Speaker, big, 0, (CLR_INT32)big->m_numOfElements, 0);
    CHECK_EQ(o.err, ESP_OK);
    CHECK((uint32_t)o.count < big->m_numOfElements);
    CHECK_EQ(i2s_sim_now_us(), before);

    CHECK_EQ(DeinitBinding(Speaker), ESP_OK);
    shim::FreeByteArray(big);
    shim::FreeByteArray(array);
}

int main()
{
    i2s_sim_set_log_level(0);
    AssemblyRecord();
    InitChecksIndexAndFingerprint();
    ReadArrayIntegrityAndOffset();
    ReadSpanIntegrityAndStart();
    ReadTimeoutModes();
    ArgumentErrorsAreThrownHresults();
    WrongBindingAndStateErrors();
    WriteArrayAndSpanReachTheSink();
    printf("%s: %d checks, %d failures\n", g_failures == 0 ? "PASS" : "FAIL", g_checks, g_failures);
    return g_failures == 0 ? 0 : 1;
}
