// The self-typed fields only give each primitive its layout; nothing reads them.
#pragma warning disable CS0169, CS0649

namespace System
{
    // The built-in value types. Their single field has the type itself, which only a core library may declare.
    // ToString(string) accepts the formats nanoFramework supports: D, F, G, N and X.
    public struct Boolean
    {
        private readonly bool _value;

        public override string ToString() => _value ? "True" : "False";
    }

    public struct Char
    {
        private readonly char _value;
    }

    public struct SByte
    {
        private readonly sbyte _value;
    }

    public struct Byte
    {
        private readonly byte _value;

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern override string ToString();
    }

    public struct Int16
    {
        private readonly short _value;
    }

    public struct UInt16
    {
        private readonly ushort _value;
    }

    public struct Int32
    {
        public const int MaxValue = 0x7FFFFFFF;
        public const int MinValue = unchecked((int)0x80000000);

        private readonly int _value;

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern override string ToString();

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern string ToString(string format);
    }

    public struct UInt32
    {
        private readonly uint _value;

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern override string ToString();
    }

    public struct Int64
    {
        private readonly long _value;

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern override string ToString();
    }

    public struct UInt64
    {
        private readonly ulong _value;
    }

    public struct Single
    {
        private readonly float _value;
    }

    public struct Double
    {
        private readonly double _value;

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern override string ToString();
    }

    public struct IntPtr
    {
        private readonly int _value;
    }

    public struct UIntPtr
    {
        private readonly uint _value;
    }
}
