using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>
/// The MDP's native names (§4.4 of the reference), which are both the C++ identifiers of the stubs and the checksum's
/// input. v3: NativeMethodsCrc.GetClassName / GetMethodName / GetParameterType / GetnanoClrTypeName
/// (nanoframework/metadata-processor MetadataProcessor.Shared/Utility/NativeMethodsCrc.cs@4541b46 lines 77-199). The
/// later revision (GetSafeClassName / GetSafeMethodName, metadata-processor#230; its source is not in the fetched
/// history) also turns a generic arity backtick into <c>_</c>, drops <c>&lt;...&gt;</c>, and names a pointer
/// <c>&lt;token&gt;ptr</c>; the tests confirm that by reproducing checksums published with it.
/// </summary>
internal static class MdpNames
{
    // nanoSignaturesTable.PrimitiveTypes, by Cecil FullName, as GetnanoClrTypeName prints them.
    private static readonly Dictionary<string, string> Primitives = new()
    {
        ["System.Void"] = "VOID",
        ["System.SByte"] = "I1",
        ["System.Int16"] = "I2",
        ["System.Int32"] = "I4",
        ["System.Int64"] = "I8",
        ["System.Byte"] = "U1",
        ["System.UInt16"] = "U2",
        ["System.UInt32"] = "U4",
        ["System.UInt64"] = "U8",
        ["System.Single"] = "R4",
        ["System.Double"] = "R8",
        ["System.Char"] = "CHAR",
        ["System.String"] = "STRING",
        ["System.Boolean"] = "BOOLEAN",
        ["System.Object"] = "OBJECT",
        ["System.IntPtr"] = "I4",
        ["System.UIntPtr"] = "U4",
        ["System.WeakReference"] = "WEAKCLASS",
    };

    private static readonly Regex GenericArguments = new("<.*>", RegexOptions.CultureInvariant);

    /// <summary>The class name: declaring class, namespace and name joined by <c>_</c>, dots to <c>_</c>.</summary>
    public static string ClassName(MdpType? type, ChecksumRule rule)
    {
        if (type is null)
        {
            return string.Empty;
        }

        var name = string.Join("_", ClassName(type.DeclaringType, rule), type.Namespace, type.Name).Replace(".", "_").TrimStart('_');
        return rule == ChecksumRule.LaterRevision ? CleanGeneric(name) : name;
    }

    /// <summary>The method name: <c>Name___[STATIC__]RET__ARG1__ARG2</c>, dots to <c>_</c>, <c>/</c> removed.</summary>
    public static string MethodName(MdpMethod method, ChecksumRule rule)
    {
        var tokens = new[] { method.Signature.ReturnType }.Concat(method.Signature.ParameterTypes).Select(t => ParameterType(t, rule));
        var name = method.Name + (method.IsStatic ? "___STATIC__" : "___") + string.Join("__", tokens);
        return name.Replace(".", "_").Replace("/", "");
    }

    // GetParameterType: arrays and by-refs get their DATATYPE prefix, everything else its nanoCLR type name.
    private static string ParameterType(MdpSignatureType type, ChecksumRule rule) => type.Kind switch
    {
        // Cecil's GetElementType() strips every level, so byte[][] is SZARRAY_U1 (only BYREF looks one level deep).
        MdpTypeKind.SzArray => "SZARRAY_" + ParameterType(type.Innermost, rule),
        MdpTypeKind.ByRef => "BYREF_" + (type.Element!.Kind == MdpTypeKind.SzArray
            ? "SZARRAY_" + ParameterType(type.Element.Element!, rule)
            : TypeName(type.Element, rule)),
        _ => TypeName(type, rule),
    };

    // GetnanoClrTypeName: a primitive's DATATYPE name, GENERICTYPE, or the full name without dots.
    private static string TypeName(MdpSignatureType type, ChecksumRule rule)
    {
        if (Primitives.TryGetValue(type.FullName, out var primitive))
        {
            return primitive;
        }

        if (type.Kind == MdpTypeKind.GenericParameter)
        {
            return "GENERICTYPE";
        }

        if (rule == ChecksumRule.LaterRevision && type.Kind == MdpTypeKind.Pointer)
        {
            return TypeName(type.Element!, rule) + "ptr";
        }

        var name = type.FullName.Replace(".", string.Empty);
        return rule == ChecksumRule.LaterRevision ? CleanGeneric(name) : name;
    }

    private static string CleanGeneric(string name) => GenericArguments.Replace(name, string.Empty).Replace('`', '_');
}
