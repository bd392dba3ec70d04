namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The nanoFramework backend (inside <c>#if NANOFRAMEWORK_1_0</c>): the <c>SpanByte</c> overload and InternalCall
/// methods whose interop stubs call the C contract functions. Only nanoFramework-safe C#: no generics, no Span&lt;T&gt;,
/// no nullable value types. The natives are static and return the <c>esp_err_t</c> as int with the count in a
/// <c>ref int</c>, so the stubs stay thin (the <c>this</c> object carries nothing the C side needs); their names and
/// signatures are listed in <see cref="GeneratedMembers.InteropSignatures"/>.
/// </summary>
internal static class InteropBackendWriter
{
    public static void Write(CodeWriter writer, WrapperModel model)
    {
        TransferWriter.WriteDocs(writer, model, "<paramref name=\"buffer\"/>", isArray: false, withRange: false);
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("public int " + model.Method + "(global::System.SpanByte buffer, int timeoutMs = -1)"))
        {
            writer.Line(GeneratedMembers.ThrowIfReleased + "();");
            writer.Line(GeneratedMembers.ValidateTransfer + "(buffer.Length, timeoutMs, nameof(buffer));");
            writer.Line("int " + model.CountLocal + " = 0;");
            writer.Line("int error = " + model.NativeTransferSpan + "(buffer, timeoutMs, ref " + model.CountLocal + ");");
            writer.Line(GeneratedMembers.ThrowOnError + "(error, " + CSharpLiterals.String(model.TransferFunction) + ");");
            writer.Line("return " + model.CountLocal + ";");
        }

        writer.Line();
        writer.Line("// The byte[] overloads end here once their arguments are checked.");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("private int " + GeneratedMembers.TransferArray + "(byte[] buffer, int offset, int count, int timeoutMs)"))
        {
            writer.Line("int " + model.CountLocal + " = 0;");
            writer.Line("int error = " + model.NativeTransfer + "(buffer, offset, count, timeoutMs, ref " + model.CountLocal + ");");
            writer.Line(GeneratedMembers.ThrowOnError + "(error, " + CSharpLiterals.String(model.TransferFunction) + ");");
            writer.Line("return " + model.CountLocal + ";");
        }

        writer.Line();
        writer.Line("// Native methods, implemented by the generated interop stubs over the C functions of this binding.");
        writer.Line("// Each returns the esp_err_t of the C function.");
        Native(writer, "calls " + model.InitFunction + "().", GeneratedMembers.NativeInit + "()");
        Native(writer, "calls " + model.DeinitFunction + "().", GeneratedMembers.NativeDeinit + "()");
        Native(writer, "calls " + model.TransferFunction + "() over buffer[offset .. offset + count).",
            model.NativeTransfer + "(byte[] buffer, int offset, int count, int timeoutMs, ref int " + model.CountLocal + ")");
        Native(writer, "calls " + model.TransferFunction + "() over the span's array slice (fields _array, _start, _length).",
            model.NativeTransferSpan + "(global::System.SpanByte buffer, int timeoutMs, ref int " + model.CountLocal + ")");
    }

    private static void Native(CodeWriter writer, string comment, string signature)
    {
        writer.Line();
        writer.Line("// " + comment);
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]");
        writer.Line("private static extern int " + signature + ";");
    }
}
