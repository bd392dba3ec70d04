using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parsing;

/// <summary>Metadata names of the runtime attributes, and the MSBuild properties the generator reads.</summary>
internal static class AttributeNames
{
    public const string I2s = "I2sGen.I2sAttribute";
    public const string Microphone = "I2sGen.I2sMicrophoneAttribute";
    public const string Speaker = "I2sGen.I2sSpeakerAttribute";
    public const string Target = "I2sGen.I2sTargetAttribute";

    public const string ChipProperty = "build_property.I2sGenChip";
    public const string DriverProperty = "build_property.I2sGenDriver";
    public const string BackendProperty = "build_property.I2sGenBackend";
    public const string IdfVersionProperty = "build_property.I2sGenIdfVersion";
    public const string ChipRevisionProperty = "build_property.I2sGenChipRevision";

    public static readonly string[] Bindings = { I2s, Microphone, Speaker };

    public static BindingKind? KindOf(string? metadataName) => metadataName switch
    {
        I2s => BindingKind.General,
        Microphone => BindingKind.Microphone,
        Speaker => BindingKind.Speaker,
        _ => null,
    };
}
