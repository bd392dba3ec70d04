using System;
using System.Linq;
using System.Text.RegularExpressions;
using I2sGen.Generator.Parsing;
using Xunit;

namespace I2sGen.Tests.Generator;

/// <summary>
/// C names (file names and function prefixes) of class names C# allows but C and file systems do not (issue 9,
/// item 5): non-ASCII letters, stray underscores, names of any length. Every result is a legal, non-reserved ASCII
/// C identifier of bounded length, deterministic, and distinct for distinct awkward names.
/// </summary>
public sealed class CNameTests
{
    private static readonly Regex LegalCName = new("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("Inmp441", "inmp441")]
    [InlineData("MicArray", "mic_array")]
    [InlineData("Max98357A", "max98357_a")]
    [InlineData("I2SMicrophone", "i2_s_microphone")]
    [InlineData("Mic_Array", "mic_array")]
    [InlineData("Pcm5102GeneralGlobal", "pcm5102_general_global")]
    [InlineData("BoardRevisionThreeLeftAndRightBeamformingMicrophonePair", "board_revision_three_left_and_right_beamforming_microphone_pair")]
    public void PlainNamesKeepTheirReadableForm(string className, string expected) =>
        Assert.Equal(expected, CName.From(className));

    [Theory]
    // Latin letters lose their diacritics; the hash of the UTF-8 name keeps them apart from the ASCII look-alike.
    [InlineData("Mikrofon_Ä", "mikrofon_a_ac3f7e70")]
    [InlineData("Straße", "strasse_1dc32e38")]
    // Nothing transliterable: a fixed stem and the hash.
    [InlineData("麦克风", "binding_3b049573")]
    // C reserves a leading underscore at file scope and "__" anywhere; a trailing one would make "mic__i2s".
    [InlineData("_Mic", "mic_34684249")]
    [InlineData("Mic_", "mic_bb4a820d")]
    [InlineData("Mic__Array", "mic_array_6f4fb83f")]
    public void AwkwardNamesGetALegalAsciiNameWithAStableHash(string className, string expected) =>
        Assert.Equal(expected, CName.From(className));

    [Fact]
    public void LongNamesAreCutToTheLimitAndStayDistinct()
    {
        var stem = string.Concat(Enumerable.Repeat("VeryLongMicrophoneName", 20));
        var first = CName.From(stem + "One");
        var second = CName.From(stem + "Two");

        Assert.Equal(CName.MaxLength, first.Length);
        Assert.NotEqual(first, second);
        Assert.StartsWith("very_long_microphone_name_very_long", first, StringComparison.Ordinal);
        Assert.Matches(LegalCName, first);
        Assert.Equal(first, CName.From(stem + "One"));
    }

    [Fact]
    public void EveryAwkwardNameIsALegalDistinctCIdentifier()
    {
        var names = new[]
        {
            "Mikrofon_Ä", "Mikrofon_A", "MikrofonÄ", "Mikrofon_ä", "麦克风", "麦克风2", "Микрофон", "Mikrófono", "Øresund",
            "Łódź", "Æther", "_", "__", "_9", "Mic_", "Mic", "_Mic", "Mic__Array", "MicArray_", "ÀÉÎÕÜ", "ǅ", "mic\u00B5",
            new string('X', 500), new string('X', 499) + "Y",
        };

        var cNames = names.Select(CName.From).ToArray();
        foreach (var (name, cName) in names.Zip(cNames))
        {
            Assert.True(LegalCName.IsMatch(cName), $"{name} → {cName} is not a legal C name");
            Assert.InRange(cName.Length, 1, CName.MaxLength);
            Assert.DoesNotContain("__", cName + "_i2s", StringComparison.Ordinal);
        }

        // "Mikrofon_Ä" and "MikrofonÄ" are distinct C# names; so are their C names (unlike MicArray and Mic_Array,
        // plain ASCII names that have always shared one C name and are reported by I2S0007).
        Assert.Equal(names.Length, cNames.Distinct(StringComparer.Ordinal).Count());
    }
}
