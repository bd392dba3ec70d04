using System.Collections.Generic;
using System.IO;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// Runs the generated C against the host simulator of the ESP-IDF driver (native/sim): a small C program checks
/// THE C CONTRACT call by call (state and argument errors, frame-size checks, blocking, non-blocking and bounded
/// waits, partial counts on timeout, idempotent deinit, restart after deinit), once built with ASan+UBSan and once
/// under valgrind, for every ESP32 case.
/// </summary>
public sealed class NativeSimulatorTests
{
    private const string Prelude = """
        #include <stdint.h>
        #include <stdio.h>

        #include "esp_err.h"
        #include "freertos/FreeRTOS.h"
        #include "i2s_sim.h"

        #define CHECK(cond)                                                              \
            do {                                                                         \
                if (!(cond)) {                                                           \
                    fprintf(stderr, "line %d: CHECK(%s) failed, n = %lu\n", __LINE__, #cond, \
                            (unsigned long)n);                                           \
                    return 1;                                                            \
                }                                                                        \
            } while (0)

        """;

    /// <summary>The receive half of the contract. BIND_ = the binding prefix, FIG_ = its macro prefix.</summary>
    private const string ReceiveProgram = """
        int main(void)
        {
            static uint8_t buf[FIG_DMA_BUFFER_BYTES * 3];
            size_t n = 99;
            const uint64_t one_buffer_us = (uint64_t)FIG_DMA_BUFFER_FRAMES * 1000000u / FIG_SAMPLE_RATE_HZ;

            i2s_sim_reset();
            i2s_sim_source_pattern(PORT);
            CHECK(BIND_deinit() == ESP_OK);
            CHECK(BIND_read(buf, FIG_BYTES_PER_FRAME, &n, 0) == ESP_ERR_INVALID_STATE && n == 0);
            CHECK(BIND_init() == ESP_OK);
            CHECK(BIND_init() == ESP_ERR_INVALID_STATE);
            CHECK(BIND_read(buf, FIG_BYTES_PER_FRAME, NULL, 0) == ESP_ERR_INVALID_ARG);
            n = 99;
            CHECK(BIND_read(NULL, FIG_BYTES_PER_FRAME, &n, 0) == ESP_ERR_INVALID_ARG && n == 0);
            n = 99;
            CHECK(BIND_read(NULL, 0, &n, 0) == ESP_OK && n == 0);
            n = 99;
            CHECK(BIND_read(buf, FIG_BYTES_PER_FRAME + 1, &n, 0) == ESP_ERR_INVALID_SIZE && n == 0);
            n = 99;
            CHECK(BIND_read(buf, FIG_BYTES_PER_FRAME, &n, -2) == ESP_ERR_INVALID_ARG && n == 0);

            /* Non-blocking: nothing captured yet, then exactly what the filled DMA buffers hold. */
            n = 99;
            CHECK(BIND_read(buf, sizeof buf, &n, 0) == ESP_OK && n == 0);
            i2s_sim_advance_us(one_buffer_us + one_buffer_us / 2);
            CHECK(BIND_read(buf, sizeof buf, &n, 0) == ESP_OK && n == FIG_DMA_BUFFER_BYTES);

            /* Blocking: the whole buffer. Bounded: whole buffer too, as one DMA buffer arrives within the wait. */
            CHECK(BIND_read(buf, sizeof buf, &n, -1) == ESP_OK && n == sizeof buf);
            CHECK(BIND_read(buf, sizeof buf, &n, (int32_t)(one_buffer_us / 1000u) + 50) == ESP_OK && n == sizeof buf);

            /* 1 ms is raised to one tick. When a DMA buffer takes longer than that, the wait times out: ESP_OK with a
             * partial count, not an error; when buffers are quicker, each arrives within the wait and all is read. */
            if (one_buffer_us > 1000u * portTICK_PERIOD_MS) {
                CHECK(BIND_read(buf, sizeof buf, &n, 1) == ESP_OK && n < sizeof buf && n % FIG_BYTES_PER_FRAME == 0);
            } else {
                CHECK(BIND_read(buf, sizeof buf, &n, 1) == ESP_OK && n == sizeof buf);
            }

            CHECK(BIND_deinit() == ESP_OK);
            CHECK(BIND_deinit() == ESP_OK);
            CHECK(BIND_read(buf, FIG_BYTES_PER_FRAME, &n, 0) == ESP_ERR_INVALID_STATE);
            CHECK(BIND_init() == ESP_OK);
            CHECK(BIND_deinit() == ESP_OK);
            puts("OK");
            return 0;
        }
        """;

