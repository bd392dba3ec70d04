using System.Collections.Generic;

namespace I2sGen.Generator.Emit;

/// <summary>
/// The names of every member the generator adds to a binding class: the ONE place they are spelled. The wrapper
/// emitter writes them and analyzer I2S0005 reports user members that clash with them (<see cref="For"/>).
/// </summary>
internal static class GeneratedMembers
{
    // Public API.
    public const string ReadInto = nameof(ReadInto);
    public const string Write = nameof(Write);
    public const string Deinit = nameof(Deinit);
    public const string Dispose = nameof(Dispose);
    public const string IsDisposed = nameof(IsDisposed);

    /// <summary>The finalizer's metadata name (<c>~T()</c> declares <c>Finalize</c>).</summary>
    public const string Finalizer = "Finalize";

    // Public constants: the figures of the binding.
    public const string BytesPerFrame = nameof(BytesPerFrame);
    public const string BitsPerSample = nameof(BitsPerSample);
    public const string Channels = nameof(Channels);
    public const string DmaBufferCount = nameof(DmaBufferCount);
    public const string DmaBufferFrames = nameof(DmaBufferFrames);
    public const string DmaBufferBytes = nameof(DmaBufferBytes);
    public const string TotalDmaBytes = nameof(TotalDmaBytes);
    public const string BufferedLatencyMicroseconds = nameof(BufferedLatencyMicroseconds);
    public const string SampleRate = nameof(SampleRate);
    public const string RealSampleRate = nameof(RealSampleRate);
    public const string Bus = nameof(Bus);
    public const string BckPin = nameof(BckPin);
    public const string WsPin = nameof(WsPin);
    public const string SdinPin = nameof(SdinPin);
    public const string SdoutPin = nameof(SdoutPin);
    public const string MclkPin = nameof(MclkPin);

    // A named part's conversion helpers (Emit/PartConversion): receive bindings get ToSample and ConvertSamples(byte[], int[]),
    // transmit bindings FromSample and ConvertSamples(int[], byte[]).
    public const string PartSampleBits = nameof(PartSampleBits);
    public const string ToSample = nameof(ToSample);
    public const string FromSample = nameof(FromSample);
    public const string ConvertSamples = nameof(ConvertSamples);
    public const string PartDecode = "I2sPartDecode";
    public const string PartEncode = "I2sPartEncode";

    // Private members.
    public const string ActiveField = "_i2sActive";
    public const string TransferLockField = "_i2sTransferLock";
    public const string LifecycleLockField = "I2sLifecycleLock";
    public const string EndTransfer = "I2sEndTransfer";
    public const string ThrowIfReleased = "I2sThrowIfReleased";
    public const string ValidateTransfer = "I2sValidateTransfer";
    public const string ValidateRange = "I2sValidateRange";
    public const string ThrowOnError = "I2sThrowOnError";
    public const string TransferArray = "I2sTransfer";

    /// <summary>
    /// The nested class that holds the native entry points (the only generated nested type), named as the .NET design
    /// rule CA1060 asks for P/Invokes. Its members below cannot clash with the user's, so only its name is reserved.
    /// </summary>
    public const string NativeMethodsClass = "NativeMethods";

    // Native entry points, members of NativeMethodsClass. Host: P/Invokes (static extern) into the C contract
    // functions. nanoFramework: NativeInit/NativeDeinit are static methods that call the fixed interop assembly
    // I2sGen.Interop (NanoFramework/InteropAssembly.cs) with the binding's index and fingerprint.
    public const string NativeInit = nameof(NativeInit);
    public const string NativeDeinit = nameof(NativeDeinit);
    public const string NativeRead = nameof(NativeRead);
    public const string NativeWrite = nameof(NativeWrite);

    /// <summary>The host library's name, a constant of <see cref="NativeMethodsClass"/> beside the P/Invokes that use it.</summary>
    public const string HostLibraryConstant = "I2sHostLibrary";

    // nanoFramework: the binding's slot in the generated nanoCLR dispatch table and its configuration fingerprint.
    public const string BindingIndexConstant = "I2sBindingIndex";
    public const string BindingFingerprintConstant = "I2sBindingFingerprint";

    /// <summary>The generator always adds a parameterless instance constructor.</summary>
    public const bool AddsParameterlessConstructor = true;

    /// <summary>The generator always adds a finalizer (<see cref="Finalizer"/>); it releases the driver if Dispose was never called.</summary>
    public const bool AddsFinalizer = true;

    /// <summary>
    /// The named members every binding gets, whatever its direction, on either backend (the constructor and the
    /// finalizer are not named members; see <see cref="AddsParameterlessConstructor"/> and <see cref="AddsFinalizer"/>).
    /// Private ones count too: a user member with the same name would not compile either.
    /// </summary>
    public static IReadOnlyList<string> Common { get; } = new[]
    {
        Deinit, Dispose, IsDisposed,
        BytesPerFrame, BitsPerSample, Channels, DmaBufferCount, DmaBufferFrames, DmaBufferBytes, TotalDmaBytes,
        BufferedLatencyMicroseconds, SampleRate, RealSampleRate, Bus, BckPin, WsPin, MclkPin,
        ActiveField, TransferLockField, LifecycleLockField, EndTransfer, ThrowIfReleased, ValidateTransfer, ValidateRange, ThrowOnError, TransferArray,
        NativeMethodsClass, BindingIndexConstant, BindingFingerprintConstant,
    };

    /// <summary>Every named member any binding may get: <see cref="Common"/> and both directions' members.</summary>
    public static IReadOnlyList<string> All { get; } = Concat(Common, Direction(receive: true), Direction(receive: false), PartHelpers(receive: true), new[] { FromSample, PartEncode });

    /// <summary>The named members of one binding: <see cref="Common"/> plus its direction's transfer method and data pin.</summary>
    public static IReadOnlyList<string> For(bool isReceive) => Concat(Common, Direction(isReceive));

    /// <summary>
    /// As <see cref="For(bool)"/>, with the conversion helpers of a named part. The clash rule reserves them whenever a
    /// known part is named (it does not know the target's sample layout, which decides whether they are generated).
    /// </summary>
    public static IReadOnlyList<string> For(bool isReceive, bool hasPart) => hasPart ? Concat(For(isReceive), PartHelpers(isReceive)) : For(isReceive);

    /// <summary>The conversion helpers of a named part for one direction.</summary>
    public static string[] PartHelpers(bool receive) => receive
        ? new[] { PartSampleBits, ToSample, ConvertSamples, PartDecode }
        : new[] { PartSampleBits, FromSample, ConvertSamples, PartEncode };

    /// <summary>The transfer method of a binding: <see cref="ReadInto"/> when receiving, <see cref="Write"/> when transmitting.</summary>
    public static string TransferMethod(bool receive) => receive ? ReadInto : Write;

    private static string[] Direction(bool receive) => receive
        ? new[] { ReadInto, SdinPin }
        : new[] { Write, SdoutPin };

    private static IReadOnlyList<string> Concat(params IReadOnlyList<string>[] lists)
    {
        var names = new List<string>();
        foreach (var list in lists)
        {
            names.AddRange(list);
        }

        return names;
    }
}
