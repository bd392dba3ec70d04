using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace I2sGen.Tests.Analyzers;

/// <summary>I2S0001-I2S0009: the class, its arguments, the target and the C names.</summary>
public sealed class DeclarationRuleTests
{
    private const string Attr = "[I2sMicrophone(" + Snippets.MicArgs + ")]\n";

    [Fact]
    public Task PartialClassIsClean() => AnalyzerTest.VerifyAsync(Snippets.Mic());

    [Fact]
    public Task ClassNotPartial() => AnalyzerTest.VerifyAsync(Attr + "public class {|I2S0001:Mic|} { }\n");

    [Theory]
    [InlineData("public static partial class {|I2S0002:Mic|} { }")]
    [InlineData("public partial class {|I2S0002:Mic|}<T> { }")]
    [InlineData("public partial record {|I2S0002:Mic|} { }")]
    public Task UnsupportedShape(string declaration) => AnalyzerTest.VerifyAsync(Attr + declaration + "\n");

    /// <summary>Issue 9: the generated half lives in another file, which cannot see a file-local class.</summary>
    [Fact]
    public Task FileLocalClass() => AnalyzerTest.VerifyAsync(Attr + "file partial class {|I2S0002:Mic|} { }\n");

    /// <summary>Issue 9: the generated constructor calls base(), which must exist and be accessible.</summary>
    [Theory]
    [InlineData("public class Device { public Device(int id) { } }\n" + "[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class {|I2S0010:Mic|} : Device { public Mic(int id) : base(id) { } }\n")]
    [InlineData("public class Device { private Device() { } public Device(int id) { } }\n" + "[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class {|I2S0010:Mic|} : Device { public Mic(int id) : base(id) { } }\n")]
    [InlineData("public abstract class Device { protected Device() { } }\n" + "[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic : Device { }\n")]
    [InlineData("public class Device { public Device(int id = 0) { } }\n" + "[I2sMicrophone(" + Snippets.MicArgs + ")]\npublic partial class Mic : Device { }\n")]
    public Task BaseClassConstructor(string source) => AnalyzerTest.VerifyAsync(source);

    [Theory]
    [InlineData("public partial class Outer")]
    [InlineData("public partial class Outer<T>")]
    public Task NestedClass(string outer) => AnalyzerTest.VerifyAsync(outer + "\n{\n" + Attr + "public partial class {|I2S0002:Mic|} { }\n}\n");

    [Fact]
    public Task TopLevelClassInNamespaceIsClean() => AnalyzerTest.VerifyAsync("namespace Audio.Devices;\n" + Snippets.Mic());

    [Fact]
    public Task TargetPropertyDisagreesWithAttribute() => AnalyzerTest.VerifyAsync(
        "[assembly: I2sTarget({|I2S0003:Chip = I2sChip.Esp32S3|}, {|I2S0003:Driver = I2sDriver.Std|})]\n" + Snippets.Mic(),
        chip: "esp32", driver: "legacy");

    [Fact]
    public Task TargetPropertyAgreesWithAttribute() => AnalyzerTest.VerifyAsync(
        "[assembly: I2sTarget(Chip = I2sChip.Esp32, Driver = I2sDriver.Legacy)]\n" + Snippets.Mic(), chip: "ESP32", driver: "legacy");

    [Theory]
    [InlineData("{|I2S0009:Chip = (I2sChip)42|}")]
    [InlineData("{|I2S0009:Chip = (I2sChip)(-1)|}, Driver = I2sDriver.Legacy")]
    [InlineData("Chip = I2sChip.Esp32, {|I2S0009:Driver = (I2sDriver)7|}")]
    [InlineData("{|I2S0009:Chip = (I2sChip)42|}, {|I2S0009:Driver = (I2sDriver)2|}")]
    public Task TargetAttributeOutsideTheEnum(string arguments) => AnalyzerTest.VerifyAsync(
        "[assembly: I2sTarget(" + arguments + ")]\n" + Snippets.Mic());

