using System.Globalization;
using System.Linq;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// The conversion helpers of a named part (<see cref="PartConversion"/>): what users otherwise write by hand to turn
/// the DMA bytes into the part's signed samples (receive) or back (transmit). Static, allocation-free, array-based
/// (nanoFramework has no Span&lt;T&gt;), the same on both backends.
/// </summary>
internal static class PartWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(CodeWriter writer, WrapperModel model, PartConversion conversion)
    {
        var bytes = conversion.ContainerBytes.ToString(Inv);
        writer.Line($$"""
            /// <summary>Significant bits of one {{conversion.Part.DisplayName}} sample: {{conversion.Layout}}.</summary>
            {{WrapperModel.GeneratedCodeAttribute}}
            public const int {{GeneratedMembers.PartSampleBits}} = {{conversion.SampleBits.ToString(Inv)}};

            """);
        if (conversion.Receive)
        {
            WriteReceive(writer, model, conversion, bytes);
        }
        else
        {
            WriteTransmit(writer, model, conversion, bytes);
        }
    }

    private static void WriteReceive(CodeWriter writer, WrapperModel model, PartConversion conversion, string bytes)
    {
        var word = string.Join(" | ", Enumerable.Range(0, conversion.ContainerBytes).Select(index => Shifted("buffer[offset" + (index == 0 ? string.Empty : " + " + index.ToString(Inv)) + "]", conversion.ByteShift(index))));
        writer.Line($$"""
            /// <summary>
            /// Returns sample <paramref name="sampleIndex"/> of a buffer filled by <see cref="{{model.Method}}(byte[], int)"/> as the
            /// {{conversion.Part.DisplayName}}'s signed value ({{conversion.Layout}}); stereo buffers interleave left and right samples.
            /// </summary>
            /// <param name="buffer">Bytes read from the bus.</param>
            /// <param name="sampleIndex">The sample's position: byte offset / {{bytes}}.</param>
            /// <returns>The sample, from -2^({{GeneratedMembers.PartSampleBits}}-1) to 2^({{GeneratedMembers.PartSampleBits}}-1)-1.</returns>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="buffer"/> is null.</exception>
            /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="sampleIndex"/> is not a whole sample of the buffer.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public static int {{GeneratedMembers.ToSample}}(byte[] buffer, int sampleIndex)
            {
                if (buffer is null)
                {
                    throw new global::System.ArgumentNullException(nameof(buffer));
                }

                if (sampleIndex < 0 || sampleIndex >= buffer.Length / {{bytes}})
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(sampleIndex), "sampleIndex must name a whole sample of the buffer");
                }

                return {{GeneratedMembers.PartDecode}}(buffer, sampleIndex * {{bytes}});
            }

            /// <summary>
            /// Converts the whole samples of <paramref name="source"/> (bytes read from the bus) into the {{conversion.Part.DisplayName}}'s
            /// signed values, as many as <paramref name="destination"/> holds; allocates nothing.
            /// </summary>
            /// <param name="source">Bytes read from the bus.</param>
            /// <param name="destination">Receives one value per sample.</param>
            /// <returns>The number of samples converted.</returns>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="source"/> or <paramref name="destination"/> is null.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public static int {{GeneratedMembers.ConvertSamples}}(byte[] source, int[] destination)
            {
                if (source is null)
                {
                    throw new global::System.ArgumentNullException(nameof(source));
                }

                if (destination is null)
                {
                    throw new global::System.ArgumentNullException(nameof(destination));
                }

                int count = source.Length / {{bytes}};
                if (destination.Length < count)
                {
                    count = destination.Length;
                }

                for (int index = 0; index < count; index++)
                {
                    destination[index] = {{GeneratedMembers.PartDecode}}(source, index * {{bytes}});
                }

                return count;
            }

            {{WrapperModel.GeneratedCodeAttribute}}
            private static int {{GeneratedMembers.PartDecode}}(byte[] buffer, int offset) =>
                unchecked({{word}}) >> {{conversion.SampleShift.ToString(Inv)}};

            """);
    }

    private static void WriteTransmit(CodeWriter writer, WrapperModel model, PartConversion conversion, string bytes)
    {
        // Joined with the indent of the hole in the template below (inside the method body).
        var stores = string.Join("\n    ", Enumerable.Range(0, conversion.ContainerBytes).Select(index =>
            "buffer[offset" + (index == 0 ? string.Empty : " + " + index.ToString(Inv)) + "] = unchecked((byte)(word >> " + conversion.ByteShift(index).ToString(Inv) + "));"));
        writer.Line($$"""
            /// <summary>
            /// Stores <paramref name="sample"/> (the low <see cref="{{GeneratedMembers.PartSampleBits}}"/> bits) as sample <paramref name="sampleIndex"/> of a
            /// buffer for <see cref="{{model.Method}}(byte[], int)"/>: {{conversion.Layout}}; stereo buffers interleave left and right.
            /// </summary>
            /// <param name="sample">The signed sample.</param>
            /// <param name="buffer">Bytes to write to the bus.</param>
            /// <param name="sampleIndex">The sample's position: byte offset / {{bytes}}.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="buffer"/> is null.</exception>
            /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="sampleIndex"/> is not a whole sample of the buffer.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public static void {{GeneratedMembers.FromSample}}(int sample, byte[] buffer, int sampleIndex)
            {
                if (buffer is null)
                {
                    throw new global::System.ArgumentNullException(nameof(buffer));
                }

                if (sampleIndex < 0 || sampleIndex >= buffer.Length / {{bytes}})
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(sampleIndex), "sampleIndex must name a whole sample of the buffer");
                }

                {{GeneratedMembers.PartEncode}}(sample, buffer, sampleIndex * {{bytes}});
            }

            /// <summary>
            /// Stores the values of <paramref name="source"/> as {{conversion.Part.DisplayName}} samples in <paramref name="destination"/>,
            /// as many as fit; allocates nothing.
            /// </summary>
            /// <param name="source">The signed samples.</param>
            /// <param name="destination">Bytes to write to the bus.</param>
            /// <returns>The number of samples stored.</returns>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="source"/> or <paramref name="destination"/> is null.</exception>
            {{WrapperModel.GeneratedCodeAttribute}}
            public static int {{GeneratedMembers.ConvertSamples}}(int[] source, byte[] destination)
            {
                if (source is null)
                {
                    throw new global::System.ArgumentNullException(nameof(source));
                }

                if (destination is null)
                {
                    throw new global::System.ArgumentNullException(nameof(destination));
                }

                int count = destination.Length / {{bytes}};
                if (source.Length < count)
                {
                    count = source.Length;
                }

                for (int index = 0; index < count; index++)
                {
                    {{GeneratedMembers.PartEncode}}(source[index], destination, index * {{bytes}});
                }

                return count;
            }

            {{WrapperModel.GeneratedCodeAttribute}}
            private static void {{GeneratedMembers.PartEncode}}(int sample, byte[] buffer, int offset)
            {
                int word = unchecked(sample << {{conversion.SampleShift.ToString(Inv)}});
                {{stores}}
            }

            """);
    }

    private static string Shifted(string value, int shift) => shift == 0 ? value : "(" + value + " << " + shift.ToString(Inv) + ")";
}
