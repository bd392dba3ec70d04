namespace System
{
    /// <summary>
    /// nanoFramework's byte span on stable CoreLibrary (nanoframework.md §5): a readonly ref struct over an array
    /// slice. The field order is part of the native contract: _array, _start, _length are fields 1, 2 and 3.
    /// </summary>
    [Serializable]
    [CLSCompliant(false)]
    public readonly ref struct SpanByte
    {
        private readonly byte[]? _array;
        private readonly int _start;
        private readonly int _length;

        public SpanByte(byte[]? array)
        {
            _array = array;
            _start = 0;
            _length = array is null ? 0 : array.Length;
        }

        public SpanByte(byte[]? array, int start, int length)
        {
            if (array is null)
            {
                if (start != 0 || length != 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(array));
                }
            }
            else if (start < 0 || length < 0 || start + length > array.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(start));
            }

            _array = array;
            _start = start;
            _length = length;
        }

        public byte this[int index]
        {
            get
            {
                if (_array is null || index < 0 || index >= _length)
                {
                    throw new IndexOutOfRangeException();
                }

                return _array[_start + index];
            }

            set
            {
                if (_array is null || index < 0 || index >= _length)
                {
                    throw new IndexOutOfRangeException();
                }

                _array[_start + index] = value;
            }
        }

        public static SpanByte Empty => new SpanByte(null);

        public int Length => _length;

        public bool IsEmpty => _length == 0;

        public static implicit operator SpanByte(byte[] array) => new SpanByte(array);

        public SpanByte Slice(int start)
        {
            if (start < 0 || start > _length)
            {
                throw new ArgumentOutOfRangeException(nameof(start));
            }

            return new SpanByte(_array, _start + start, _length - start);
        }

        public SpanByte Slice(int start, int length)
        {
            if (start < 0 || length < 0 || start + length > _length)
            {
                throw new ArgumentOutOfRangeException(nameof(start));
            }

            return new SpanByte(_array, _start + start, length);
        }

        public void CopyTo(SpanByte destination)
        {
            if (destination.Length < _length)
            {
                throw new ArgumentException("destination is too short", nameof(destination));
            }

            for (var i = 0; i < _length; i++)
            {
                destination[i] = this[i];
            }
        }

        public byte[] ToArray()
        {
            var copy = new byte[_length];
            if (_array is not null && _length > 0)
            {
                Array.Copy(_array, _start, copy, 0, _length);
            }

            return copy;
        }
    }
}
