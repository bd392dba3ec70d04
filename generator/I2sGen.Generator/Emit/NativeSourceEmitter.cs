using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit;

/// <summary>PLACEHOLDER (being replaced): emits &lt;name&gt;_i2s.h and &lt;name&gt;_i2s.c for one binding.</summary>
internal static class NativeSourceEmitter
{
    public static string HeaderFileName(BindingSpec spec) => spec.CName + "_i2s.h";

    public static string SourceFileName(BindingSpec spec) => spec.CName + "_i2s.c";

    public static NativeFile[] Emit(BindingSpec spec, BindingFigures figures) => new[]
    {
        new NativeFile(HeaderFileName(spec), "/* header */\n"),
        new NativeFile(SourceFileName(spec), "/* source */\n"),
    };
}
