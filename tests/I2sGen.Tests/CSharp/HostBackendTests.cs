using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using I2sGen.Tests.Infrastructure;
using Xunit;

namespace I2sGen.Tests.CSharp;

/// <summary>
/// Runs the generated .NET backend of the Inmp441Esp32 wrapper against <see cref="FakeHostLibrary"/>: arguments
/// reach C as the contract says, results and errors come back as documented, and misuse never reaches C.
/// </summary>
public sealed class HostBackendTests : IDisposable
{
    private static readonly Lazy<Assembly> Wrapper = new(LoadWrapper);
    private readonly FakeHostLibrary _fake = FakeHostLibrary.Instance;

    public HostBackendTests() => _fake.Reset();

    public void Dispose() => _fake.Reset();

    [Fact]
    public void ReadsIntoTheRequestedSliceWithTheGivenTimeout()
    {
        using var mic = Create();
        var buffer = new byte[16];

        var read = ReadInto(mic)(buffer, 4, 8, 0);

        Assert.Equal(8, read);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0 }, buffer);
        Assert.Equal(8, _fake.LastLength);
        Assert.Equal(0, _fake.LastTimeout);
    }

    [Fact]
    public void WholeBufferOverloadWaitsForeverByDefault()
    {
        using var mic = Create();

        var read = Invoke<int>(mic, "ReadInto", new[] { typeof(byte[]), typeof(int) }, new byte[12], -1);

        Assert.Equal(12, read);
        Assert.Equal(12, _fake.LastLength);
        Assert.Equal(-1, _fake.LastTimeout);
    }

    [Fact]
    public void ReturnsThePartialCountOfATimeout()
    {
        _fake.Reset(readLimit: 4);
        using var mic = Create();

        Assert.Equal(4, ReadInto(mic)(new byte[64], 0, 64, 10));
    }

    [Fact]
    public void MisuseIsReportedBeforeReachingTheDriver()
    {
        using var mic = Create();
        var read = ReadInto(mic);

        var partialFrame = Assert.Throws<ArgumentException>(() => read(new byte[16], 0, 6, -1));
        Assert.Contains("BytesPerFrame (4)", partialFrame.Message, StringComparison.Ordinal);
        Assert.Equal("count", partialFrame.ParamName);
        Assert.Equal("timeoutMs", Assert.Throws<ArgumentOutOfRangeException>(() => read(new byte[16], 0, 16, -2)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => read(new byte[16], 17, 0, -1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => read(new byte[16], 8, 12, -1)).ParamName);
        Assert.Equal("buffer", Assert.Throws<ArgumentNullException>(() => read(null!, 0, 0, -1)).ParamName);
        Assert.Equal(0, _fake.ReadCalls);
    }

    [Fact]
    public void DriverErrorsBecomeI2sException()
    {
        _fake.Reset(readResult: I2sError.InvalidArgument);
        using var mic = Create();

        var error = Assert.Throws<I2sException>(() => ReadInto(mic)(new byte[8], 0, 8, -1));

        Assert.Equal(I2sError.InvalidArgument, error.ErrorCode);
        Assert.Equal("inmp441_i2s_read", error.Function);
    }

    [Fact]
    public void ASecondInstanceReportsTheBusInUse()
    {
        using var first = Create();

        var error = Assert.Throws<InvalidOperationException>(Create);

        Assert.StartsWith("I2S bus 0 is already in use by another binding", error.Message, StringComparison.Ordinal);
        Assert.Contains("ESP_ERR_INVALID_STATE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InitFailureIsAnI2sExceptionAndNeverDeinits()
    {
        _fake.Reset(initResult: I2sError.NoMemory);

        Assert.Equal(I2sError.NoMemory, Assert.Throws<I2sException>(Create).ErrorCode);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Equal(0, _fake.DeinitCalls);
    }

    [Fact]
    public void DisposeIsIdempotentAndBlocksFurtherUse()
    {
        var mic = Create();
        var read = ReadInto(mic);

        Assert.False(Invoke<bool>(mic, "get_IsDisposed", Type.EmptyTypes));
        mic.Dispose();
        mic.Dispose();
        Invoke<object>(mic, "Deinit", Type.EmptyTypes);

        Assert.True(Invoke<bool>(mic, "get_IsDisposed", Type.EmptyTypes));
        Assert.Equal(1, _fake.DeinitCalls);
        Assert.Throws<ObjectDisposedException>(() => read(new byte[8], 0, 8, -1));
        using var next = Create();
    }

    [Fact]
    public void FailedDeinitThrowsKeepsTheBindingStartedAndCanBeRetried()
    {
        _fake.Reset(deinitResult: I2sError.InvalidState);
        var mic = Create();

        var error = Assert.Throws<I2sException>(() => Invoke<object>(mic, "Deinit", Type.EmptyTypes));
        Assert.Equal(I2sError.InvalidState, error.ErrorCode);
        Assert.False(Invoke<bool>(mic, "get_IsDisposed", Type.EmptyTypes));

        mic.Dispose();
        Assert.True(Invoke<bool>(mic, "get_IsDisposed", Type.EmptyTypes));
        Assert.Equal(2, _fake.DeinitCalls);
    }

    [Fact]
    public void ReadsDoNotAllocate()
    {
        using var mic = Create();
        var read = ReadInto(mic);
        var buffer = new byte[256];
        read(buffer, 0, buffer.Length, 0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            read(buffer, 0, buffer.Length, 0);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static IDisposable Create()
    {
        try
        {
            return (IDisposable)Activator.CreateInstance(Wrapper.Value.GetType("Demo.Audio.Inmp441", throwOnError: true)!)!;
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }

    private static Func<byte[], int, int, int, int> ReadInto(object mic) =>
        mic.GetType().GetMethod("ReadInto", new[] { typeof(byte[]), typeof(int), typeof(int), typeof(int) })!
            .CreateDelegate<Func<byte[], int, int, int, int>>(mic);

    private static T Invoke<T>(object target, string name, Type[] parameters, params object?[] arguments)
    {
        try
        {
            return (T)target.GetType().GetMethod(name, parameters)!.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            throw error.InnerException;
        }
    }

    private static Assembly LoadWrapper()
    {
        var (sources, _) = WrapperCompilation.SourcesOf(WrapperConfigurations.Get("Inmp441Esp32"));
        using var image = new MemoryStream();
        Assert.True(TestCompilation.TryEmit(WrapperCompilation.CreateNetCompilation(sources), image, out var diagnostics), TestCompilation.Describe(diagnostics));
        image.Position = 0;

        // The test's own context, so I2sGen.Runtime resolves to the same assembly (and I2sException type) as here.
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        var library = FakeHostLibrary.Instance.Handle;
        NativeLibrary.SetDllImportResolver(assembly, (name, _, _) => name == "Demo.App.I2sHost" ? library : IntPtr.Zero);
        return assembly;
    }
}
