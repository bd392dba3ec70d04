using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.NanoFramework;

namespace I2sGen.Tests.NanoFramework.MetadataProcessor;

/// <summary>
/// The MDP's native checksum (NativeMethodsCrc, §4.6 of the reference), one method at a time as the MDP's own unit
/// test drives it, or over a whole assembly.
/// <list type="bullet">
/// <item>v3 (metadata-processor MetadataProcessor.Shared/Utility/NativeMethodsCrc.cs@4541b46 lines 22, 43-75): a
/// native method chains the assembly name, class name and method name, any other method the marker <c>NULL</c>; every
/// step is seeded with <c>CurrentCrc</c>, which stays 0 until a native method has been counted. So markers before the
/// first native method vanish and the first native method contributes its method name only.</item>
/// <item>Later revision (metadata-processor#230; described in nanoframework.github.io
/// content/architecture/pe-file/NativeMethodsChecksumAlgorithm.md@2095bfb): the running value seeds every step, and
/// every method, native or not, is followed by <c>nullptr</c>. Still 0 without native methods.</item>
/// </list>
/// </summary>
internal sealed class MdpNativeChecksum
{
    private readonly string _assemblyName;
    private readonly ChecksumRule _rule;
    private uint _crc;
    private int _nativeMethods;

    public MdpNativeChecksum(string assemblyName, ChecksumRule rule)
    {
        _assemblyName = assemblyName;
        _rule = rule;
    }

    /// <summary>The checksum so far: 0 while no native method has been counted.</summary>
    public uint Current => _nativeMethods > 0 ? _crc : 0;

    /// <summary>The checksum of <paramref name="assembly"/> under <paramref name="rule"/>.</summary>
    public static uint Of(MdpAssembly assembly, ChecksumRule rule) => Trace(assembly, rule).Last().Crc;

    /// <summary>Every step of the walk: the method visited and the checksum after it (the final value last; 0 if none).</summary>
    public static IReadOnlyList<(string Method, uint Crc)> Trace(MdpAssembly assembly, ChecksumRule rule)
    {
        var checksum = new MdpNativeChecksum(assembly.Name, rule);
        var steps = new List<(string, uint)> { ("(start)", 0) };
        foreach (var type in assembly.Types.Where(static t => t.IsHashed))
        {
            foreach (var method in type.Methods)
            {
                checksum.Update(MdpNames.ClassName(type, rule), MdpNames.MethodName(method, rule), type.IsNative(method));
                steps.Add((type.FullName + "::" + method.Name, checksum.Current));
            }
        }

        return steps;
    }

    /// <summary>Counts one method of a hashed type (NativeMethodsCrc.UpdateCrc(MethodDefinition)).</summary>
    public void Update(string className, string methodName, bool isNative)
    {
        var v3 = _rule == ChecksumRule.V3;
        if (isNative)
        {
            _crc = MdpCrc32.Compute(_assemblyName, v3 ? Current : _crc);
            _crc = MdpCrc32.Compute(className, v3 ? Current : _crc);
            _crc = MdpCrc32.Compute(methodName, v3 ? Current : _crc);
            _nativeMethods++;
            if (_rule == ChecksumRule.LaterRevision)
            {
                _crc = MdpCrc32.Compute("nullptr", _crc);
            }
        }
        else
        {
            _crc = MdpCrc32.Compute(_rule == ChecksumRule.V3 ? "NULL" : "nullptr", v3 ? Current : _crc);
        }
    }
}
