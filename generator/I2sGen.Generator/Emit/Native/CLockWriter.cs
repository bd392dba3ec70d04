using System;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The per-binding locking both drivers share, so a direct C caller may call deinit from one FreeRTOS task while
/// another is inside a read or write. Two mutexes in static storage (creating them cannot fail on the heap):
/// <c>s_life</c> serialises init and deinit, <c>s_xfer</c> serialises transfers and is held while the driver
/// object is published or withdrawn, so no transfer ever runs on a deleted channel or an uninstalled port.
/// <c>s_running</c> (atomic) is cleared when deinit begins: new transfers refuse to start, and a blocking one stops
/// at its next wait slice, so deinit's wait for <c>s_xfer</c> is bounded by a transfer's own timeout.
/// </summary>
internal static class CLockWriter
{
    /// <summary>The file-scope state and helpers; <paramref name="objectComment"/> and <paramref name="objectDeclaration"/> describe the driver object.</summary>
    public static void WriteState(CodeWriter writer, string objectComment, string objectDeclaration) => writer.Line($$"""
        /* {{objectComment}} Written under both locks, read under either. */
        {{objectDeclaration}}

        /*
         * Threads (see the header): s_life serialises init and deinit; s_xfer serialises transfers and is held while the
         * driver object is published or withdrawn. Both live in static storage, are created by the first init and are
         * never deleted. s_running is true from a successful init until deinit begins: a transfer needs it to start, and
         * a blocking one stops waiting once it is cleared.
         */
        enum { LOCKS_NONE, LOCKS_CREATING, LOCKS_READY };
        static atomic_int s_locks = LOCKS_NONE;
        static StaticSemaphore_t s_life_buffer;
        static StaticSemaphore_t s_xfer_buffer;
        static SemaphoreHandle_t s_life = NULL;
        static SemaphoreHandle_t s_xfer = NULL;
        static atomic_bool s_running = false;

        /* A blocking (-1) transfer waits in the driver at most this long per call, then calls again while it is running. */
        #define WAIT_SLICE_MS 100

        /*
         * Creates the locks on the first call. False while another task's first init is creating them: two inits at once
         * are refused as "already started" would be.
         */
        static bool create_locks(void)
        {
            int state = LOCKS_NONE;
            if (atomic_compare_exchange_strong(&s_locks, &state, LOCKS_CREATING)) {
                s_life = xSemaphoreCreateMutexStatic(&s_life_buffer);
                s_xfer = xSemaphoreCreateMutexStatic(&s_xfer_buffer);
                atomic_store(&s_locks, LOCKS_READY);
                return true;
            }
            return state == LOCKS_READY;
        }

        /*
         * The contract's timeout as FreeRTOS ticks: -1 waits forever (portMAX_DELAY) and 0 never waits. pdMS_TO_TICKS
         * rounds down, so a positive wait shorter than one tick is raised to one tick rather than becoming non-blocking.
         */
        static TickType_t wait_ticks(int32_t timeout_ms)
        {
            if (timeout_ms < 0) {
                return portMAX_DELAY;
            }
            TickType_t ticks = pdMS_TO_TICKS((uint32_t)timeout_ms);
            if (timeout_ms > 0 && ticks == 0) {
                ticks = 1;
            }
            return ticks;
        }
        """);

    /// <summary>Lines that publish the driver object <paramref name="assignment"/> for transfers (under <c>s_xfer</c>).</summary>
    public static void WritePublish(CodeWriter writer, string assignment) => writer.Line($$"""
        (void)xSemaphoreTake(s_xfer, portMAX_DELAY);
        {{assignment}}
        atomic_store(&s_running, true);
        (void)xSemaphoreGive(s_xfer);
        """);

    /// <summary>The public init: creates the locks, then runs <paramref name="start"/> under <c>s_life</c>.</summary>
    public static void WriteInit(CodeWriter writer, NativeNames names, string start)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Init + "(", "void"))
        {
            using (writer.Scope("if (!create_locks()) {"))
            {
                CSourceWriter.Log(writer, "ESP_LOGE", "another task is starting the binding");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line($$"""
                (void)xSemaphoreTake(s_life, portMAX_DELAY);
                esp_err_t err = {{start}}();
                (void)xSemaphoreGive(s_life);
                return err;
                """);
        }
    }

    /// <summary>The public deinit: runs <paramref name="stop"/> under <c>s_life</c> once the locks exist.</summary>
    public static void WriteDeinit(CodeWriter writer, NativeNames names, string stop)
    {
        using (CLayout.Function(writer, "esp_err_t " + names.Deinit + "(", "void"))
        {
            writer.Line($$"""
                if (atomic_load(&s_locks) != LOCKS_READY) {
                    return ESP_OK; /* never started */
                }
                (void)xSemaphoreTake(s_life, portMAX_DELAY);
                esp_err_t err = {{stop}}();
                (void)xSemaphoreGive(s_life);
                return err;
                """);
        }
    }

    /// <summary>
    /// The locked transfer: <paramref name="body"/> writes the driver calls (a loop that adds to the count and
    /// leaves the driver's code in <c>err</c>); the function refuses to start once deinit began and ends as the
    /// contract says when deinit cut it short. A timeout is not an error: the count says how far it got.
    /// </summary>
    public static void WriteLockedTransfer(CodeWriter writer, bool receive, string operation, string count, string call, Action body)
    {
        using (CLayout.Function(writer, "static esp_err_t transfer(", CSourceWriter.TransferParameters(receive)))
        {
            using (writer.Scope("if (!atomic_load(&s_running)) {"))
            {
                writer.Line("/* Deinit began while this call waited for the binding. */");
                CSourceWriter.Log(writer, "ESP_LOGE", operation + ": the binding was stopped");
                writer.Line("return ESP_ERR_INVALID_STATE;");
            }

            writer.Line();
            body();
            writer.Line($$"""
                if (!atomic_load(&s_running) && *{{count}} < length) {
                    /* Deinit ended the transfer: the bytes moved are delivered; with none it is the not-started error. */
                    return *{{count}} > 0 ? ESP_OK : ESP_ERR_INVALID_STATE;
                }
                if (err == ESP_ERR_TIMEOUT) {
                    /* As in the seed, running out of time is not an error: *{{count}} says how far it got. */
                    return ESP_OK;
                }
                """);
            CSourceWriter.WriteErrorLog(writer, call);
            writer.Line("return err;");
        }
    }

    /// <summary>The public read or write: the contract's checks, then the locked transfer under <c>s_xfer</c>.</summary>
    public static void WriteTransfer(CodeWriter writer, NativeNames names, bool receive)
    {
        var count = receive ? "bytes_read" : "bytes_written";
        using (CLayout.Function(writer, CSourceWriter.TransferHead(names, receive), CSourceWriter.TransferParameters(receive)))
        {
            CSourceWriter.WriteTransferChecks(writer, names, receive ? "read" : "write", count, "!atomic_load(&s_running)");
            writer.Line($$"""

                /* A second caller waits for the first as long as its timeout allows; running out of time is not an error. */
                if (xSemaphoreTake(s_xfer, wait_ticks(timeout_ms)) != pdTRUE) {
                    return ESP_OK;
                }
                esp_err_t err = transfer(buffer, length, {{count}}, timeout_ms);
                (void)xSemaphoreGive(s_xfer);
                return err;
                """);
        }
    }
}
