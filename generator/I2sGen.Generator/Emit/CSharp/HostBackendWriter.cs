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
        TransferWriter.WriteDocs(writer, model, "<paramref name=\"buffer\"/>", isArray: false, withRange: false);
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("public int " + model.Method + "(" + spanType + " buffer, int timeoutMs = -1)"))
        {
            writer.Line(GeneratedMembers.ThrowIfReleased + "();");
            writer.Line(GeneratedMembers.ValidateTransfer + "(buffer.Length, timeoutMs, nameof(buffer));");
            writer.Line("return " + GeneratedMembers.TransferArray + "(buffer, timeoutMs);");
        }

        writer.Line();
        writer.Line("// The byte[] overloads end here once their arguments are checked; a span over the slice costs no allocation.");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("private int " + GeneratedMembers.TransferArray + "(byte[] buffer, int offset, int count, int timeoutMs)"))
        {
            writer.Line("return " + GeneratedMembers.TransferArray + "(new " + spanType + "(buffer, offset, count), timeoutMs);");
        }

        writer.Line();
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("private int " + GeneratedMembers.TransferArray + "(" + spanType + " buffer, int timeoutMs)"))
        {
            writer.Line("nuint " + model.CountLocal + ";");
            writer.Line("int error = " + model.NativeTransfer + "(");
            writer.Indent();
            writer.Line("ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(buffer), (nuint)buffer.Length, out " + model.CountLocal + ", timeoutMs);");
            writer.Outdent();
            writer.Line();
            writer.Line("// The natives are static, so nothing else keeps this object reachable during the call: without this, a caller");
            writer.Line("// that drops its last reference could see the finalizer deinit the driver mid-transfer.");
            writer.Line("global::System.GC.KeepAlive(this);");
            writer.Line(GeneratedMembers.ThrowOnError + "(error, " + CSharpLiterals.String(model.TransferFunction) + ");");
            writer.Line("return (int)" + model.CountLocal + ";");
        }

        writer.Line();
        writer.Line("// The library the host build compiles from the generated C and the simulator.");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("private const string " + GeneratedMembers.HostLibraryConstant + " = " + CSharpLiterals.String(model.Spec.HostLibraryName) + ";");
        writer.Line();
        writer.Line("// P/Invokes into the C contract: esp_err_t is int32_t, size_t is nuint, the buffer pointer is a pinned ref byte.");
        PInvoke(writer, model.InitFunction, GeneratedMembers.NativeInit + "()");
        PInvoke(writer, model.DeinitFunction, GeneratedMembers.NativeDeinit + "()");
        PInvoke(writer, model.TransferFunction,
            model.NativeTransfer + "(ref byte buffer, nuint length, out nuint " + model.CountLocal + ", int timeoutMs)");
    }

    private static void PInvoke(CodeWriter writer, string entryPoint, string signature)
    {
        writer.Line();
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("[global::System.Runtime.InteropServices.DefaultDllImportSearchPaths(global::System.Runtime.InteropServices.DllImportSearchPath.AssemblyDirectory)]");
        writer.Line("[global::System.Runtime.InteropServices.DllImport(" + GeneratedMembers.HostLibraryConstant + ", EntryPoint = "
            + CSharpLiterals.String(entryPoint) + ", CallingConvention = global::System.Runtime.InteropServices.CallingConvention.Cdecl, ExactSpelling = true)]");
        writer.Line("private static extern int " + signature + ";");
    }
}
