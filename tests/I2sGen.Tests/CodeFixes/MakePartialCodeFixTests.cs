using System.Threading.Tasks;
using I2sGen.CodeFixes;
using I2sGen.Tests.Analyzers;
using Xunit;

namespace I2sGen.Tests.CodeFixes;

public sealed class MakePartialCodeFixTests
{
    private const string Attr = "[I2sMicrophone(" + Snippets.MicArgs + ")]\n";

    [Theory]
    [InlineData("public class {|I2S0001:Mic|} { }", "public partial class Mic { }")]
    [InlineData("class {|I2S0001:Mic|} { }", "partial class Mic { }")]
    [InlineData("public sealed class {|I2S0001:Mic|} { }", "public sealed partial class Mic { }")]
    [InlineData("/// <summary>Doc.</summary>\nclass {|I2S0001:Mic|} { }", "/// <summary>Doc.</summary>\npartial class Mic { }")]
    public Task AddsPartial(string source, string fixedSource) =>
        CodeFixTest<MakePartialCodeFix>.VerifyAsync(Attr + source + "\n", Attr + fixedSource + "\n");

    [Fact]
    public Task FixAllMakesEveryBindingPartial() => CodeFixTest<MakePartialCodeFix>.VerifyAsync(
        Attr + "public class {|I2S0001:Mic|} { }\n"
        + "[I2sSpeaker(" + Snippets.SpeakerArgs + ")]\ninternal class {|I2S0001:Amp|} { }\n",
        Attr + "public partial class Mic { }\n"
        + "[I2sSpeaker(" + Snippets.SpeakerArgs + ")]\ninternal partial class Amp { }\n");
}
