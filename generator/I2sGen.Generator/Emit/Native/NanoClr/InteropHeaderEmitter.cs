using System.Linq;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Emit.Native.NanoClr;

/// <summary>
/// Emits <c>I2sGen_Interop.h</c>, the skeleton header the metadata processor would write for the interop assembly:
/// nanoCLR's interop headers, the handler struct with one <c>NANOCLR_NATIVE_DECLARE</c> per native method in
/// lookup order, and the assembly record's declaration.
/// </summary>
internal static class InteropHeaderEmitter
{
    public static NativeFile Emit()
    {
        var guard = NanoClrNames.Guard(NanoClrNames.HeaderFile);
        var declarations = string.Join("\n", InteropAssembly.MethodLookup.Select(static method => "    NANOCLR_NATIVE_DECLARE(" + method + ");"));
        var text = NanoClrBanner.For(NanoClrNames.HeaderFile, "nanoCLR declarations of the " + InteropAssembly.Name + " assembly.") + $$"""

            #ifndef {{guard}}
            #define {{guard}}

            #include <nanoCLR_Interop.h>
            #include <nanoCLR_Runtime.h>
            #include <nanoPackStruct.h>
            #include <corlib_native.h>

            // {{InteropAssembly.TypeFullName}}: a static class, so these are all its methods, in method_lookup order.
            struct {{NanoClrNames.HandlerStruct}}
            {
            {{declarations}}

                //--//
            };

            extern const CLR_RT_NativeAssemblyData {{NanoClrNames.AssemblySymbol}};

            #endif // {{guard}}

            """;
        return new NativeFile(NanoClrNames.HeaderFile, text.Replace("\r\n", "\n"));
    }
}
