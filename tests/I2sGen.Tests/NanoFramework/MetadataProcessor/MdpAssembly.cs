using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>
/// An assembly as nanoFramework's metadata processor (MDP) sees it when it builds the type and method tables that
/// the native lookup table and the native checksum follow: its types in MDP order (§4.5 of the reference:
/// culture-sensitive FullName sort, then the usage pass), each type's methods in MDP order (virtual, instance,
/// static), read with System.Reflection.Metadata from a real compiled assembly.
/// (nanoframework/metadata-processor MetadataProcessor.Shared/Tables/nanoTablesContext.cs@4541b46, GetOrderedTypes,
/// SortTypesAccordingUsages, GetOrderedMethods; Extensions/TypeDefinitionExtensions.cs IncludeInStub)
/// </summary>
internal sealed class MdpAssembly
{
    // nanoTablesContext.SetDefaultTypesToExclude.
    private static readonly string[] DefaultExcludedTypes =
    {
        "ThisAssembly",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.AccessedThroughPropertyAttribute",
    };

    private MdpAssembly(string name, string? nativeVersion, IReadOnlyList<MdpType> types)
    {
        Name = name;
        NativeVersion = nativeVersion;
        Types = types;
    }

    /// <summary>The assembly's simple name, as the checksum and <c>CLR_RT_NativeAssemblyData</c> spell it.</summary>
    public string Name { get; }

    /// <summary>The <c>[assembly: AssemblyNativeVersion]</c> string, if any.</summary>
    public string? NativeVersion { get; }

    /// <summary>Every type but <c>&lt;Module&gt;</c>, in MDP type-table order.</summary>
    public IReadOnlyList<MdpType> Types { get; }

    /// <summary>Every method in MDP method-table order: the order of the native lookup table.</summary>
    public IEnumerable<(MdpType Type, MdpMethod Method)> Methods => Types.SelectMany(static t => t.Methods.Select(m => (t, m)));

    public static MdpAssembly Read(string path) => Read(File.ReadAllBytes(path));

    public static MdpAssembly Read(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var excluded = new HashSet<string>(DefaultExcludedTypes, StringComparer.Ordinal);
        var all = reader.TypeDefinitions.Where(h => FullNameOf(reader, h) != "<Module>").ToList();
        foreach (var handle in all)
        {
            if (HasAttribute(reader, reader.GetTypeDefinition(handle).GetCustomAttributes(), "System.Runtime.CompilerServices.ExcludeTypeAttribute"))
            {
                excluded.Add(FullNameOf(reader, handle));
            }
        }

        var ordered = new MdpTypeOrder(pe).Sort(all);
        var types = ordered.Select(h => ReadType(reader, h, excluded)).ToList();
        return new MdpAssembly(reader.GetString(reader.GetAssemblyDefinition().Name), NativeVersionOf(reader), types);
    }

    /// <summary>Cecil's FullName of a type definition: <c>Namespace.Name</c>, nested as <c>Outer/Inner</c>.</summary>
    public static string FullNameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullNameOf(reader, declaring) + "/" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>The MDP sorts with .NET's default string comparison, which is culture-sensitive (not ordinal).</summary>
    public static int CompareFullNames(string x, string y) => string.Compare(x, y, CultureInfo.InvariantCulture, CompareOptions.None);

    private static MdpType ReadType(MetadataReader reader, TypeDefinitionHandle handle, HashSet<string> excluded)
    {
        var type = reader.GetTypeDefinition(handle);
        var fullName = FullNameOf(reader, handle);
        var declaring = type.GetDeclaringType();
        var declaringType = declaring.IsNil ? null : ReadType(reader, declaring, excluded);
        var methods = type.GetMethods().Select(h => ReadMethod(reader, h)).ToList();
        var ordered = methods.Where(static m => m.IsVirtual)
            .Concat(methods.Where(static m => !(m.IsVirtual || m.IsStatic)))
            .Concat(methods.Where(static m => m.IsStatic))
            .ToList();
        var isExcluded = excluded.Contains(fullName) || (declaringType is not null && excluded.Contains(declaringType.FullName));
        return new MdpType(fullName, reader.GetString(type.Namespace), reader.GetString(type.Name), declaringType, IncludeInStub(reader, type), isExcluded, ordered);
    }

    private static MdpMethod ReadMethod(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var attributes = method.Attributes;
        return new MdpMethod(
            reader.GetString(method.Name),
            (attributes & MethodAttributes.Static) != 0,
            (attributes & MethodAttributes.Virtual) != 0,
            (attributes & MethodAttributes.Abstract) != 0,
            method.RelativeVirtualAddress,
            method.DecodeSignature(MdpSignatureTypeProvider.Instance, null));
    }

    // TypeDefinitionExtensions.IncludeInStub: classes and value types; not interfaces, enums or delegates.
    private static bool IncludeInStub(MetadataReader reader, TypeDefinition type)
    {
        if ((type.Attributes & TypeAttributes.Interface) != 0)
        {
            return false;
        }

        var baseType = type.BaseType.IsNil ? null : type.BaseType.Kind switch
        {
            HandleKind.TypeReference => NameOf(reader, (TypeReferenceHandle)type.BaseType),
            HandleKind.TypeDefinition => FullNameOf(reader, (TypeDefinitionHandle)type.BaseType),
            _ => null,
        };
        return baseType is not ("System.Enum" or "System.Delegate" or "System.MulticastDelegate");
    }

    private static string NameOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        return reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name);
    }

    private static bool HasAttribute(MetadataReader reader, CustomAttributeHandleCollection attributes, string fullName) =>
        attributes.Any(h => AttributeTypeName(reader, reader.GetCustomAttribute(h)) == fullName);

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MemberReference when reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent => NameOf(reader, (TypeReferenceHandle)parent),
        HandleKind.MethodDefinition => FullNameOf(reader, reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()),
        _ => null,
    };

    private static string? NativeVersionOf(MetadataReader reader)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (AttributeTypeName(reader, attribute) != "System.Reflection.AssemblyNativeVersionAttribute")
            {
                continue;
            }

            // Blob: prolog 0x0001, then the one string argument (ECMA-335 II.23.3).
            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                throw new InvalidDataException("Bad custom attribute blob.");
            }

            return blob.ReadSerializedString();
        }

        return null;
    }
}

/// <summary>A type of the MDP type table, with its methods in MDP order.</summary>
internal sealed record MdpType(string FullName, string Namespace, string Name, MdpType? DeclaringType, bool IncludeInStub, bool Excluded, IReadOnlyList<MdpMethod> Methods)
{
    /// <summary>Whether the checksum walk visits this type's methods (NativeMethodsCrc.UpdateCrc(table)).</summary>
    public bool IsHashed => IncludeInStub && !Excluded;

    /// <summary>Whether <paramref name="method"/> has a native implementation the firmware must supply.</summary>
    public bool IsNative(MdpMethod method) => IsHashed && method.Rva == 0 && !method.IsAbstract;
}

/// <summary>A method definition, with what the MDP's native-method rules look at.</summary>
internal sealed record MdpMethod(string Name, bool IsStatic, bool IsVirtual, bool IsAbstract, int Rva, MethodSignature<MdpSignatureType> Signature);
