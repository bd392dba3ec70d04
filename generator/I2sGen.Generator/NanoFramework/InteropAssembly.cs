using System.Collections.Immutable;

namespace I2sGen.Generator.NanoFramework;

/// <summary>
/// The facts about I2sGen.Interop (runtime/I2sGen.Interop), the one assembly whose methods the generated nanoCLR glue
/// implements, as nanoFramework's metadata processor (MDP) derives them from its metadata. The generated
/// <c>&lt;P&gt;.h</c> / <c>&lt;P&gt;.cpp</c> and the CMake module use these strings; the firmware accepts the
/// deployed <c>I2sGen.Interop.pe</c> only if they match it. Fixed, because the assembly's method list is fixed: a
/// test (tests/I2sGen.Tests/NanoFramework/InteropAssemblyTests.cs) recomputes every value from the compiled
/// assembly with the MDP's algorithm. Sources: shared/reference/nanoframework.md §4.4-4.7.
/// </summary>
internal static class InteropAssembly
{
    /// <summary>
    /// The managed assembly name, with its dots: the string in <c>CLR_RT_NativeAssemblyData</c>, in
    /// <c>NF_INTEROP_ASSEMBLIES</c>, in <c>FindINTEROP-I2sGen.Interop.cmake</c> and in the folder
    /// <c>InteropAssemblies/I2sGen.Interop/</c>. It has no <c>0</c>: FindNF_NativeAssemblies.cmake's version regex
    /// would otherwise lose the version.
    /// </summary>
    public const string Name = "I2sGen.Interop";

    /// <summary>The skeleton project name <c>&lt;P&gt;</c>: the assembly name with <c>.</c> → <c>_</c>.</summary>
    public const string SkeletonProjectName = "I2sGen_Interop";

    /// <summary>The symbol of the native assembly record; CMake derives it from <see cref="Name"/>.</summary>
    public const string NativeDataSymbol = "g_CLR_AssemblyNative_I2sGen_Interop";

    /// <summary>The one type with methods, by its C# name (what generated wrappers call).</summary>
    public const string TypeFullName = "I2sGen.Interop.I2sNative";

    /// <summary>The MDP class name of <see cref="TypeFullName"/>: namespace and name joined, dots to <c>_</c>.</summary>
    public const string ClassName = "I2sGen_Interop_I2sNative";

    /// <summary>The stub struct: <c>Library_&lt;P&gt;_&lt;ClassName&gt;</c>.</summary>
    public const string HandlerStruct = "Library_" + SkeletonProjectName + "_" + ClassName;

    /// <summary>
    /// The <c>[assembly: AssemblyNativeVersion]</c> of I2sGen.Interop, which the firmware's record must carry:
    /// major, minor, build, revision (<c>CLR_RECORD_VERSION</c>).
    /// </summary>
    public static readonly ImmutableArray<ushort> NativeVersion = ImmutableArray.Create<ushort>(1, 0, 0, 0);

    /// <summary>
    /// The entries of <c>method_lookup</c>, in order: every method of the assembly, all of them native, so no null
    /// entries. The same names under both checksum rules (no generics, no pointers).
    /// </summary>
    public static readonly ImmutableArray<string> MethodLookup = ImmutableArray.Create(
        "Init___STATIC__I4__I4__I4",
        "Deinit___STATIC__I4__I4",
        "Read___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__BYREF_I4",
        "ReadSpan___STATIC__I4__I4__SystemSpanByte__I4__BYREF_I4",
        "Write___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__BYREF_I4",
        "WriteSpan___STATIC__I4__I4__SystemSpanByte__I4__BYREF_I4");

    /// <summary>The native checksum under the MDP v3 rule (stable nanoFramework: MDP 3.x, nf-interpreter main).</summary>
    public const uint ChecksumV3 = 0xFAEC3520;

    /// <summary>The native checksum under the later MDP rule (nf-interpreter develop since 2026-01).</summary>
    public const uint ChecksumLaterRevision = 0x5ADFB953;

    /// <summary>The checksum the generated glue declares under <paramref name="rule"/>.</summary>
    public static uint Checksum(ChecksumRule rule) => rule == ChecksumRule.LaterRevision ? ChecksumLaterRevision : ChecksumV3;
}
