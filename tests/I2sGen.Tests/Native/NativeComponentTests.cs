using System.Collections.Generic;
using System.IO;
using System.Linq;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.Native;

/// <summary>
/// A project with several bindings yields one ESP-IDF component: its CMakeLists.txt registers every generated .c
/// (checked by evaluating it with cmake against a stand-in <c>idf_component_register</c>), and the bindings'
/// objects link together without clashing symbols.
/// </summary>
public sealed class NativeComponentTests
{
    private const string Project = "using I2sGen;\nnamespace Firmware;\n"
        + "[I2sMicrophone(Bck = 13, Ws = 14, Sdin = 34, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\n"
        + "public partial class FrontMic { }\n"
        + "[I2sSpeaker(Bus = 1, Bck = 33, Ws = 25, Sdout = 32, DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.RightLeft, SampleRate = 8000)]\n"
        + "public partial class Amp { }\n";

    /// <summary>
    /// Evaluates the generated CMakeLists.txt the way ESP-IDF does, with idf_component_register replaced by a
    /// function that checks its arguments and prints them.
    /// </summary>
    private const string CheckScript = """
        function(idf_component_register)
          cmake_parse_arguments(ARG "" "" "SRCS;INCLUDE_DIRS;REQUIRES;PRIV_REQUIRES" ${ARGN})
          if(ARG_UNPARSED_ARGUMENTS)
            message(FATAL_ERROR "unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
          endif()
          if(NOT ARG_SRCS)
            message(FATAL_ERROR "no SRCS")
          endif()
          foreach(src IN LISTS ARG_SRCS)
            if(NOT EXISTS "${COMPONENT_DIR}/${src}")
              message(FATAL_ERROR "SRCS lists ${src}, which does not exist")
            endif()
          endforeach()
          foreach(dir IN LISTS ARG_INCLUDE_DIRS)
            if(NOT IS_DIRECTORY "${COMPONENT_DIR}/${dir}")
              message(FATAL_ERROR "INCLUDE_DIRS lists ${dir}, which is not a directory")
            endif()
          endforeach()
          list(JOIN ARG_SRCS "," srcs)
          list(JOIN ARG_REQUIRES "," requires)
          message("SRCS=${srcs}")
          message("REQUIRES=${requires}")
        endfunction()
        include("${COMPONENT_DIR}/CMakeLists.txt")
        """;

    [Fact]
    public void ComponentRegistersEveryGeneratedSourceAndRequiresTheDriver()
    {
        var run = GeneratorHarness.Run(Project);
        Assert.Empty(run.CompilationErrors);
        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        directory.Write("check.cmake", CheckScript);

        var result = ProcessRunner.Run("cmake", new[] { "-DCOMPONENT_DIR=" + directory.Path, "-P", "check.cmake" }, directory.Path);
        Assert.True(result.ExitCode == 0, result.Describe("cmake -P check.cmake"));
        var sources = run.NativeFiles.Select(static f => f.FileName).Where(static f => f.EndsWith(".c")).OrderBy(static f => f, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "amp_i2s.c", "front_mic_i2s.c" }, sources);
        Assert.Contains("SRCS=amp_i2s.c,front_mic_i2s.c", result.StandardError);
        // The default target is the std driver on ESP-IDF 5.5.1, where it lives in esp_driver_i2s (NativeIdfVersionTests covers each release).
        Assert.Contains("REQUIRES=esp_driver_i2s", result.StandardError);
    }

    [Fact]
    public void BindingsOfOneProjectLinkTogether()
    {
        var run = GeneratorHarness.Run(Project);
        using var directory = TempDirectory.WithFiles(run.NativeFiles);
        var objects = new List<string>();
        var sources = run.NativeFiles.Select(static f => f.FileName).Where(static f => f.EndsWith(".c")).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var result = CCompiler.CompileC(directory.Path, source, CCompiler.ExtraCFlags, source + ".o");
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Describe("gcc " + source));
            objects.Add(source + ".o");
        }

        // A relocatable link fails on duplicate definitions, e.g. a TAG or state variable that was not static.
        var link = CCompiler.Gcc(directory.Path, new[] { "-nostdlib", "-r", "-o", "component.o" }.Concat(objects));
        Assert.True(link.ExitCode == 0, link.Describe("gcc -r"));
    }
}
