using System.Collections.Immutable;
using I2sGen.Generator.Model;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Emit.Native.NanoClr;

/// <summary>
/// The nanoCLR glue of a compilation: the interop assembly's skeleton (<c>I2sGen_Interop.h/.cpp</c> and the
/// native methods), the dispatch table over this build's bindings and the nf-interpreter CMake module. Written with
/// the bindings' C files, so one folder holds everything a firmware build needs.
/// </summary>
internal static class NanoClrGlueEmitter
{
    public static ImmutableArray<NativeFile> Emit(ImmutableArray<BindingSpec> specs, ChecksumRule rule) => ImmutableArray.Create(
        InteropHeaderEmitter.Emit(),
        InteropTableEmitter.Emit(rule),
        InteropStubsEmitter.Emit(),
        BindingTableEmitter.EmitHeader(),
        BindingTableEmitter.EmitTable(specs),
        CMakeModuleEmitter.Emit(specs));
}
