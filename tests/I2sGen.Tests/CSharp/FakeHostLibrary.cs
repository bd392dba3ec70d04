using System;
using System.IO;
using System.Runtime.InteropServices;
using I2sGen.Tests.Infrastructure;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// A stand-in for the host library of the Inmp441Esp32 configuration: a few lines of C implementing the C contract
/// (inmp441_i2s_init/deinit/read) with scripted results, compiled with gcc into a temporary folder. Lets the wrapper
/// tests run the generated .NET backend for real (marshalling, offsets, error mapping) without the simulator.
/// </summary>
internal sealed class FakeHostLibrary
{
    private const string Source = """
        #include <stddef.h>
        #include <stdint.h>
        static int initialised, init_result, read_result, deinit_result, deinit_calls, read_calls;
        static size_t read_limit = (size_t)-1, last_length;
        static int32_t last_timeout;
        void fake_reset(int init_r, int read_r, long limit, int deinit_r) {
            initialised = 0; init_result = init_r; read_result = read_r; deinit_result = deinit_r; deinit_calls = 0; read_calls = 0;
            read_limit = limit < 0 ? (size_t)-1 : (size_t)limit; last_length = 0; last_timeout = 0;
        }
        int fake_deinit_calls(void) { return deinit_calls; }
        int fake_read_calls(void) { return read_calls; }
        long fake_last_length(void) { return (long)last_length; }
        int fake_last_timeout(void) { return last_timeout; }
        int inmp441_i2s_init(void) {
            if (init_result != 0) return init_result;
            if (initialised) return 0x103;
            initialised = 1;
            return 0;
        }
        int inmp441_i2s_deinit(void) {
            deinit_calls++;
            if (deinit_result != 0) { int r = deinit_result; deinit_result = 0; return r; }
            initialised = 0;
            return 0;
        }
        int inmp441_i2s_read(void *buffer, size_t length, size_t *bytes_read, int32_t timeout_ms) {
            read_calls++; last_length = length; last_timeout = timeout_ms;
            if (!initialised) return 0x103;
            if (bytes_read == NULL || (buffer == NULL && length > 0)) return 0x102;
            if (read_result != 0) return read_result;
            size_t n = length < read_limit ? length : read_limit;
            for (size_t i = 0; i < n; i++) ((uint8_t *)buffer)[i] = (uint8_t)(i + 1);
            *bytes_read = n;
            return 0;
        }
        """;

    private static readonly Lazy<FakeHostLibrary> Shared = new(static () => new FakeHostLibrary());

    private readonly ResetFn _reset;
    private readonly CountFn _deinitCalls;
    private readonly CountFn _readCalls;
    private readonly LengthFn _lastLength;
    private readonly CountFn _lastTimeout;

    private FakeHostLibrary()
    {
        // Never disposed: the library stays loaded for the rest of the test process.
        var folder = new TempDirectory("i2sgen-fake-host-");
        folder.Write("fake_host.c", Source);
        LibraryPath = Path.Combine(folder.Path, "lib" + WrapperConfigurations.AssemblyName + ".I2sHost.so");
        CCompiler.BuildSharedLibrary(folder.Path, new[] { "fake_host.c" }, LibraryPath).AssertSuccess("gcc fake_host.c");

        Handle = NativeLibrary.Load(LibraryPath);
        _reset = Export<ResetFn>("fake_reset");
        _deinitCalls = Export<CountFn>("fake_deinit_calls");
        _readCalls = Export<CountFn>("fake_read_calls");
        _lastLength = Export<LengthFn>("fake_last_length");
        _lastTimeout = Export<CountFn>("fake_last_timeout");
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void ResetFn(int initResult, int readResult, nint readLimit, int deinitResult);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int CountFn();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate nint LengthFn();

    public static FakeHostLibrary Instance => Shared.Value;

    public string LibraryPath { get; }

    public IntPtr Handle { get; }

    public int DeinitCalls => _deinitCalls();

    public int ReadCalls => _readCalls();

    public long LastLength => _lastLength();

    public int LastTimeout => _lastTimeout();

    /// <summary>
    /// Starts a scenario: init and read return the given esp_err_t, reads move at most <paramref name="readLimit"/>
    /// bytes (-1: all), and the first deinit returns <paramref name="deinitResult"/> (leaving the binding started).
    /// </summary>
    public void Reset(int initResult = 0, int readResult = 0, long readLimit = -1, int deinitResult = 0) =>
        _reset(initResult, readResult, (nint)readLimit, deinitResult);

    private T Export<T>(string name)
        where T : Delegate => Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(Handle, name));
}
