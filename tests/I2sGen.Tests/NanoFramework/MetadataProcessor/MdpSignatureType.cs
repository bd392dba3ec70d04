using System.Collections.Immutable;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>What a signature blob says a type is, kept as a tree so the MDP's naming rules can look inside it.</summary>
internal enum MdpTypeKind
{
    /// <summary>A type by name (primitive, class, struct, enum), possibly defined in the assembly being read.</summary>
    Named,
    SzArray,
    ByRef,
    Pointer,
    GenericInstance,
    GenericParameter,
}

/// <summary>
/// One type of a method signature. <see cref="FullName"/> is spelled as Mono.Cecil (which the MDP uses) spells it:
/// <c>Ns.Outer/Inner</c>, <c>System.Byte[]</c>, <c>System.Int32&amp;</c>, <c>System.Void*</c>,
/// <c>System.Span`1&lt;System.Byte&gt;</c>.
/// </summary>
internal sealed record MdpSignatureType(MdpTypeKind Kind, string FullName, MdpSignatureType? Element, ImmutableArray<MdpSignatureType> Arguments, string? OwnDefinition)
{
    public static MdpSignatureType Named(string fullName, string? ownDefinition) => new(MdpTypeKind.Named, fullName, null, ImmutableArray<MdpSignatureType>.Empty, ownDefinition);

    public static MdpSignatureType Wrap(MdpTypeKind kind, MdpSignatureType element, string suffix) => new(kind, element.FullName + suffix, element, ImmutableArray<MdpSignatureType>.Empty, null);

    /// <summary>Cecil's <c>GetElementType()</c>: strips every array, by-ref, pointer and generic instantiation.</summary>
    public MdpSignatureType Innermost => Element is null ? this : Element.Innermost;
}
