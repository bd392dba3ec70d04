// Stand-in of nanoframework/System.Device.I2s@d0510b039be8163a8f6ac751ad55da894e7a436d System.Device.I2s/I2sDevice.cs:
// the members I2sGen's stock backend uses, declared as there (natives are InternalCalls the firmware implements).
using System.Runtime.CompilerServices;

namespace System.Device.I2s
{
    public class I2sDevice : IDisposable
    {
        private bool _disposed;

        private readonly I2sConnectionSettings _connectionSettings;

        public I2sDevice(I2sConnectionSettings settings)
        {
            _connectionSettings = settings;

            NativeInit();
        }

        public I2sConnectionSettings ConnectionSettings => _connectionSettings;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Read(SpanByte buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void Write(SpanByte buffer);

        private void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                NativeDispose();

                _disposed = true;
            }
        }

        ~I2sDevice()
        {
            Dispose(false);
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                Dispose(true);

                GC.SuppressFinalize(this);
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeInit();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void NativeDispose();
    }
}
