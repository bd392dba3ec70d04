using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native.NanoClr;

/// <summary>
/// Emits the dispatch table from binding index to each binding's C functions: <c>I2sGen_Interop_Bindings.h</c>
/// (the entry type, fixed) and <c>I2sGen_Interop_Bindings.cpp</c> (this build's bindings, in the order of
/// <see cref="BindingSpec.BindingIndex"/>, each with its <see cref="BindingFingerprint"/>). The wrapper of binding
/// <c>i</c> passes <c>i</c> and its fingerprint; a firmware built from another build's files answers with
/// <c>ESP_ERR_NOT_SUPPORTED</c> or <c>ESP_ERR_INVALID_VERSION</c> instead of starting the wrong hardware setup.
/// </summary>
internal static class BindingTableEmitter
{
    public static NativeFile EmitHeader()
    {
        var guard = NanoClrNames.Guard(NanoClrNames.BindingsHeaderFile);
        var text = NanoClrBanner.For(NanoClrNames.BindingsHeaderFile, "the bindings I2sGen.Interop dispatches to, by index.") + $$"""

            #ifndef {{guard}}
            #define {{guard}}

            #include <stddef.h>
            #include <stdint.h>

            #include "esp_err.h"

            // One binding's C functions (declared in its <name>_i2s.h) and the fingerprint of the configuration they were
            // generated from. A binding has read or write, never both: the other one is nullptr.
            struct {{NanoClrNames.BindingType}}
            {
                const char *name;
                uint32_t fingerprint;
                esp_err_t (*init)(void);
                esp_err_t (*deinit)(void);
                esp_err_t (*read)(void *buffer, size_t length, size_t *bytes_read, int32_t timeout_ms);
                esp_err_t (*write)(const void *buffer, size_t length, size_t *bytes_written, int32_t timeout_ms);
            };

            // Indexed by the binding index the generated wrappers pass to I2sGen.Interop.I2sNative.
            extern const {{NanoClrNames.BindingType}} {{NanoClrNames.BindingTable}}[];
            extern const size_t {{NanoClrNames.BindingCount}};

            #endif // {{guard}}

            """;
        return new NativeFile(NanoClrNames.BindingsHeaderFile, text.Replace("\r\n", "\n"));
    }

    public static NativeFile EmitTable(ImmutableArray<BindingSpec> specs)
    {
        var ordered = specs.OrderBy(static spec => spec.BindingIndex).ToList();
        var includes = string.Join("\n", ordered.Select(static spec => "#include \"" + new NativeNames(spec).HeaderFile + "\""));
        var entries = string.Join("\n", ordered.Select(static spec => Entry(spec)));
        var text = NanoClrBanner.For(NanoClrNames.BindingsFile, "this build's bindings, by the index their wrappers pass.") + $$"""

            #include "{{NanoClrNames.BindingsHeaderFile}}"

            {{includes}}

            const {{NanoClrNames.BindingType}} {{NanoClrNames.BindingTable}}[] = {
            {{entries}}
            };

            const size_t {{NanoClrNames.BindingCount}} = sizeof({{NanoClrNames.BindingTable}}) / sizeof({{NanoClrNames.BindingTable}}[0]);

            """;
        return new NativeFile(NanoClrNames.BindingsFile, text.Replace("\r\n", "\n"));
    }

    private static string Entry(BindingSpec spec)
    {
        var names = new NativeNames(spec);
        var receive = spec.Config.IsReceive;
        var index = spec.BindingIndex.ToString(CultureInfo.InvariantCulture);
        var fingerprint = "0x" + BindingFingerprint.Of(spec).ToString("X8", CultureInfo.InvariantCulture) + "u";
        return "    // " + index + ": " + spec.FullName + " ([" + spec.Config.AttributeName + "])\n"
            + "    {\"" + names.Prefix + "\", " + fingerprint + ", " + names.Init + ", " + names.Deinit + ", "
            + (receive ? names.Read : "nullptr") + ", " + (receive ? "nullptr" : names.Write) + "},";
    }
}
