using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>
/// The MDP's type order (nanoTablesContext.SortTypesAccordingUsages): sorted by FullName, then, before each type,
/// recursively, its declaring type, the interfaces it implements and the return and parameter types of every method
/// its method bodies reference, as far as they are defined in this assembly.
/// </summary>
internal sealed class MdpTypeOrder
{
    // Operand sizes of every IL opcode, from the runtime's own opcode table (switch is handled apart).
    private static readonly Dictionary<ushort, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(static f => (OpCode)f.GetValue(null)!)
        .ToDictionary(static o => unchecked((ushort)o.Value), static o => o.OperandType);

    private readonly PEReader _image;
    private readonly MetadataReader _reader;
    private readonly HashSet<string> _processed = new(StringComparer.Ordinal);

    public MdpTypeOrder(PEReader image)
    {
        _image = image;
        _reader = image.GetMetadataReader();
    }

    public IReadOnlyList<TypeDefinitionHandle> Sort(IEnumerable<TypeDefinitionHandle> types)
    {
        var sorted = types
            .Select(h => (Handle: h, Name: MdpAssembly.FullNameOf(_reader, h)))
            .OrderBy(static t => t.Name, Comparer<string>.Create(MdpAssembly.CompareFullNames))
            .Select(static t => t.Handle);
        var result = new List<TypeDefinitionHandle>();
        Visit(sorted, result);
        return result;
    }

    private void Visit(IEnumerable<TypeDefinitionHandle> types, List<TypeDefinitionHandle> result)
    {
        foreach (var handle in types)
        {
            var name = MdpAssembly.FullNameOf(_reader, handle);
            if (_processed.Contains(name))
            {
                continue;
            }

            var type = _reader.GetTypeDefinition(handle);
            if (!type.GetDeclaringType().IsNil)
            {
                Visit(new[] { type.GetDeclaringType() }, result);
            }

            Visit(type.GetInterfaceImplementations().Select(i => OwnType(_reader.GetInterfaceImplementation(i).Interface)).OfType<TypeDefinitionHandle>(), result);

            if (_processed.Add(name))
            {
                Visit(ReferencedMethodTypes(type).ToList(), result);
                result.Add(handle);
            }
        }
    }

    // The types Cecil's Resolve() finds in this module for the return and parameter types of every method operand.
    private IEnumerable<TypeDefinitionHandle> ReferencedMethodTypes(TypeDefinition type)
    {
        foreach (var methodHandle in type.GetMethods())
        {
            var method = _reader.GetMethodDefinition(methodHandle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            foreach (var token in MethodOperands(method))
            {
                if (SignatureOf(token) is not { } signature)
                {
                    continue;
                }

                var returnType = signature.ReturnType.Innermost;
                var candidates = (returnType.FullName == "System.Void" ? Enumerable.Empty<MdpSignatureType>() : new[] { returnType })
                    .Concat(signature.ParameterTypes.Select(static p => p.Innermost));
                foreach (var candidate in candidates)
                {
                    if (candidate.OwnDefinition is { } own)
                    {
                        yield return _reader.TypeDefinitions.First(h => MdpAssembly.FullNameOf(_reader, h) == own);
                    }
                }
            }
        }
    }

    private MethodSignature<MdpSignatureType>? SignatureOf(EntityHandle token)
    {
        switch (token.Kind)
        {
            case HandleKind.MethodDefinition:
                return _reader.GetMethodDefinition((MethodDefinitionHandle)token).DecodeSignature(MdpSignatureTypeProvider.Instance, null);
            case HandleKind.MemberReference:
                var member = _reader.GetMemberReference((MemberReferenceHandle)token);
                return member.GetKind() == MemberReferenceKind.Method ? member.DecodeMethodSignature(MdpSignatureTypeProvider.Instance, null) : null;
            case HandleKind.MethodSpecification:
                return SignatureOf(_reader.GetMethodSpecification((MethodSpecificationHandle)token).Method);
            default:
                return null;
        }
    }

    private TypeDefinitionHandle? OwnType(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => (TypeDefinitionHandle)handle,
        HandleKind.TypeSpecification when _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(MdpSignatureTypeProvider.Instance, null).Innermost.OwnDefinition is { } own
            => _reader.TypeDefinitions.First(h => MdpAssembly.FullNameOf(_reader, h) == own),
        _ => null,
    };

    // Every token operand of the body that names a method (call, callvirt, newobj, ldftn, ldvirtftn, jmp, ldtoken).
    private IEnumerable<EntityHandle> MethodOperands(MethodDefinition method)
    {
        var body = _image.GetMethodBody(method.RelativeVirtualAddress);
        var il = body.GetILReader();
        var tokens = new List<EntityHandle>();
        while (il.RemainingBytes > 0)
        {
            ushort code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (ushort)(0xFE00 | il.ReadByte());
            }

            switch (OperandTypes[code])
            {
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                    var handle = MetadataTokens.EntityHandle(il.ReadInt32());
                    if (handle.Kind is HandleKind.MethodDefinition or HandleKind.MemberReference or HandleKind.MethodSpecification)
                    {
                        tokens.Add(handle);
                    }

                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget:
                case OperandType.InlineField:
                case OperandType.InlineI:
                case OperandType.InlineSig:
                case OperandType.InlineString:
                case OperandType.InlineType:
                case OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    throw new NotSupportedException("IL operand type " + OperandTypes[code]);
            }
        }

        return tokens;
    }
}
