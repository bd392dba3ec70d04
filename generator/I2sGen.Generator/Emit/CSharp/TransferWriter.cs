using static I2sGen.Generator.Emit.CSharp.CSharpLiterals;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The backend-independent half of the transfer API: the <c>byte[]</c> overloads of <c>ReadInto</c>/<c>Write</c>,
/// their argument checks, and the helpers both backends share. Every check runs before the native call, so the C
/// side's own ESP_ERR_INVALID_ARG / ESP_ERR_INVALID_SIZE checks only back up misuse from other callers.
/// </summary>
internal static class TransferWriter
{
    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var method = model.Method;

        WriteDocs(writer, model, "the whole of <paramref name=\"buffer\"/>", isArray: true, withRange: false);
        writer.Line($$"""
            {{WrapperModel.GeneratedCodeAttribute}}
            public int {{method}}(byte[] buffer, int timeoutMs = -1)
            {
                if (buffer is null)
                {
                    throw new global::System.ArgumentNullException(nameof(buffer));
                }

                return {{method}}(buffer, 0, buffer.Length, timeoutMs);
            }

            """);
        WriteDocs(writer, model, "<paramref name=\"count\"/> bytes of <paramref name=\"buffer\"/> from <paramref name=\"offset\"/>", isArray: true, withRange: true);
        writer.Line($$"""
            {{WrapperModel.GeneratedCodeAttribute}}
            public int {{method}}(byte[] buffer, int offset, int count, int timeoutMs = -1)
            {
                {{GeneratedMembers.ThrowIfReleased}}();
                if (buffer is null)
                {
                    throw new global::System.ArgumentNullException(nameof(buffer));
                }

                {{GeneratedMembers.ValidateRange}}(buffer.Length, offset, count);
                {{GeneratedMembers.ValidateTransfer}}(count, timeoutMs, nameof(count));
                return {{GeneratedMembers.TransferArray}}(buffer, offset, count, timeoutMs);
            }

            """);
        WriteHelpers(writer, model);
    }

    /// <summary>The XML documentation of one transfer overload; the span overloads of both backends use it too.</summary>
    public static void WriteDocs(CodeWriter writer, WrapperModel model, string what, bool isArray, bool withRange)
    {
        var bytesPerFrame = "<see cref=\"" + GeneratedMembers.BytesPerFrame + "\"/>";
        writer.Line("/// <summary>");
        if (model.Receive)
        {
            writer.Line("/// Reads samples into " + what + " (the seed's <c>readinto(buf, timeout)</c>).");
            writer.Line("/// Samples are little-endian, left channel first in stereo frames.");
        }
        else
        {
            writer.Line("/// Writes the samples in " + what + " to the DMA buffers (the seed's <c>write(buf, timeout)</c>).");
            writer.Line("/// Samples are little-endian, left channel first in stereo frames.");
        }

        writer.Line("/// </summary>");
        writer.Line("/// <param name=\"buffer\">The samples; the length transferred must be a multiple of " + bytesPerFrame + ".</param>");
        if (withRange)
        {
            writer.Line("/// <param name=\"offset\">Index of the first byte in <paramref name=\"buffer\"/>.</param>");
            writer.Line("/// <param name=\"count\">Bytes to transfer; a multiple of " + bytesPerFrame + ".</param>");
        }

        var full = model.Receive ? "the buffer is full" : "every byte has been queued";
        var now = model.Receive ? "take only what the DMA buffers already hold" : "queue only what the DMA buffers have room for";
        writer.Line("/// <param name=\"timeoutMs\">-1 (default): wait until " + full + ". 0: never wait, " + now + ".");
        writer.Line("/// Above 0: wait at most this many milliseconds for each DMA buffer. Running out of time is not an error.</param>");
        writer.Line("/// <returns>The number of bytes " + model.Moved + "; fewer than requested only when the timeout expired.</returns>");
        writer.Line("/// <exception cref=\"global::System.ObjectDisposedException\">The binding has been released, before or during this call.</exception>");
        if (isArray)
        {
            writer.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"buffer\"/> is null.</exception>");
        }

        if (withRange)
        {
            writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"offset\"/> or <paramref name=\"count\"/> lies outside");
            writer.Line("/// <paramref name=\"buffer\"/>, or <paramref name=\"timeoutMs\"/> is below -1.</exception>");
        }
        else
        {
            writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"timeoutMs\"/> is below -1.</exception>");
        }

        writer.Line("/// <exception cref=\"global::System.ArgumentException\">The length is not a multiple of " + bytesPerFrame + ".</exception>");
        writer.Line("/// <exception cref=\"global::I2sGen.I2sException\">The driver reported an error.</exception>");
    }

    private static void WriteHelpers(CodeWriter writer, WrapperModel model)
    {
        var timeoutMessage = String("timeoutMs must be -1 (wait for the whole buffer), 0 (do not wait) or a positive number of milliseconds");
        writer.Line($$"""
            {{WrapperModel.GeneratedCodeAttribute}}
            private void {{GeneratedMembers.ThrowIfReleased}}()
            {
                if (!{{GeneratedMembers.ActiveField}})
                {
                    throw new global::System.ObjectDisposedException(nameof({{model.ClassName}}));
                }
            }

            // Every transfer ends here. One that Deinit or Dispose cut short on another thread reports the release, not the
            // driver's code for a stopped or deleted channel.
            {{WrapperModel.GeneratedCodeAttribute}}
            private void {{GeneratedMembers.EndTransfer}}(int error, string function)
            {
                if (error != global::I2sGen.I2sError.Ok)
                {
                    {{GeneratedMembers.ThrowIfReleased}}();
                }

                {{GeneratedMembers.ThrowOnError}}(error, function);
            }

            {{WrapperModel.GeneratedCodeAttribute}}
            private static void {{GeneratedMembers.ValidateRange}}(int length, int offset, int count)
            {
                if (offset < 0 || offset > length)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(offset), "offset must lie within the buffer (0 to " + length.ToString() + ")");
                }

                if (count < 0 || count > length - offset)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(count), "count must be between 0 and the bytes after offset (" + (length - offset).ToString() + ")");
                }
            }

            // Checks shared by every overload: the seed's timeout convention, and whole frames only, because the driver moves
            // whole frames and a partial one would shift every later sample into the wrong channel.
            {{WrapperModel.GeneratedCodeAttribute}}
            private static void {{GeneratedMembers.ValidateTransfer}}(int length, int timeoutMs, string parameterName)
            {
                if (timeoutMs < -1)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(timeoutMs), {{timeoutMessage}});
                }

                if (length % {{GeneratedMembers.BytesPerFrame}} != 0)
                {
                    throw new global::System.ArgumentException(
                        "The length (" + length.ToString() + " bytes) is not a whole number of frames: it must be a multiple of {{GeneratedMembers.BytesPerFrame}} ({{Int(model.Figures.BytesPerFrame)}})",
                        parameterName);
                }
            }

            {{WrapperModel.GeneratedCodeAttribute}}
            private static void {{GeneratedMembers.ThrowOnError}}(int error, string function)
            {
                if (error != global::I2sGen.I2sError.Ok)
                {
                    throw new global::I2sGen.I2sException(error, function);
                }
            }

            """);
    }
}
