using System;
using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Model;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// The generator cannot load the runtime assembly, so Model/Enums.cs mirrors the runtime's public enums. Every
/// runtime enum must have a mirror with the same names and values, or the generator would misread attributes.
/// </summary>
public sealed class RuntimeEnumParityTests
{
    private static readonly IReadOnlyDictionary<Type, Type> Mirrors = new Dictionary<Type, Type>
    {
        [typeof(I2sChip)] = typeof(Chip),
        [typeof(I2sDriver)] = typeof(Driver),
        [typeof(I2sMode)] = typeof(Mode),
        [typeof(I2sStandard)] = typeof(Standard),
        [typeof(I2sDataFormat)] = typeof(DataFormat),
        [typeof(I2sChannelFormat)] = typeof(ChannelFormat),
        [typeof(I2sPart)] = typeof(Part),
        [typeof(I2sPinLevel)] = typeof(PinLevel),
        [typeof(I2sAmpChannel)] = typeof(AmpChannel),
        [typeof(I2sBusSharing)] = typeof(BusSharing),
    };

    public static IEnumerable<object[]> Pairs => Mirrors.Select(static pair => new object[] { pair.Key.Name });

    [Fact]
    public void EveryRuntimeEnumHasAMirror()
    {
        var enums = typeof(I2sChip).Assembly.GetExportedTypes().Where(static type => type.IsEnum).OrderBy(static type => type.Name, StringComparer.Ordinal);

        Assert.Equal(enums.Select(static type => type.Name), Mirrors.Keys.Select(static type => type.Name).OrderBy(static name => name, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void MirrorHasTheSameNamesAndValues(string runtimeEnum)
    {
        var runtime = Mirrors.Keys.Single(type => type.Name == runtimeEnum);

        Assert.Equal(Members(runtime), Members(Mirrors[runtime]));
    }

    private static IEnumerable<(string Name, long Value)> Members(Type type) => Enum.GetNames(type)
        .Select(name => (name, Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)))
        .OrderBy(static member => member.Item2)
        .ThenBy(static member => member.Item1, StringComparer.Ordinal);

    /// <summary>Chip values are stored in compiled user assemblies: new chips are appended, existing values never move.</summary>
    [Fact]
    public void ChipValuesAreStable()
    {
        var expected = new[] { "Esp32=0", "Esp32S2=1", "Esp32S3=2", "Esp32C3=3", "Esp32C6=4", "Esp32H2=5", "Esp32P4=6", "Esp32C5=7", "Esp32C61=8" };
        Assert.Equal(expected, ((I2sChip[])Enum.GetValues(typeof(I2sChip))).Select(static c => c + "=" + (int)c));
    }
}
