namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The .NET backend (the <c>#else</c> of <c>NANOFRAMEWORK_1_0</c>): the <c>Span&lt;byte&gt;</c> /
/// <c>ReadOnlySpan&lt;byte&gt;</c> overload and P/Invokes straight into the C contract functions, built with the host
/// simulator into <see cref="Model.BindingSpec.HostLibraryName"/>. Buffers cross without copies and without
/// <c>unsafe</c>: the span's first element goes as <c>ref byte</c>, which the marshaller pins for the call; all
/// parameters are blittable, so a call allocates nothing.
/// </summary>
internal static class HostBackendWriter
{
    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var spanType = model.Receive ? "global::System.Span<byte>" : "global::System.ReadOnlySpan<byte>";
        var count = model.CountLocal;
        TransferWriter.WriteDocs(writer, model, "<paramref name=\"buffer\"/>", isArray: false, withRange: false);
        writer.Line($$"""
            {{WrapperModel.GeneratedCodeAttribute}}
            public int {{model.Method}}({{spanType}} buffer, int timeoutMs = -1)
            {
                {{GeneratedMembers.ThrowIfReleased}}();
                {{GeneratedMembers.ValidateTransfer}}(buffer.Length, timeoutMs, nameof(buffer));
                return {{GeneratedMembers.TransferArray}}(buffer, timeoutMs);
            }

            // The byte[] overloads end here once their arguments are checked; a span over the slice costs no allocation.
            {{WrapperModel.GeneratedCodeAttribute}}
            private int {{GeneratedMembers.TransferArray}}(byte[] buffer, int offset, int count, int timeoutMs)
            {
                return {{GeneratedMembers.TransferArray}}(new {{spanType}}(buffer, offset, count), timeoutMs);
            }

            {{WrapperModel.GeneratedCodeAttribute}}
            private int {{GeneratedMembers.TransferArray}}({{spanType}} buffer, int timeoutMs)
            {
                nuint {{count}};
                int error;
                lock ({{GeneratedMembers.TransferLockField}})
                {
                    // Checked again under the lock: Dispose may have run while this call waited for another transfer.
                    {{GeneratedMembers.ThrowIfReleased}}();
                    error = {{model.NativeTransfer}}(
                        ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, out {{count}}, timeoutMs);
                }

                // The natives are static, so nothing else keeps this object reachable during the call: without this, a caller
                // that drops its last reference could see the finalizer deinit the driver mid-transfer.
                global::System.GC.KeepAlive(this);
                {{GeneratedMembers.EndTransfer}}(error, {{CSharpLiterals.String(model.TransferFunction)}});
                return (int){{count}};
            }

            // The library the host build compiles from the generated C and the simulator.
            {{WrapperModel.GeneratedCodeAttribute}}
            private const string {{GeneratedMembers.HostLibraryConstant}} = {{CSharpLiterals.String(model.Spec.HostLibraryName)}};

            // P/Invokes into the C contract: esp_err_t is int32_t, size_t is nuint, the buffer pointer is a pinned ref byte.
            """);
        PInvoke(writer, model.InitFunction, GeneratedMembers.NativeInit + "()");
        PInvoke(writer, model.DeinitFunction, GeneratedMembers.NativeDeinit + "()");
        PInvoke(writer, model.TransferFunction, model.NativeTransfer + "(ref byte buffer, nuint length, out nuint " + count + ", int timeoutMs)");
    }

    private static void PInvoke(CodeWriter writer, string entryPoint, string signature) => writer.Line($$"""

        {{WrapperModel.GeneratedCodeAttribute}}
        [global::System.Runtime.InteropServices.DefaultDllImportSearchPaths(global::System.Runtime.InteropServices.DllImportSearchPath.AssemblyDirectory)]
        [global::System.Runtime.InteropServices.DllImport({{GeneratedMembers.HostLibraryConstant}}, EntryPoint = {{CSharpLiterals.String(entryPoint)}}, CallingConvention = global::System.Runtime.InteropServices.CallingConvention.Cdecl, ExactSpelling = true)]
        private static extern int {{signature}};
        """);
}
