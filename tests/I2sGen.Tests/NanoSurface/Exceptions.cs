namespace System
{
    // The exceptions of nanoFramework's stable mscorlib that device code uses, with the constructors it offers
    // (nanoframework.md §5): ObjectDisposedException and ArgumentOutOfRangeException have fewer than on .NET.
    [Serializable]
    public class Exception
    {
        private readonly string? _message;
        private readonly Exception? _innerException;

        public Exception()
        {
        }

        public Exception(string? message) => _message = message;

        public Exception(string? message, Exception? innerException)
        {
            _message = message;
            _innerException = innerException;
        }

        public virtual string Message => _message ?? string.Empty;

        public Exception? InnerException => _innerException;
    }

    [Serializable]
    public class SystemException : Exception
    {
        public SystemException()
        {
        }

        public SystemException(string? message)
            : base(message)
        {
        }

        public SystemException(string? message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }

    [Serializable]
    public class ArgumentException : SystemException
    {
        public ArgumentException()
        {
        }

        public ArgumentException(string? message)
            : base(message)
        {
        }

        public ArgumentException(string? message, Exception? innerException)
            : base(message, innerException)
        {
        }

        public ArgumentException(string? message, string? paramName)
            : base(message) => ParamName = paramName;

        public ArgumentException(string? message, string? paramName, Exception? innerException)
            : base(message, innerException) => ParamName = paramName;

        public virtual string? ParamName { get; }
    }

    [Serializable]
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException()
        {
        }

        public ArgumentNullException(string? paramName)
            : base(null, paramName)
        {
        }

        public ArgumentNullException(string? paramName, string? message)
            : base(message, paramName)
        {
        }
    }

    [Serializable]
    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException()
        {
        }

        public ArgumentOutOfRangeException(string? paramName)
            : base(null, paramName)
        {
        }

        public ArgumentOutOfRangeException(string? paramName, string? message)
            : base(message, paramName)
        {
        }
    }

    [Serializable]
    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException()
        {
        }

        public InvalidOperationException(string? message)
            : base(message)
        {
        }

        public InvalidOperationException(string? message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }

    [Serializable]
    public class ObjectDisposedException : InvalidOperationException
    {
        public ObjectDisposedException()
        {
        }

        public ObjectDisposedException(string? message)
            : base(message)
        {
        }

        public ObjectDisposedException(string? message, Exception? innerException)
            : base(message, innerException)
        {
        }
    }

    [Serializable]
    public class NotSupportedException : SystemException
    {
        public NotSupportedException()
        {
        }

        public NotSupportedException(string? message)
            : base(message)
        {
        }
    }

    [Serializable]
    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException()
        {
        }

        public IndexOutOfRangeException(string? message)
            : base(message)
        {
        }
    }
}
