using I2sGen.Generator.Model;
using I2sGen.Generator.NanoFramework;
using static I2sGen.Generator.Emit.CSharp.CSharpLiterals;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The stock-firmware backend (inside <c>#if NANOFRAMEWORK_1_0</c> when <c>I2sGenBackend</c> is Stock): the same
/// public API as the interop backend, implemented over nanoFramework's own <c>System.Device.I2s.I2sDevice</c>, with
/// the pins routed by <c>nanoFramework.Hardware.Esp32.Configuration.SetPinFunction</c>. Every setting is written the
/// way nf-interpreter's <c>SetI2sConfig</c> reads it (<see cref="StockSettings"/>). The device lives in the nested
/// <c>NativeMethods</c> class, one per binding class, so the shared lifecycle (one driver per binding) works unchanged.
/// </summary>
/// <remarks>
/// Shared buses: the stock firmware runs one direction per controller and does not refuse a second device
/// (nf-interpreter targets/ESP32/_nanoCLR/System.Device.I2s/sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp at
/// a3e8139a, last changed in 8ca767c5): <c>SetI2sConfig</c> installs the legacy driver only while
/// <c>Esp_I2S_Initialised_Flag[bus]</c> is 0, so a second <c>I2sDevice</c> on the bus keeps the first one's mode,
/// rate and format and only re-routes the pins (<c>i2s_set_pin</c>), and, as the flag is not counted up for it,
/// disposing either device uninstalls the driver under the other; one device with <c>Mode = Tx | Rx</c> loses its
/// data-in pin (every mode but <c>Master | Rx</c> sets <c>data_in_num = I2S_PIN_NO_CHANGE</c>) and reads 32-bit
/// frames. So the members of a shared bus take turns with this backend, full-duplex pairs included, and the
/// generated turn keeper (<see cref="SharedBusWriter"/>) refuses the second opening before the firmware is called.
/// </remarks>
internal static class StockBackendWriter
{
    private const string Device = "global::System.Device.I2s.I2sDevice";
    private const string Settings = "global::System.Device.I2s.I2sConnectionSettings";

    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var stock = StockSettings.Of(model.Spec);
        var transfer = GeneratedMembers.TransferArray;
        TransferWriter.WriteDocs(writer, model, "<paramref name=\"buffer\"/>", isArray: false, withRange: false);
        writer.Line($$"""
            {{WrapperModel.GeneratedCodeAttribute}}
            public int {{model.Method}}(global::System.SpanByte buffer, int timeoutMs = -1)
            {
                {{GeneratedMembers.ThrowIfReleased}}();
                {{GeneratedMembers.ValidateTransfer}}(buffer.Length, timeoutMs, nameof(buffer));
                return {{transfer}}(buffer, timeoutMs);
            }

            // The byte[] overloads end here once their arguments are checked; the span is a view, nothing is copied.
            {{WrapperModel.GeneratedCodeAttribute}}
            private int {{transfer}}(byte[] buffer, int offset, int count, int timeoutMs)
            {
                return {{transfer}}(new global::System.SpanByte(buffer, offset, count), timeoutMs);
            }

            // The stock I2sDevice.{{(model.Receive ? "Read" : "Write")}} waits with portMAX_DELAY and cannot stop early, so only -1 can be honoured.
            // It blocks the whole nanoCLR (every managed thread) until the buffer is {{(model.Receive ? "full" : "queued")}}.
            {{WrapperModel.GeneratedCodeAttribute}}
            private int {{transfer}}(global::System.SpanByte buffer, int timeoutMs)
            {
                if (timeoutMs != -1)
                {
                    throw new global::System.NotSupportedException({{String(TimeoutMessage(model))}});
                }

                lock ({{GeneratedMembers.TransferLockField}})
                {
                    // Checked again under the lock: Dispose may have run while this call waited for another transfer.
                    {{GeneratedMembers.ThrowIfReleased}}();
                    {{GeneratedMembers.NativeMethodsClass}}.{{model.NativeTransfer}}(buffer);
                }

                return buffer.Length;
            }

            """);
        WriteNativeMethods(writer, model, stock);
    }

    /// <summary>The message of the NotSupportedException a timeout other than -1 gets; I2S0508 says the same at compile time.</summary>
    public static string TimeoutMessage(WrapperModel model) =>
        "The stock firmware's I2sDevice." + (model.Receive ? "Read" : "Write") + " always waits until the whole buffer is "
        + (model.Receive ? "read" : "written") + ": timeoutMs must be -1 with I2sGenBackend=Stock (use the Interop backend for timeouts)";

    private static void WriteNativeMethods(CodeWriter writer, WrapperModel model, StockSettings stock)
    {
        writer.Line($$"""
            // The stock firmware's I2S device of this binding, created by NativeInit and disposed by NativeDeinit.
            {{WrapperModel.GeneratedCodeAttribute}}
            """);
        using (writer.Block("private static class " + GeneratedMembers.NativeMethodsClass))
        {
            writer.Line($$"""
                private static {{Device}}? s_device;
                """);
            var copies = !model.Receive && stock.DmaBits == 32;
            if (copies)
            {
                writer.Line($$"""

                    // The caller's samples are copied here before each write: with 32-bit samples the firmware swaps every pair of
                    // 32-bit words in the buffer it is given (swap_32_bit_stereo_channels), which must not change the caller's buffer.
                    private static byte[]? s_scratch;
                    """);
            }

            writer.Line($$"""

                // Routes the pins (the firmware ignores whether i2s_set_pin succeeds, so the pin map must be right before
                // the device is created) and installs the legacy driver on I2S_NUM_{{Int(model.Config.Bus)}} (BusId {{Int(stock.BusId)}}: the firmware subtracts 1).
                internal static int {{GeneratedMembers.NativeInit}}()
                {
                    if (s_device != null)
                    {
                        return global::I2sGen.I2sError.InvalidState;
                    }

                    global::nanoFramework.Hardware.Esp32.Configuration.SetPinFunction({{GeneratedMembers.BckPin}}, global::nanoFramework.Hardware.Esp32.DeviceFunction.{{stock.FunctionPrefix}}BCK);
                    global::nanoFramework.Hardware.Esp32.Configuration.SetPinFunction({{GeneratedMembers.WsPin}}, global::nanoFramework.Hardware.Esp32.DeviceFunction.{{stock.FunctionPrefix}}WS);
                    global::nanoFramework.Hardware.Esp32.Configuration.SetPinFunction({{(model.Receive ? GeneratedMembers.SdinPin : GeneratedMembers.SdoutPin)}}, global::nanoFramework.Hardware.Esp32.DeviceFunction.{{stock.FunctionPrefix}}{{(model.Receive ? "MDATA_IN" : "DATA_OUT")}});
                """);
            if (model.Config.Mclk != BindingConfig.NotConnected)
            {
                writer.Line("    global::nanoFramework.Hardware.Esp32.Configuration.SetPinFunction(" + GeneratedMembers.MclkPin
                    + ", global::nanoFramework.Hardware.Esp32.DeviceFunction." + stock.FunctionPrefix + "MCK);");
            }

            writer.Line($$"""

                    // BufferSize is what the firmware divides into DMA buffers of 256 frames of {{Int(stock.DmaFrameBytes)}} bytes: {{Int(stock.BufferSize)}} gives {{Int(stock.DmaBufferCount)}}.
                    var settings = new {{Settings}}({{Int(stock.BusId)}});
                    settings.Mode = {{stock.Mode}};
                    settings.BitsPerSample = global::System.Device.I2s.I2sBitsPerSample.{{stock.BitsPerSample}};
                    settings.ChannelFormat = global::System.Device.I2s.I2sChannelFormat.{{stock.ChannelFormat}};
                    settings.CommunicationFormat = global::System.Device.I2s.I2sCommunicationFormat.{{stock.CommunicationFormat}};
                    settings.SampleRate = {{GeneratedMembers.SampleRate}};
                    settings.BufferSize = {{Int(stock.BufferSize)}};

                    // A configuration the driver refuses throws here (the firmware's CLR_E_INVALID_PARAMETER).
                    s_device = new {{Device}}(settings);
                    return global::I2sGen.I2sError.Ok;
                }

                internal static int {{GeneratedMembers.NativeDeinit}}()
                {
                    var device = s_device;
                    s_device = null;
                    if (device != null)
                    {
                        device.Dispose();
                    }

                    return global::I2sGen.I2sError.Ok;
                }

                """);
            if (model.Receive)
            {
                writer.Line($$"""
                    // The firmware reads 32-bit stereo DMA frames and keeps the bytes of this binding's format (i2s_frame_map).
                    internal static void {{model.NativeTransfer}}(global::System.SpanByte buffer)
                    {
                        if (s_device == null)
                        {
                            throw new global::System.ObjectDisposedException({{String(model.Spec.ClassName)}});
                        }

                        s_device.Read(buffer);
                    }
                    """);
            }
            else if (!copies)
            {
                writer.Line($$"""
                    // With {{Int(stock.DmaBits)}}-bit samples the firmware writes the buffer as it is.
                    internal static void {{model.NativeTransfer}}(global::System.SpanByte buffer)
                    {
                        if (s_device == null)
                        {
                            throw new global::System.ObjectDisposedException({{String(model.Spec.ClassName)}});
                        }

                        s_device.Write(buffer);
                    }
                    """);
            }
            else
            {
                writer.Line($$"""
                    internal static void {{model.NativeTransfer}}(global::System.SpanByte buffer)
                    {
                        if (s_device == null)
                        {
                            throw new global::System.ObjectDisposedException({{String(model.Spec.ClassName)}});
                        }

                        if (s_scratch == null || s_scratch.Length < buffer.Length)
                        {
                            s_scratch = new byte[buffer.Length];
                        }

                        var copy = new global::System.SpanByte(s_scratch, 0, buffer.Length);
                        buffer.CopyTo(copy);
                        s_device.Write(copy);
                    }
                    """);
            }
        }
    }
}