    [Fact]
    public Task TargetAttributeOutsideTheEnumNamesTheValidValues()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + "[assembly: I2sTarget({|#0:Chip = (I2sChip)42|}, {|#1:Driver = (I2sDriver)9|})]\n" + Snippets.Mic());
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0009", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("Chip = 42 is not a known I2sChip; use one of I2sChip.Esp32, I2sChip.Esp32S2, I2sChip.Esp32S3, I2sChip.Esp32C3, I2sChip.Esp32C6, I2sChip.Esp32H2, I2sChip.Esp32P4, I2sChip.Esp32C5, I2sChip.Esp32C61"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0009", DiagnosticSeverity.Error).WithLocation(1)
            .WithMessage("Driver = 9 is not a known I2sDriver; use I2sDriver.Std (ESP-IDF 5 i2s_std) or I2sDriver.Legacy (ESP-IDF 4.4 driver/i2s.h)"));
        return test.RunAsync();
    }

    /// <summary>A build property overriding an invalid attribute value: the value is still wrong, but there is nothing to "agree" with.</summary>
    [Fact]
    public Task TargetAttributeOutsideTheEnumUnderABuildProperty() => AnalyzerTest.VerifyAsync(
        "[assembly: I2sTarget({|I2S0009:Chip = (I2sChip)42|})]\n" + Snippets.Mic(), chip: "esp32");

    [Theory]
    [InlineData("Chip = I2sChip.Esp32")]
    [InlineData("Chip = (I2sChip)0, Driver = (I2sDriver)1")]
    [InlineData("Driver = I2sDriver.Std")]
    public Task TargetAttributeInsideTheEnumIsClean(string arguments) => AnalyzerTest.VerifyAsync(
        "[assembly: I2sTarget(" + arguments + ")]\n" + Snippets.Mic());

    [Fact]
    public Task NonConstantArgument() => AnalyzerTest.VerifyAsync(
        "static class Pins { public static int Bck = 14; }\n"
        + "[I2sMicrophone({|I2S0004:Bck = {|CS0182:Pins.Bck|}|}, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\n"
        + "public partial class Mic { }\n");

    [Fact]
    public Task ConstantArgumentIsClean() => AnalyzerTest.VerifyAsync(
        "static class Pins { public const int Bck = 14; }\n"
        + "[I2sMicrophone(Bck = Pins.Bck, Ws = 13, Sdin = 32, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)]\n"
        + "public partial class Mic { }\n");

    [Theory]
    [InlineData("public void {|I2S0005:Dispose|}() { }")]
    [InlineData("public int {|I2S0005:ReadInto|}(byte[] b) => 0;")]
    [InlineData("public const int {|I2S0005:Bus|} = 0;")]
    [InlineData("public bool {|I2S0005:IsDisposed|} => false;")]
    [InlineData("public {|I2S0005:Mic|}() { }")]
    [InlineData("~{|I2S0005:Mic|}() { }")]
    [InlineData("public class {|I2S0005:SampleRate|} { }")]
    public Task MemberClashesWithGeneratedMember(string member) => AnalyzerTest.VerifyAsync(Attr + "public partial class Mic\n{\n    " + member + "\n}\n");

    [Theory]
    [InlineData("public void Write(byte[] b) { }")] // a microphone gets ReadInto, not Write
    [InlineData("public Mic(int gain) { }")]
    [InlineData("static Mic() { }")]
    [InlineData("public int Gain { get; set; }")]
    public Task MemberWithoutClashIsClean(string member) => AnalyzerTest.VerifyAsync(Attr + "public partial class Mic\n{\n    " + member + "\n}\n");

    [Fact]
    public Task InvalidBuildProperties()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + Snippets.Mic(), chip: "esp8266", driver: "idf3");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0006", DiagnosticSeverity.Error).WithMessageFormat("I2sGenChip = 'esp8266' is not a known chip; use one of esp32, esp32s2, esp32s3, esp32c3, esp32c6, esp32h2, esp32p4, esp32c5, esp32c61 (the property is ignored)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0006", DiagnosticSeverity.Error).WithMessageFormat("I2sGenDriver = 'idf3' is not a known driver; use std (ESP-IDF 5 i2s_std) or legacy (ESP-IDF 4.4 driver/i2s.h) (the property is ignored)"));
        return test.RunAsync();
    }

    /// <summary>Issue 8: the checksum rule of the nanoCLR glue; an unknown value is reported, not silently replaced.</summary>
    [Fact]
    public Task InvalidChecksumRuleProperty()
    {
        var test = new AnalyzerTest(AnalyzerTest.Usings + Snippets.Mic(), extraGlobalConfig: "build_property.I2sGenNativeChecksumRule = v4\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("I2S0006", DiagnosticSeverity.Error).WithMessageFormat("I2sGenNativeChecksumRule = 'v4' is not a known metadata-processor rule; use v3 | later (the property is ignored: the nanoCLR glue uses v3)"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("v3")]
    [InlineData("later")]
    public Task ValidChecksumRulePropertyIsClean(string rule) =>
        new AnalyzerTest(AnalyzerTest.Usings + Snippets.Mic(), extraGlobalConfig: "build_property.I2sGenNativeChecksumRule = " + rule + "\n").RunAsync();

    [Fact]
    public Task ValidBuildPropertiesAreClean() => AnalyzerTest.VerifyAsync(Snippets.Mic(), chip: "ESP32", driver: "std");

    [Fact]
    public Task CNameClash() => AnalyzerTest.VerifyAsync(
        "namespace A { [{|I2S0007:I2sMicrophone(" + Snippets.MicArgs + ")|}] public partial class Mic { } }\n"
        + "namespace B { [{|I2S0007:I2sMicrophone(Bus = 1, Bck = 21, Ws = 22, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)|}] public partial class Mic { } }\n");

    [Fact]
    public Task DistinctCNamesAreClean() => AnalyzerTest.VerifyAsync(
        "namespace A { [I2sMicrophone(" + Snippets.MicArgs + ")] public partial class Mic { } }\n"
        + "namespace B { [I2sMicrophone(Bus = 1, Bck = 21, Ws = 22, Sdin = 33, DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft, SampleRate = 16000)] public partial class Mic2 { } }\n");

    [Fact]
    public Task TwoBindingAttributes() => AnalyzerTest.VerifyAsync(
        Attr + "[{|I2S0008:I2sSpeaker(" + Snippets.SpeakerArgs + ")|}]\npublic partial class Mic { }\n");
}
