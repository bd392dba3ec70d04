namespace System
{
    [Serializable]
    public class Object
    {
        public Object()
        {
        }

        ~Object()
        {
        }

        public virtual bool Equals(object? obj) => ReferenceEquals(this, obj);

        public virtual int GetHashCode() => 0;

        public virtual string ToString() => string.Empty;

        public static bool ReferenceEquals(object? objA, object? objB) => objA == objB;

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern Type GetType();
    }

    [Serializable]
    public abstract class ValueType
    {
    }

    [Serializable]
    public abstract class Enum : ValueType
    {
    }

    public struct Void
    {
    }

    public abstract class Array
    {
        public extern int Length
        {
            [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
            get;
        }

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);
    }

    public abstract class Type
    {
    }

    public struct RuntimeTypeHandle
    {
    }

    public struct RuntimeFieldHandle
    {
    }

    public struct RuntimeMethodHandle
    {
    }

    public abstract class Delegate
    {
    }

    public abstract class MulticastDelegate : Delegate
    {
    }

    public interface IDisposable
    {
        void Dispose();
    }

    public static class GC
    {
        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern void SuppressFinalize(object obj);

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern void ReRegisterForFinalize(object obj);

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern void WaitForPendingFinalizers();
    }
}
