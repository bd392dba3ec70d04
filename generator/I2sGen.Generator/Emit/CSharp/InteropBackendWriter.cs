using System.Globalization;
using I2sGen.Generator.Model;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The nanoFramework backend (inside <c>#if NANOFRAMEWORK_1_0</c>): the <c>SpanByte</c> overload and the calls into
/// the fixed interop assembly <c>I2sGen.Interop</c>, whose native methods the generated nanoCLR glue implements over
/// the C functions of every binding. The natives live there, not in this class, so the user's assembly has no native
/// checksum and its edits never invalidate the firmware. Each call passes this binding's index in the firmware's
/// dispatch table; <c>Init</c> also passes the fingerprint of the configuration, and a firmware built for other
/// bindings answers <c>ESP_ERR_NOT_SUPPORTED</c> or <c>ESP_ERR_INVALID_VERSION</c>, which become a
/// <c>NotSupportedException</c> that says what to rebuild. Only nanoFramework-safe C#: no generics, no
/// Span&lt;T&gt;, no nullable value types.
/// </summary>
internal static class InteropBackendWriter
{
    private const string Native = "global::" + InteropAssembly.TypeFullName;

    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var index = GeneratedMembers.BindingIndexConstant;
        TransferWriter.WriteDocs(writer, model, "<paramref name=\"buffer\"/>", isArray: false, withRange: false);
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("public int " + model.Method + "(global::System.SpanByte buffer, int timeoutMs = -1)"))
        {
            writer.Line(GeneratedMembers.ThrowIfReleased + "();");
            writer.Line(GeneratedMembers.ValidateTransfer + "(buffer.Length, timeoutMs, nameof(buffer));");
            WriteNativeTransfer(writer, model, (model.Receive ? "ReadSpan" : "WriteSpan") + "(" + index + ", buffer, timeoutMs, ref " + model.CountLocal + ")");
        }

        writer.Line();
        writer.Line("// The byte[] overloads end here once their arguments are checked.");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("private int " + GeneratedMembers.TransferArray + "(byte[] buffer, int offset, int count, int timeoutMs)"))
        {
            WriteNativeTransfer(writer, model, (model.Receive ? "Read" : "Write") + "(" + index + ", buffer, offset, count, timeoutMs, ref " + model.CountLocal + ")");
        }

        WriteIdentity(writer, model);
        writer.Line();

        // The same nested class as the host backend's P/Invokes, so the lifecycle calls the natives by one name on both.
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        using (writer.Block("private static class " + GeneratedMembers.NativeMethodsClass))
        {
            WriteInit(writer, model);
            writer.Line();
            writer.Line("// Calls " + model.DeinitFunction + "() through the firmware's dispatch table.");
            writer.Line("internal static int " + GeneratedMembers.NativeDeinit + "() => " + Native + ".Deinit(" + index + ");");
        }
    }

    // The native call under the instance's transfer lock, with the release checked again inside it (Dispose may have run
    // on another thread while this call waited), as in the .NET backend.
    private static void WriteNativeTransfer(CodeWriter writer, WrapperModel model, string call)
    {
        writer.Line("int " + model.CountLocal + " = 0;");
        writer.Line("int error;");
        using (writer.Block("lock (" + GeneratedMembers.TransferLockField + ")"))
        {
            writer.Line(GeneratedMembers.ThrowIfReleased + "();");
            writer.Line("error = " + Native + "." + call + ";");
        }

        writer.Line();
        writer.Line(GeneratedMembers.EndTransfer + "(error, " + CSharpLiterals.String(model.TransferFunction) + ");");
        writer.Line("return " + model.CountLocal + ";");
    }

    private static void WriteIdentity(CodeWriter writer, WrapperModel model)
    {
        var fingerprint = BindingFingerprint.Of(model.Spec).ToString("X8", CultureInfo.InvariantCulture);
        writer.Line();
        writer.Line("// This binding's slot in the dispatch table of the generated nanoCLR glue (I2sGen_Interop_Bindings.cpp), and the");
        writer.Line("// fingerprint of its configuration that the table holds for it.");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("private const int " + GeneratedMembers.BindingIndexConstant + " = " + CSharpLiterals.Int(model.Spec.BindingIndex) + ";");
        writer.Line(WrapperModel.GeneratedCodeAttribute);
        writer.Line("private const int " + GeneratedMembers.BindingFingerprintConstant + " = unchecked((int)0x" + fingerprint + ");");
    }

    private static void WriteInit(CodeWriter writer, WrapperModel model)
    {
        var error = "global::I2sGen.I2sError";
        var rebuild = " Rebuild the firmware with the native files this build of " + model.Spec.AssemblyName
            + " wrote to $(I2sGenNativeOutputPath) (the " + InteropAssembly.Name + " interop glue and every binding's C).";
        writer.Line("// Calls " + model.InitFunction + "() through the firmware's dispatch table, after it has checked the index and fingerprint.");
        using (writer.Block("internal static int " + GeneratedMembers.NativeInit + "()"))
        {
            writer.Line("int error = " + Native + ".Init(" + GeneratedMembers.BindingIndexConstant + ", " + GeneratedMembers.BindingFingerprintConstant + ");");
            using (writer.Block("if (error == " + error + ".NotSupported)"))
            {
                writer.Line("throw new global::System.NotSupportedException(" + CSharpLiterals.String(
                    "The firmware has no I2S binding " + CSharpLiterals.Int(model.Spec.BindingIndex) + " for " + model.Spec.FullName + "." + rebuild) + ");");
            }

            writer.Line();
            using (writer.Block("if (error == " + error + ".InvalidVersion)"))
            {
                writer.Line("throw new global::System.NotSupportedException(" + CSharpLiterals.String(
                    "The firmware's I2S binding " + CSharpLiterals.Int(model.Spec.BindingIndex) + " was generated from another configuration than "
                    + model.Spec.FullName + "'s." + rebuild) + ");");
            }

            writer.Line();
            writer.Line("return error;");
        }
    }
}
