using System.Globalization;
using System.Linq;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Emit.Native.NanoClr;

/// <summary>
/// Emits <c>I2sGen_Interop.cpp</c>: <c>method_lookup</c>, which nanoCLR indexes by method-definition index, and
/// <c>g_CLR_AssemblyNative_I2sGen_Interop</c> = {name, native checksum, lookup, version}. The loader refuses the
/// assembly's .pe when the checksum differs from the one the metadata processor wrote into it, so the checksum is
/// the one of the rule the build selected (<see cref="ChecksumRule"/>); the version is the assembly's
/// <c>AssemblyNativeVersion</c>. The initializer keeps the shape nf-interpreter's CMake parses the version from.
/// </summary>
internal static class InteropTableEmitter
{
    public static NativeFile Emit(ChecksumRule rule)
    {
        var entries = string.Join("\n", InteropAssembly.MethodLookup.Select(static method => "    " + NanoClrNames.HandlerStruct + "::" + method + ","));
        var checksum = "0x" + InteropAssembly.Checksum(rule).ToString("X8", CultureInfo.InvariantCulture);
        var version = string.Join(", ", InteropAssembly.NativeVersion.Select(static part => part.ToString(CultureInfo.InvariantCulture)));
        var ruleText = rule == ChecksumRule.LaterRevision ? "later-revision rule (metadata-processor#230)" : "v3 rule (metadata processor v3.0.100)";
        var text = NanoClrBanner.For(NanoClrNames.TableFile, "native method table and assembly record of " + InteropAssembly.Name + ".") + $$"""

            #include "{{NanoClrNames.HeaderFile}}"

            // clang-format off

            static const CLR_RT_MethodHandler method_lookup[] =
            {
            {{entries}}
            };

            // Native checksum by the metadata processor's {{ruleText}}; version = AssemblyNativeVersion.
            const CLR_RT_NativeAssemblyData {{NanoClrNames.AssemblySymbol}} =
            {
                "{{InteropAssembly.Name}}",
                {{checksum}},
                method_lookup,
                { {{version}} }
            };

            // clang-format on

            """;
        return new NativeFile(NanoClrNames.TableFile, text.Replace("\r\n", "\n"));
    }
}
