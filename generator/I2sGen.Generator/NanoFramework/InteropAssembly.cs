using System.Collections.Immutable;

namespace I2sGen.Generator.NanoFramework;

/// <summary>
/// The facts about the fixed interop assembly <c>I2sGen.Interop</c> that the generated nanoCLR glue needs: its
/// name, the metadata processor's class and method names of its one type in lookup-table order
/// (shared/reference/nanoframework.md §4.4, §4.5), its native version and its native checksum under each
/// <see cref="ChecksumRule"/> (§4.6). The assembly is fixed, so these are constants; a test recomputes them from
/// the compiled assembly.
/// </summary>
internal static class InteropAssembly
{
    /// <summary>The managed assembly name, with its dots: the first field of <c>CLR_RT_NativeAssemblyData</c>.</summary>
    public const string Name = "I2sGen.Interop";

    /// <summary>The skeleton project name (<c>&lt;P&gt;</c>): the assembly name with <c>.</c> → <c>_</c>.</summary>
    public const string SkeletonName = "I2sGen_Interop";

    /// <summary>The metadata processor's class name of <c>I2sGen.Interop.I2sNative</c>.</summary>
    public const string ClassName = "I2sGen_Interop_I2sNative";

    /// <summary>The managed type the wrapper calls.</summary>
    public const string ManagedType = "I2sGen.Interop.I2sNative";

    /// <summary><c>[assembly: AssemblyNativeVersion]</c>, as its four parts.</summary>
    public static ImmutableArray<int> NativeVersion { get; } = ImmutableArray.Create(1, 0, 0, 0);

    /// <summary>
    /// The method names in lookup-table order: the type is a static class (no constructor) with six static
    /// InternalCall methods, so every entry is native and the order is declaration order.
    /// </summary>
    public static ImmutableArray<string> Methods { get; } = ImmutableArray.Create(
        "Init___STATIC__I4__I4__I4",
        "Deinit___STATIC__I4__I4",
        "Read___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__BYREF_I4",
        "ReadSpan___STATIC__I4__I4__SystemSpanByte__I4__BYREF_I4",
        "Write___STATIC__I4__I4__SZARRAY_U1__I4__I4__I4__BYREF_I4",
        "WriteSpan___STATIC__I4__I4__SystemSpanByte__I4__BYREF_I4");

    /// <summary>The native checksum under the v3 rule (metadata processor main, tag v3.0.100).</summary>
    public const uint ChecksumV3 = 0xFAEC3520;

    /// <summary>The native checksum under the later-revision rule (metadata-processor#230).</summary>
    public const uint ChecksumLater = 0x5ADFB953;

    public static uint Checksum(ChecksumRule rule) => rule == ChecksumRule.Later ? ChecksumLater : ChecksumV3;
}
