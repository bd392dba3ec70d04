#if NANOFRAMEWORK_1_0
using System;

namespace I2sGen
{
    /// <summary>
    /// nanoFramework's mscorlib has no <c>System.CodeDom.Compiler.GeneratedCodeAttribute</c>, so generated wrappers
    /// alias this stand-in on the device (and the real one on .NET) to mark their members the same way on both.
    /// Only compiled for nanoFramework, so it never clashes with the real attribute on .NET.
    /// </summary>
    [AttributeUsage(AttributeTargets.All, Inherited = false, AllowMultiple = false)]
    public sealed class GeneratedCodeAttribute : Attribute
    {
        /// <summary>Records the tool and its version.</summary>
        /// <param name="tool">The generating tool, <c>I2sGen</c>.</param>
        /// <param name="version">The tool's version.</param>
        public GeneratedCodeAttribute(string tool, string version)
        {
            Tool = tool;
            Version = version;
        }

        /// <summary>The generating tool.</summary>
        public string Tool { get; }

        /// <summary>The tool's version.</summary>
        public string Version { get; }
    }
}
#endif
