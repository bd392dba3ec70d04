using I2sGen.Generator.Emit.Native;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit;

/// <summary>
/// Emits the ESP-IDF C glue of one binding: <c>&lt;name&gt;_i2s.h</c> (THE C CONTRACT plus the figures as macros,
/// identical for both drivers) and <c>&lt;name&gt;_i2s.c</c> for the target's driver generation.
/// </summary>
internal static class NativeSourceEmitter
{
    public static string HeaderFileName(BindingSpec spec) => new NativeNames(spec).HeaderFile;

    public static string SourceFileName(BindingSpec spec) => new NativeNames(spec).SourceFile;

    public static NativeFile[] Emit(BindingSpec spec, BindingFigures figures) => new[]
    {
        CHeaderEmitter.Emit(spec, figures),
        spec.Target.Driver == Driver.Legacy ? LegacyDriverEmitter.Emit(spec, figures) : StdDriverEmitter.Emit(spec, figures),
    };
}
