using I2sGen.Generator.Chips;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The parts of <c>&lt;name&gt;_i2s.c</c> both drivers share: banner, includes, tag, the target check, and the
/// contract's argument checks for read/write, so both drivers reject exactly the same calls with the same codes.
/// </summary>
internal static class CSourceWriter
{
    /// <summary>Writes the banner, the binding's own header, the given ESP-IDF headers and the log tag.</summary>
    public static void WriteOpening(CodeWriter writer, NativeNames names, BindingSpec spec, params string[] idfHeaders)
    {
        CBannerWriter.Write(writer, names.SourceFile, spec);
        writer.Line("#include \"" + names.HeaderFile + "\"");
        if (spec.SharedBus is { } bus)
        {
            writer.Line("#include \"" + new BusNames(bus).HeaderFile + "\"");
        }

        writer.Line();
        writer.Line("#include <stdatomic.h>");
        writer.Line("#include <stdbool.h>");
        writer.Line("#include <stddef.h>");
        writer.Line("#include <stdint.h>");
        writer.Line();
        foreach (var header in idfHeaders)
        {
            if (header == "driver/i2s.h")
            {
                writer.Line("""
                    /*
                     * ESP-IDF 5.x deprecates this driver: enable CONFIG_I2S_SUPPRESS_DEPRECATE_WARN (menuconfig, I2S Configuration)
                     * to silence its #warning. It cannot run next to the new driver in the same firmware.
                     */
                    """);
            }

            writer.Line("#include \"" + header + "\"");
        }

        writer.Line();
        WriteTargetCheck(writer, names, spec);
        writer.Line("static const char *TAG = \"" + names.Prefix + "\";");
    }

    /// <summary>
    /// Pins, clock sources and slot fields were chosen for one chip; built for another, the code would compile and
    /// then misbehave (GPIO numbers mean different pads), so a mismatch stops the firmware build instead.
    /// </summary>
    private static void WriteTargetCheck(CodeWriter writer, NativeNames names, BindingSpec spec) => WriteTargetCheck(writer, spec.Target);

    /// <summary>The target check of <see cref="WriteOpening"/>, also for a shared bus's own file.</summary>
    public static void WriteTargetCheck(CodeWriter writer, TargetConfig target)
    {
        var chip = ChipTable.Get(target.Chip);
        writer.Line($$"""
            #if !CONFIG_IDF_TARGET_{{chip.IdfTarget.ToUpperInvariant()}}
            #error "I2sGen generated this file for {{chip.DisplayName}}: set I2sGenChip to the firmware's target and rebuild"
            #endif

            """);
    }

    /// <summary>
    /// Writes the contract's checks at the top of read/write: a NULL count is rejected first (nothing can be
    /// reported through it), then the count is zeroed so every later return reports a byte count.
    /// </summary>
    public static void WriteTransferChecks(CodeWriter writer, NativeNames names, string operation, string countName, string notStartedCondition)
    {
        using (writer.Scope("if (" + countName + " == NULL) {"))
        {
            Log(writer, "ESP_LOGE", operation + ": " + countName + " is NULL");
            writer.Line("return ESP_ERR_INVALID_ARG;");
        }

        writer.Line("*" + countName + " = 0;");
        using (writer.Scope("if (" + notStartedCondition + ") {"))
        {
            Log(writer, "ESP_LOGE", operation + ": not started, call " + names.Init + "() first");
            writer.Line("return ESP_ERR_INVALID_STATE;");
        }

        using (writer.Scope("if (buffer == NULL && length > 0) {"))
        {
            Log(writer, "ESP_LOGE", operation + ": buffer is NULL");
            writer.Line("return ESP_ERR_INVALID_ARG;");
        }

        using (writer.Scope("if (timeout_ms < -1) {"))
        {
            Log(writer, "ESP_LOGE", operation + ": timeout_ms %ld is not -1 (wait), 0 (never wait) or a wait in ms", "(long)timeout_ms");
            writer.Line("return ESP_ERR_INVALID_ARG;");
        }

        using (writer.Scope("if (length % " + names.BytesPerFrame + " != 0) {"))
        {
            Log(writer, "ESP_LOGE", operation + ": length %lu is not a multiple of the %d-byte frame", "(unsigned long)length", names.BytesPerFrame);
            writer.Line("return ESP_ERR_INVALID_SIZE;");
        }

        writer.Line("""
            if (length == 0) {
                return ESP_OK;
            }
            """);
    }

    /// <summary>Writes an <c>ESP_LOGx(TAG, "format", args...)</c> call, broken to fit the column limit.</summary>
    public static void Log(CodeWriter writer, string macro, string format, params string[] args)
    {
        var all = new string[args.Length + 2];
        all[0] = "TAG";
        all[1] = "\"" + format + "\"";
        args.CopyTo(all, 2);
        CLayout.Call(writer, macro + "(", ");", all);
    }

    /// <summary>Writes <c>if (err != ESP_OK) { log; cleanup; return err; }</c> after a driver call.</summary>
    public static void WriteFailureReturn(CodeWriter writer, string call, params string[] cleanup)
    {
        using (writer.Scope("if (err != ESP_OK) {"))
        {
            Log(writer, "ESP_LOGE", call + " failed: %s", "esp_err_to_name(err)");
            foreach (var line in cleanup)
            {
                writer.Line(line);
            }

            writer.Line("return err;");
        }
    }

    /// <summary>Writes <c>if (err != ESP_OK) { log; }</c>: the error is passed on by the return that follows.</summary>
    public static void WriteErrorLog(CodeWriter writer, string call)
    {
        using (writer.Scope("if (err != ESP_OK) {"))
        {
            Log(writer, "ESP_LOGE", call + " failed: %s", "esp_err_to_name(err)");
        }
    }

    /// <summary>The start of the read or write prototype, up to the opening parenthesis.</summary>
    public static string TransferHead(NativeNames names, bool receive) => "esp_err_t " + (receive ? names.Read : names.Write) + "(";

    /// <summary>The read or write parameters of THE C CONTRACT.</summary>
    public static string[] TransferParameters(bool receive) => receive
        ? new[] { "void *buffer", "size_t length", "size_t *bytes_read", "int32_t timeout_ms" }
        : new[] { "const void *buffer", "size_t length", "size_t *bytes_written", "int32_t timeout_ms" };

    /// <summary>The C spelling of a pin for <c>i2s_std_gpio_config_t</c>.</summary>
    public static string StdGpio(int pin) => pin == BindingConfig.NotConnected ? "I2S_GPIO_UNUSED" : "GPIO_NUM_" + pin.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The C spelling of a pin for the legacy <c>i2s_pin_config_t</c> (plain ints).</summary>
    public static string LegacyGpio(int pin) => pin == BindingConfig.NotConnected ? "I2S_PIN_NO_CHANGE" : pin.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The standard the hardware really uses: the seed's LSB is ESP-IDF's MSB-justified framing.</summary>
    public static Standard EffectiveStandard(int standard) => standard == (int)Standard.Lsb ? Standard.Msb : (Standard)standard;
}
