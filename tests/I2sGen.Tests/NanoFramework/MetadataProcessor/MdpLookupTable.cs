using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>
/// The MDP's <c>method_lookup</c> table (nanoSkeletonGenerator, §4.5 of the reference): one entry per method
/// definition in MDP order, <c>Library_&lt;P&gt;_&lt;Class&gt;::&lt;Method&gt;</c> for a native method and null
/// (<c>NULL</c> / <c>nullptr</c> in the C++) for every other.
/// </summary>
internal static class MdpLookupTable
{
    /// <param name="assembly">The assembly.</param>
    /// <param name="skeletonProjectName">The skeleton project name <c>&lt;P&gt;</c> (dots become <c>_</c>).</param>
    /// <param name="rule">Which MDP revision's names.</param>
    public static IReadOnlyList<string?> Of(MdpAssembly assembly, string skeletonProjectName, ChecksumRule rule) =>
        assembly.Methods
            .Select(m => m.Type.IsNative(m.Method)
                ? "Library_" + skeletonProjectName.Replace('.', '_') + "_" + MdpNames.ClassName(m.Type, rule) + "::" + MdpNames.MethodName(m.Method, rule)
                : null)
            .ToList();
}
