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
                    error = {{GeneratedMembers.NativeMethodsClass}}.{{model.NativeTransfer}}(
                        ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, out {{count}}, timeoutMs);
                }

                // The natives are static, so nothing else keeps this object reachable during the call: without this, a caller
                // that drops its last reference could see the finalizer deinit the driver mid-transfer.
                global::System.GC.KeepAlive(this);
                {{GeneratedMembers.EndTransfer}}(error, {{CSharpLiterals.String(model.TransferFunction)}});
                return (int){{count}};
            }

            """);
        WriteNativeMethods(writer, model);
    }

    /// <summary>
    /// Where every host P/Invoke (the bindings' and the simulator's) loads the host library from: the directory of the
    /// assembly that declares it, because the build copies the library next to that assembly (and from there into the
    /// app, a publish folder or a referencing project's output), and nowhere else: not the current directory, not PATH.
    /// </summary>
    public const string SearchPathsAttribute =
        "[global::System.Runtime.InteropServices.DefaultDllImportSearchPaths(global::System.Runtime.InteropServices.DllImportSearchPath.AssemblyDirectory)]";

    /// <summary>
    /// CA5393 counts AssemblyDirectory as unsafe, because a library installed elsewhere could be planted beside an
    /// assembly; this library is built with the assembly and ships beside it, and every value the rule accepts
    /// (System32, UserDirectories, SafeDirectories) leaves the assembly's directory out. So the rule is suppressed for
    /// the classes that hold the P/Invokes only, with the reason, rather than for the user's project.
    /// </summary>
    public const string SearchPathsSuppression =
        "[global::System.Diagnostics.CodeAnalysis.SuppressMessage(\"Security\", \"CA5393:Do not use unsafe DllImportSearchPath value\", "
        + "Justification = \"The host library is built with this assembly and copied next to it; that directory is the only place to load it from.\")]";

    // The P/Invokes live in a nested class of their own (CA1060), private to the binding.
    private static void WriteNativeMethods(CodeWriter writer, WrapperModel model)
    {
        writer.Line($$"""
            // P/Invokes into the C contract: esp_err_t is int32_t, size_t is nuint, the buffer pointer is a pinned ref byte.
            {{WrapperModel.GeneratedCodeAttribute}}
            {{SearchPathsSuppression}}
            """);
        using (writer.Block("private static class " + GeneratedMembers.NativeMethodsClass))
        {
            if (model.Spec.PrebuiltHostGlue)
            {
                WritePrebuiltNativeMethods(writer, model);
                return;
            }

            writer.Line($$"""
                // The library the host build compiles from the generated C and the simulator.
                internal const string {{GeneratedMembers.HostLibraryConstant}} = {{CSharpLiterals.String(model.Spec.HostLibraryName)}};
                """);
            PInvoke(writer, model.InitFunction, GeneratedMembers.NativeInit + "()");
            PInvoke(writer, model.DeinitFunction, GeneratedMembers.NativeDeinit + "()");
            PInvoke(writer, model.TransferFunction, model.NativeTransfer + "(ref byte buffer, nuint length, out nuint " + model.CountLocal + ", int timeoutMs)");
        }
    }

    /// <summary>
    /// The prebuilt glue's P/Invokes (native/host/i2sgen_host.h): the same NativeInit/NativeDeinit/NativeRead|Write
    /// the rest of the class calls, passing the binding's tag and, to init, its configuration. Both are static arrays
    /// made once, pinned for each call without copies, so a transfer still allocates nothing.
    /// </summary>
    private static void WritePrebuiltNativeMethods(CodeWriter writer, WrapperModel model)
    {
        var receive = model.Receive;
        var count = model.CountLocal;
        writer.Line($$"""
            // The prebuilt host glue and simulator (runtimes/<rid>/native in the I2sGen package): one library for every binding.
            internal const string {{GeneratedMembers.HostLibraryConstant}} = {{CSharpLiterals.String(model.Spec.HostLibraryName)}};

            // The binding's log tag, NUL-terminated UTF-8: the glue keeps this binding's state under it.
            private static readonly byte[] Tag = global::System.Text.Encoding.UTF8.GetBytes({{CSharpLiterals.String(model.Native.Prefix + "\0")}});

            """);
        HostConfigWriter.Write(writer, model.Spec, "Config");
        var partner = model.SharedBus is { IsFullDuplex: true } bus ? bus.Partner(model.Spec.CName) : null;
        if (partner is not null)
        {
            // A full-duplex member passes its partner's configuration too: whichever starts first creates both channels.
            writer.Line($$"""

                // The full-duplex partner {{partner.FullName}}: its tag and configuration, for the init that creates both channels.
                private static readonly byte[] PartnerTag = global::System.Text.Encoding.UTF8.GetBytes({{CSharpLiterals.String(partner.CName + "_i2s\0")}});

                """);
            HostConfigWriter.Write(writer, HostConfigWriter.Fields(partner.Config, partner.Figures, model.Spec.Target, model.SharedBus), "PartnerConfig");
        }

        var init = partner is null ? "HostInit(ref Tag[0], ref Config[0])" : "HostInitDuplex(ref Tag[0], ref Config[0], ref PartnerTag[0], ref PartnerConfig[0])";
        writer.Line($$"""

            internal static int {{GeneratedMembers.NativeInit}}() => {{init}};

            internal static int {{GeneratedMembers.NativeDeinit}}() => HostDeinit(ref Tag[0]);

            internal static int {{model.NativeTransfer}}(ref byte buffer, nuint length, out nuint {{count}}, int timeoutMs) =>
                HostTransfer(ref Tag[0], ref buffer, length, out {{count}}, timeoutMs);
            """);
        if (partner is null)
        {
            PInvoke(writer, "i2sgen_host_init", "HostInit(ref byte tag, ref int config)", "private");
        }
        else
        {
            PInvoke(writer, "i2sgen_host_init_duplex", "HostInitDuplex(ref byte tag, ref int config, ref byte partnerTag, ref int partnerConfig)", "private");
        }

        PInvoke(writer, "i2sgen_host_deinit", "HostDeinit(ref byte tag)", "private");
        PInvoke(writer, receive ? "i2sgen_host_read" : "i2sgen_host_write",
            "HostTransfer(ref byte tag, ref byte buffer, nuint length, out nuint " + count + ", int timeoutMs)", "private");
    }

    private static void PInvoke(CodeWriter writer, string entryPoint, string signature, string access = "internal") => writer.Line($$"""

        {{SearchPathsAttribute}}
        [global::System.Runtime.InteropServices.DllImport({{GeneratedMembers.HostLibraryConstant}}, EntryPoint = {{CSharpLiterals.String(entryPoint)}}, CallingConvention = global::System.Runtime.InteropServices.CallingConvention.Cdecl, ExactSpelling = true)]
        {{access}} static extern int {{signature}};
        """);
}
