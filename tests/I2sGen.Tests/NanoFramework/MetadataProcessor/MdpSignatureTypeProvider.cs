using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>Decodes signature blobs into <see cref="MdpSignatureType"/> trees.</summary>
internal sealed class MdpSignatureTypeProvider : ISignatureTypeProvider<MdpSignatureType, object?>
{
    public static readonly MdpSignatureTypeProvider Instance = new();

    public MdpSignatureType GetPrimitiveType(PrimitiveTypeCode typeCode) => MdpSignatureType.Named("System." + typeCode switch
    {
        PrimitiveTypeCode.IntPtr => "IntPtr",
        PrimitiveTypeCode.UIntPtr => "UIntPtr",
        _ => typeCode.ToString(),
    }, null);

    public MdpSignatureType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var name = MdpAssembly.FullNameOf(reader, handle);
        return MdpSignatureType.Named(name, name);
    }

    public MdpSignatureType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        MdpSignatureType.Named(FullNameOf(reader, handle), null);

    public MdpSignatureType GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public MdpSignatureType GetSZArrayType(MdpSignatureType elementType) => MdpSignatureType.Wrap(MdpTypeKind.SzArray, elementType, "[]");

    public MdpSignatureType GetByReferenceType(MdpSignatureType elementType) => MdpSignatureType.Wrap(MdpTypeKind.ByRef, elementType, "&");

    public MdpSignatureType GetPointerType(MdpSignatureType elementType) => MdpSignatureType.Wrap(MdpTypeKind.Pointer, elementType, "*");

    public MdpSignatureType GetGenericInstantiation(MdpSignatureType genericType, ImmutableArray<MdpSignatureType> typeArguments) =>
        new(MdpTypeKind.GenericInstance, genericType.FullName + "<" + string.Join(",", typeArguments.Select(static a => a.FullName)) + ">", genericType, typeArguments, null);

    public MdpSignatureType GetGenericTypeParameter(object? genericContext, int index) => GenericParameter("!" + index);

    public MdpSignatureType GetGenericMethodParameter(object? genericContext, int index) => GenericParameter("!!" + index);

    public MdpSignatureType GetModifiedType(MdpSignatureType modifier, MdpSignatureType unmodifiedType, bool isRequired) => unmodifiedType;

    public MdpSignatureType GetPinnedType(MdpSignatureType elementType) => elementType;

    public MdpSignatureType GetArrayType(MdpSignatureType elementType, ArrayShape shape) => MdpSignatureType.Wrap(MdpTypeKind.SzArray, elementType, "[,]");

    public MdpSignatureType GetFunctionPointerType(MethodSignature<MdpSignatureType> signature) => MdpSignatureType.Named("method", null);

    private static MdpSignatureType GenericParameter(string name) => new(MdpTypeKind.GenericParameter, name, null, ImmutableArray<MdpSignatureType>.Empty, null);

    private static string FullNameOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullNameOf(reader, (TypeReferenceHandle)reference.ResolutionScope) + "/" + name;
        }

        var ns = reader.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
