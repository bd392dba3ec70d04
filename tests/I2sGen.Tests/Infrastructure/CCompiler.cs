using System.Collections.Generic;
using System.Linq;

namespace I2sGen.Tests.Infrastructure;

/// <summary>
/// The one set of gcc invocations for tests: the C flags every generated or test-written .c must pass, compiling
/// against the ESP-IDF stand-in headers (native/include), and building a shared library.
/// </summary>
internal static class CCompiler
{
    /// <summary>The flags the brief requires every generated .c to pass.</summary>
    public static readonly string[] StrictCFlags = { "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic" };

    /// <summary>Extra warnings ESP-IDF projects commonly enable; the generated code is clean under them too.</summary>
    public static readonly string[] ExtraCFlags = { "-Wshadow", "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wconversion", "-Wsign-conversion" };

    /// <summary>Compiles one C file in <paramref name="directory"/> against its headers and the ESP-IDF stand-ins in native/include.</summary>
    public static ProcessRunner.Result CompileC(string directory, string sourceFile, IEnumerable<string> extraFlags, string objectFile) =>
        Gcc(directory, StrictCFlags.Concat(extraFlags).Concat(new[] { "-I", directory, "-I", RepoPaths.NativeInclude, "-c", sourceFile, "-o", objectFile }));

    /// <summary>Builds <paramref name="sources"/> into the shared library <paramref name="library"/>, under the strict flags.</summary>
    public static ProcessRunner.Result BuildSharedLibrary(string directory, IEnumerable<string> sources, string library) =>
        Gcc(directory, StrictCFlags.Concat(new[] { "-shared", "-fPIC", "-o", library }).Concat(sources));

    /// <summary>Runs gcc with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static ProcessRunner.Result Gcc(string directory, IEnumerable<string> arguments) => ProcessRunner.Run("gcc", arguments, directory);
}
