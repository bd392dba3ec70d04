// The declarations of nanoframework/nanoFramework.NET.Sdk test/SmokeTest (HelloNano.cs@92ef12f,
// NativeLibrary.cs@81a498e, AssemblyInfo.cs@92ef12f): same types, members, modifiers, signatures and order; bodies
// and parameter names are this test's own (neither enters the method table or the checksum).
using System.Runtime.CompilerServices;

[assembly: System.Reflection.AssemblyNativeVersion("1.0.0.0")]

namespace SmokeTest
{
    public class HelloNano
    {
        public static int Add(int x, int y) => x + y;
    }

    internal class NativeLibrary
    {
        public void Method() => NativeMethod();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeMethod();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeMethodWithReferenceParameters(ref byte first, ref ushort second);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeStaticMethod();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern byte NativeStaticMethodReturningByte(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe void MethodWithPointerParm(void* data, int size);
    }
}
