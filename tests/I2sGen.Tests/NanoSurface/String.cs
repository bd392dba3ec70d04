namespace System
{
    public sealed class String
    {
        public static readonly string Empty = "";

        public extern int Length
        {
            [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
            get;
        }

        public extern char this[int index]
        {
            [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
            get;
        }

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern bool Equals(string? a, string? b);

        public static bool operator ==(string? a, string? b) => Equals(a, b);

        public static bool operator !=(string? a, string? b) => !Equals(a, b);

        public override bool Equals(object? obj) => obj is string other && Equals(this, other);

        public override int GetHashCode() => Length;

        public override string ToString() => this;

        public static string Concat(object? arg0) => arg0 is null ? Empty : arg0.ToString();

        public static string Concat(object? arg0, object? arg1) => Concat(Concat(arg0), Concat(arg1));

        public static string Concat(object? arg0, object? arg1, object? arg2) => Concat(Concat(arg0), Concat(arg1), Concat(arg2));

        public static string Concat(params object?[] args)
        {
            var text = Empty;
            for (var i = 0; i < args.Length; i++)
            {
                text = Concat(text, Concat(args[i]));
            }

            return text;
        }

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern string Concat(string? str0, string? str1);

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern string Concat(string? str0, string? str1, string? str2);

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern string Concat(string? str0, string? str1, string? str2, string? str3);

        public static string Concat(params string?[] values)
        {
            var text = Empty;
            for (var i = 0; i < values.Length; i++)
            {
                text = Concat(text, values[i]);
            }

            return text;
        }

        [Runtime.CompilerServices.MethodImpl(Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern string Format(string format, params object?[] args);
    }
}
