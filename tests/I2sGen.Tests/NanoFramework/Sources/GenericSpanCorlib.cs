// A stand-in core library for one test only: nanoFramework.CoreLibrary 1.17.11 (stable) has no generic spans, but
// System.Device.I2s develop (built on CoreLibrary 2.0.0-preview) declares Read(Span<byte>) and
// Write(ReadOnlySpan<byte>). The metadata processor only sees their names (System.Span`1, System.ReadOnlySpan`1), so
// this declares just enough of a corlib for tests/StandIns/System.Device.I2s/I2sDeviceShape.cs with DEVELOP_SPANS to compile.
namespace System
{
    public class Object
    {
        public Object()
        {
        }

        ~Object()
        {
        }
    }

    public abstract class ValueType
    {
    }

    public abstract class Enum : ValueType
    {
    }

    public struct Void
    {
    }

    public struct Boolean
    {
    }

    public struct Byte
    {
    }

    public struct Int32
    {
    }

    public sealed class String
    {
    }

    public abstract class Attribute
    {
    }

    public enum AttributeTargets
    {
        All = 0x7FFF,
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class AttributeUsageAttribute : Attribute
    {
        public AttributeUsageAttribute(AttributeTargets validOn)
        {
        }
    }

    public interface IDisposable
    {
        void Dispose();
    }

    public static class GC
    {
        public static void SuppressFinalize(object obj)
        {
        }
    }

    public readonly ref struct Span<T>
    {
    }

    public readonly ref struct ReadOnlySpan<T>
    {
    }
}

namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.All)]
    public sealed class AssemblyNativeVersionAttribute : Attribute
    {
        public AssemblyNativeVersionAttribute(string version)
        {
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public enum MethodImplOptions
    {
        InternalCall = 0x1000,
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class MethodImplAttribute : Attribute
    {
        public MethodImplAttribute(MethodImplOptions options)
        {
        }
    }
}
