using System;

namespace I2sGen.HostTests;

/// <summary>
/// The receive half of a generated binding, as the shared tests drive it. The generated members match these
/// signatures, so a binding only declares the interface on its own partial part and the compiler does the rest: the
/// tests call exactly the generated methods.
/// </summary>
internal interface IMicrophone : IDisposable
{
    bool IsDisposed { get; }

    int ReadInto(byte[] buffer, int timeoutMs = -1);

    int ReadInto(byte[] buffer, int offset, int count, int timeoutMs = -1);

    int ReadInto(Span<byte> buffer, int timeoutMs = -1);

    void Deinit();
}

/// <summary>The transmit half of a generated binding (see <see cref="IMicrophone"/>).</summary>
internal interface ISpeaker : IDisposable
{
    bool IsDisposed { get; }

    int Write(byte[] buffer, int timeoutMs = -1);

    int Write(byte[] buffer, int offset, int count, int timeoutMs = -1);

    int Write(ReadOnlySpan<byte> buffer, int timeoutMs = -1);

    void Deinit();
}