    /// <summary>The transmit half of the contract.</summary>
    private const string TransmitProgram = """
        int main(void)
        {
            static uint8_t buf[FIG_DMA_TOTAL_BYTES + FIG_DMA_BUFFER_BYTES * 2];
            size_t n = 99;
            const uint64_t one_buffer_us = (uint64_t)FIG_DMA_BUFFER_FRAMES * 1000000u / FIG_SAMPLE_RATE_HZ;

            i2s_sim_reset();
            CHECK(BIND_deinit() == ESP_OK);
            CHECK(BIND_write(buf, FIG_BYTES_PER_FRAME, &n, 0) == ESP_ERR_INVALID_STATE && n == 0);
            CHECK(BIND_init() == ESP_OK);
            CHECK(BIND_init() == ESP_ERR_INVALID_STATE);
            CHECK(BIND_write(buf, FIG_BYTES_PER_FRAME, NULL, 0) == ESP_ERR_INVALID_ARG);
            n = 99;
            CHECK(BIND_write(NULL, FIG_BYTES_PER_FRAME, &n, 0) == ESP_ERR_INVALID_ARG && n == 0);
            n = 99;
            CHECK(BIND_write(NULL, 0, &n, 0) == ESP_OK && n == 0);
            n = 99;
            CHECK(BIND_write(buf, FIG_BYTES_PER_FRAME + 1, &n, 0) == ESP_ERR_INVALID_SIZE && n == 0);
            n = 99;
            CHECK(BIND_write(buf, FIG_BYTES_PER_FRAME, &n, -2) == ESP_ERR_INVALID_ARG && n == 0);

            /* Non-blocking: right after enable every DMA buffer is still queued for sending (as in ESP-IDF, buffers
             * come back as the hardware finishes them), so nothing fits; after 1.5 buffers of time, one buffer does. */
            n = 99;
            CHECK(BIND_write(buf, sizeof buf, &n, 0) == ESP_OK && n == 0);
            i2s_sim_advance_us(one_buffer_us + one_buffer_us / 2);
            CHECK(BIND_write(buf, sizeof buf, &n, 0) == ESP_OK && n == FIG_DMA_BUFFER_BYTES);

            /* 1 ms is raised to one tick: a partial count with ESP_OK when a DMA buffer lasts longer than that. */
            if (one_buffer_us > 1000u * portTICK_PERIOD_MS) {
                CHECK(BIND_write(buf, sizeof buf, &n, 1) == ESP_OK && n < sizeof buf && n % FIG_BYTES_PER_FRAME == 0);
            } else {
                CHECK(BIND_write(buf, sizeof buf, &n, 1) == ESP_OK && n == sizeof buf);
            }
            /* Blocking: all of it. */
            CHECK(BIND_write(buf, sizeof buf, &n, -1) == ESP_OK && n == sizeof buf);
            CHECK(BIND_write(buf, FIG_DMA_BUFFER_BYTES, &n, (int32_t)(one_buffer_us / 1000u) + 50) == ESP_OK && n == FIG_DMA_BUFFER_BYTES);

            CHECK(BIND_deinit() == ESP_OK);
            CHECK(BIND_deinit() == ESP_OK);
            CHECK(BIND_write(buf, FIG_BYTES_PER_FRAME, &n, 0) == ESP_ERR_INVALID_STATE);
            CHECK(BIND_init() == ESP_OK);
            CHECK(BIND_deinit() == ESP_OK);
            puts("OK");
            return 0;
        }
        """;

    /// <summary>
    /// The sanitizer flags of the contract program (issue 15): every read or write out of bounds, use after free,
    /// leak (LeakSanitizer, on by default with ASan on Linux) and undefined behaviour stops the program with an error.
    /// </summary>
    private static readonly string[] SanitizerFlags = { "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer" };

