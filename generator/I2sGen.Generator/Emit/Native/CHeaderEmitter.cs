using System.Globalization;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// Emits <c>&lt;name&gt;_i2s.h</c>: the figures as macros and THE C CONTRACT's prototypes (init, deinit, and read
/// or write), the same for both drivers, so the C# side and firmware code never depend on the driver generation.
/// </summary>
internal static class CHeaderEmitter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static NativeFile Emit(BindingSpec spec)
    {
        var figures = spec.Figures;
        var names = new NativeNames(spec);
        var config = spec.Config;
        var writer = CodeWriter.ForC();
        CBannerWriter.Write(writer, names.HeaderFile, spec);
        writer.Line($$"""
            #ifndef {{names.IncludeGuard}}
            #define {{names.IncludeGuard}}

            #include <stddef.h>
            #include <stdint.h>

            #include "esp_err.h"

            #ifdef __cplusplus
            extern "C" {
            #endif

            """);
        WriteFigures(writer, names, spec, figures);
        if (PartConversion.For(spec) is { } conversion)
        {
            CPartWriter.Write(writer, names, conversion);
        }

        writer.Line();
        writer.Line("/*");
        foreach (var line in ThreadingContract.Lines)
        {
            writer.Line(" * " + line);
        }

        // How the C code keeps it (per-binding FreeRTOS mutexes in the .c file); the C# class adds its own locks on top.
        writer.Line(" * In C, a second transfer waits for the first no longer than its own timeout (then ESP_OK with 0 bytes).");
        writer.Line(spec.Target.Driver == Driver.Legacy
            ? " * Deinit waits for a transfer in flight (i2s_driver_uninstall alone would not); a blocking one ends within 100 ms."
            : " * Deinit disables the channel first, which ends a transfer blocked in the driver at its next DMA buffer.");
        writer.Line(" */");
        writer.Line();
        WriteInit(writer, names, spec);
        writer.Line();
        WriteDeinit(writer, names, spec);
        writer.Line();
        if (config.IsReceive)
        {
            WriteRead(writer, names);
        }
        else
        {
            WriteWrite(writer, names);
        }

        writer.Line($$"""

            #ifdef __cplusplus
            }
            #endif

            #endif /* {{names.IncludeGuard}} */
            """);
        return new NativeFile(names.HeaderFile, writer.ToString());
    }

    private static void WriteFigures(CodeWriter writer, NativeNames names, BindingSpec spec, BindingFigures figures)
    {
        var config = spec.Config;
        var realRate = figures.Clock.RealSampleRate.ToString("0.000", Inv);
        Define(writer, names.BytesPerFrame, figures.BytesPerFrame,
            "Bytes of one frame (one sample of every slot) in DMA memory; read/write lengths must be a multiple.");
        Define(writer, names.BitsPerSample, figures.BitsPerSample, "Data bits per sample on the wire.");
        Define(writer, names.Channels, figures.ActiveSlots, "Samples per frame in the buffer: 2 for stereo formats, 1 for mono.");
        Define(writer, names.SampleRateHz, config.SampleRate, "Requested sample rate in Hz; the clock really produces " + realRate + " Hz.");
        Define(writer, names.DmaBufferCount, config.DmaCount, "Number of DMA buffers.");
        Define(writer, names.DmaBufferFrames, figures.DmaFrames, "Frames per DMA buffer.");
        Define(writer, names.DmaBufferBytes, figures.DmaBufferBytes, "Bytes of one DMA buffer.");
        Define(writer, names.DmaTotalBytes, figures.TotalDmaBytes, "Bytes of internal RAM taken by all DMA buffers.");
        Define(writer, names.LatencyUs, figures.BufferedLatencyMicroseconds, "Microseconds of audio all DMA buffers hold at the requested rate.");
    }

    private static void Define(CodeWriter writer, string name, long value, string doc)
    {
        var literal = value.ToString(Inv) + (value > int.MaxValue ? "LL" : string.Empty);
        writer.Line($$"""
            /** {{doc}} */
            #define {{name}} {{literal}}
            """);
    }

    private static void WriteInit(CodeWriter writer, NativeNames names, BindingSpec spec)
    {
        var port = "I2S_NUM_" + spec.Config.Bus.ToString(Inv);
        var shared = spec.SharedBus;
        var partner = shared?.Partner(spec.CName);
        var busFile = shared is null ? string.Empty : new BusNames(shared).SourceFile;
        var refused = shared is { IsFullDuplex: false }
            ? "Already started, or another member of " + port + " holds it\n *                               (they take turns: " + MemberList(shared, spec.CName) + "; logged)"
            : "Already started (call " + names.Deinit + "() first)";
        var brief = partner is not null
            ? $$"""
                Opens the {{(spec.Config.IsReceive ? "receive" : "transmit")}} direction of {{port}} in full duplex with {{partner.FullName}}: the
                 *        first of the two to start {{(spec.Target.Driver == Driver.Legacy ? "installs the driver in TX|RX mode with both data pins" : "creates both channels and programs the clock")}} ({{busFile}});
                 *        TX drives BCK and WS for both, so the bus's clock runs while either is started.
                """
            : spec.Target.Driver == Driver.Legacy
            ? $$"""
                Installs the legacy I2S driver on {{port}} and routes the pins; the driver then starts the clocks
                 *        and DMA.
                """
            : $$"""
                Creates the {{(spec.Config.IsReceive ? "RX" : "TX")}} channel on {{port}}, routes the pins, programs the clock and enables the
                 *        channel, so DMA starts {{(spec.Config.IsReceive ? "filling" : "sending")}} its buffers.
                """;
        writer.Line($$"""
            /**
             * @brief {{brief}}
             *
             * @return
             *      - ESP_OK                 Started
             *      - ESP_ERR_INVALID_STATE  {{refused}}
             *      - other                  The driver's error, passed through; nothing stays allocated
             */
            """);
        CLayout.Call(writer, "esp_err_t " + names.Init + "(", ");", "void");
    }

    private static void WriteDeinit(CodeWriter writer, NativeNames names, BindingSpec spec)
    {
        var partner = spec.SharedBus?.Partner(spec.CName);
        var brief = partner is not null
            ? "Stops this direction; " + partner.FullName + " keeps running. The last of the two to stop\n *        releases the channels, their DMA buffers and their pins. Safe to call when not started."
            : spec.SharedBus is not null
                ? "Stops the binding and releases the channel, its DMA buffers, its pins and the bus (the next\n *        member may start). Safe to call when not started."
                : "Stops the binding and releases the channel, its DMA buffers and its pins. Safe to call when not started.";
        writer.Line($$"""
            /**
             * @brief {{brief}}
             *
             * @return
             *      - ESP_OK  Stopped, or was not started
             *      - other   The driver's error; call it again to finish (transfers may be refused until then)
             */
            """);
        CLayout.Call(writer, "esp_err_t " + names.Deinit + "(", ");", "void");
    }

    private static string MemberList(SharedBusSpec bus, string self)
    {
        var others = new System.Collections.Generic.List<string>();
        foreach (var member in bus.Members)
        {
            if (member.CName != self)
            {
                others.Add(member.FullName);
            }
        }

        return string.Join(", ", others);
    }

    private static void WriteRead(CodeWriter writer, NativeNames names)
    {
        writer.Line($$"""
            /**
             * @brief Reads received audio into @p buffer (the seed's readinto).
             *
             * @param[out] buffer      Destination for whole frames, in the DMA layout
             * @param[in]  length      Bytes to read: a multiple of {{names.BytesPerFrame}}; 0 reads nothing
             * @param[out] bytes_read  Bytes actually read (0 on error)
            {{TimeoutDoc("read", "hold")}}
            {{TransferReturns("bytes_read", "*bytes_read < length")}}
             */
            """);
        CLayout.Call(writer, CSourceWriter.TransferHead(names, receive: true), ");", CSourceWriter.TransferParameters(receive: true));
    }

    private static void WriteWrite(CodeWriter writer, NativeNames names)
    {
        writer.Line($$"""
            /**
             * @brief Copies audio from @p buffer into the DMA buffers for sending (the seed's write).
             *
             * @param[in]  buffer         Source of whole frames, in the DMA layout
             * @param[in]  length         Bytes to write: a multiple of {{names.BytesPerFrame}}; 0 writes nothing
             * @param[out] bytes_written  Bytes actually written (0 on error)
            {{TimeoutDoc("written", "have room for")}}
            {{TransferReturns("bytes_written", "*bytes_written < length")}}
             */
            """);
        CLayout.Call(writer, CSourceWriter.TransferHead(names, receive: false), ");", CSourceWriter.TransferParameters(receive: false));
    }

    // Lines of a comment block shared by read and write; a multi-line hole starts a template line, so every line
    // of it gets the template's indentation.
    private static string TimeoutDoc(string moved, string room) => $$"""
         * @param[in]  timeout_ms  -1 waits until all @p length bytes are {{moved}}; 0 never waits and moves what the
         *                         DMA buffers {{room}}; > 0 waits at most this long for each DMA buffer
        """;

    private static string TransferReturns(string countName, string partial) => $$"""
         *
         * @return
         *      - ESP_OK                 Done; a timeout is not an error and leaves {{partial}}
         *      - ESP_ERR_INVALID_ARG    NULL @p {{countName}}, NULL @p buffer with length > 0, or timeout_ms < -1
         *      - ESP_ERR_INVALID_STATE  Not started, or deinit began before any byte moved
         *      - ESP_ERR_INVALID_SIZE   @p length is not a multiple of the frame size
         *      - other                  The driver's error, passed through
        """;
}
