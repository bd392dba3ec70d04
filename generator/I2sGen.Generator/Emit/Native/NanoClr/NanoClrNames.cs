using I2sGen.Generator.NanoFramework;

namespace I2sGen.Generator.Emit.Native.NanoClr;

/// <summary>
/// The file and C++ names of the nanoCLR glue, derived from <see cref="InteropAssembly"/> the way the metadata
/// processor derives them (shared/reference/nanoframework.md §4.3, §4.4, §4.7), so nf-interpreter's CMake finds
/// the files and links the symbol by the assembly name alone.
/// </summary>
internal static class NanoClrNames
{
    /// <summary><c>I2sGen_Interop.h</c>: the handler struct and the assembly record's declaration.</summary>
    public const string HeaderFile = InteropAssembly.SkeletonProjectName + ".h";

    /// <summary><c>I2sGen_Interop.cpp</c>: <c>method_lookup</c> and the assembly record.</summary>
    public const string TableFile = InteropAssembly.SkeletonProjectName + ".cpp";

    /// <summary><c>I2sGen_Interop_I2sGen_Interop_I2sNative.cpp</c>: the native methods (raw stub style).</summary>
    public const string StubsFile = InteropAssembly.SkeletonProjectName + "_" + InteropAssembly.ClassName + ".cpp";

    /// <summary><c>I2sGen_Interop_Bindings.h</c>: the dispatch table's entry type.</summary>
    public const string BindingsHeaderFile = InteropAssembly.SkeletonProjectName + "_Bindings.h";

    /// <summary><c>I2sGen_Interop_Bindings.cpp</c>: this build's bindings by index, with their fingerprints.</summary>
    public const string BindingsFile = InteropAssembly.SkeletonProjectName + "_Bindings.cpp";

    /// <summary>The CMake module nf-interpreter's <c>find_package("INTEROP-&lt;Assembly&gt;")</c> loads from CMake/Modules.</summary>
    public const string CMakeModuleFile = "FindINTEROP-" + InteropAssembly.Name + ".cmake";

    /// <summary>The handler struct: <c>Library_&lt;P&gt;_&lt;Class&gt;</c>.</summary>
    public const string HandlerStruct = "Library_" + InteropAssembly.SkeletonProjectName + "_" + InteropAssembly.ClassName;

    /// <summary>The assembly record nf-interpreter's CMake names from the assembly (<c>.</c> → <c>_</c>).</summary>
    public const string AssemblySymbol = "g_CLR_AssemblyNative_" + InteropAssembly.SkeletonProjectName;

    /// <summary>The dispatch table's entry type, array and count.</summary>
    public const string BindingType = InteropAssembly.SkeletonProjectName + "_Binding";
    public const string BindingTable = "g_" + InteropAssembly.SkeletonProjectName + "_Bindings";
    public const string BindingCount = "g_" + InteropAssembly.SkeletonProjectName + "_BindingCount";

    /// <summary>The include guard of a generated header file name (<c>I2sGen_Interop.h</c> → <c>I2SGEN_INTEROP_H</c>).</summary>
    public static string Guard(string fileName) => fileName.Replace('.', '_').ToUpperInvariant();
}