    private static readonly Dictionary<string, string> SanitizerEnvironment = new()
    {
        ["ASAN_OPTIONS"] = "detect_leaks=1:halt_on_error=1:abort_on_error=0",
        ["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1",
    };

    public static TheoryData<string> Cases() => NativeCompileTests.Esp32Cases();

    /// <summary>
    /// The generated C and the simulator, built with AddressSanitizer and UndefinedBehaviorSanitizer, honour the
    /// contract. (The host library the .NET tests load is built from the same generated C and simulator sources; it is
    /// not sanitized inside dotnet, which would need libasan preloaded into the test host.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedCodeHonoursTheContractUnderAsanAndUbsan(string name)
    {
        using var directory = BuildContractProgram(name, SanitizerFlags);
        var test = ProcessRunner.Run(Path.Combine(directory.Path, "contract_test"), new string[0], directory.Path, environment: SanitizerEnvironment);
        Assert.True(test.ExitCode == 0 && test.StandardOutput.Trim() == "OK", test.Describe("contract_test under ASan+UBSan (" + name + ")"));
    }

    /// <summary>The same program, built without sanitizers, under valgrind's memcheck: any invalid access, uninitialised read or leak fails.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedCodeHonoursTheContractUnderValgrind(string name)
    {
        using var directory = BuildContractProgram(name, new[] { "-O1" });
        var arguments = new[] { "--error-exitcode=99", "--leak-check=full", "--show-leak-kinds=all", "--errors-for-leak-kinds=all", "--track-origins=yes", "./contract_test" };
        var test = ProcessRunner.Run("valgrind", arguments, directory.Path);
        Assert.True(test.ExitCode == 0 && test.StandardOutput.Trim() == "OK", test.Describe("contract_test under valgrind (" + name + ")"));
        Assert.Contains("ERROR SUMMARY: 0 errors", test.StandardError, System.StringComparison.Ordinal);
    }

    /// <summary>Writes the case's generated files and its contract program to a fresh folder and builds them with the simulator into contract_test.</summary>
    private static TempDirectory BuildContractProgram(string name, IEnumerable<string> extraFlags)
    {
        var nativeCase = NativeCase.Get(name);
        var run = NativeGeneration.Run(nativeCase);
        var header = run.Native(nativeCase.HeaderFile).Content;
        var receive = header.Contains("receive (RX)");
        var port = header.Contains("I2S_NUM_1,") ? "1" : "0";
        var prefix = nativeCase.CName + "_i2s";
        var program = Prelude + "#include \"" + nativeCase.HeaderFile + "\"\n\n#define PORT " + port + "\n\n"
            + (receive ? ReceiveProgram : TransmitProgram)
                .Replace("FIG_", prefix.ToUpperInvariant() + "_")
                .Replace("BIND_", prefix + "_");

        var directory = TempDirectory.WithFiles(run.NativeFiles);
        directory.Write("contract_test.c", program);
        var simSources = Directory.GetFiles(Path.Combine(RepoPaths.Native, "sim"), "*.c").OrderBy(static f => f, System.StringComparer.Ordinal);
        var arguments = new List<string>(CCompiler.StrictCFlags) { "-g",
            "-I", directory.Path, "-I", RepoPaths.NativeInclude, "-I", Path.Combine(RepoPaths.Native, "sim", "include"),
            "-I", Path.Combine(RepoPaths.Native, "sim") };
        arguments.AddRange(extraFlags);
        if (nativeCase.IsLegacy)
        {
            arguments.Add("-DCONFIG_I2S_SUPPRESS_DEPRECATE_WARN=1");
        }

        arguments.AddRange(new[] { "contract_test.c", nativeCase.SourceFile });
        arguments.AddRange(simSources);
        arguments.AddRange(new[] { "-lm", "-o", "contract_test" });
        var build = CCompiler.Gcc(directory.Path, arguments);
        if (build.ExitCode != 0)
        {
            directory.Dispose();
            Assert.Fail(build.Describe("gcc contract_test"));
        }

        return directory;
    }
}
