using I2sGen.Generator.Model;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// Emits the ESP-IDF C glue of one binding: <c>&lt;name&gt;_i2s.h</c> (THE C CONTRACT plus the figures as macros,
/// identical for both drivers) and <c>&lt;name&gt;_i2s.c</c> for the target's driver generation.
/// </summary>
internal static class NativeSourceEmitter
{
    public static NativeFile[] Emit(BindingSpec spec) => new[]
    {
        CHeaderEmitter.Emit(spec),
        spec.Target.Driver == Driver.Legacy ? LegacyDriverEmitter.Emit(spec) : StdDriverEmitter.Emit(spec),
    };
}
