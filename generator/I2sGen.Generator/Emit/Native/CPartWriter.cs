using System.Globalization;
using System.Linq;

namespace I2sGen.Generator.Emit.Native;

/// <summary>
/// The C side of a named part's conversion (<see cref="PartConversion"/>): a macro with the sample bits and a
/// <c>static inline</c> decoder (receive) or encoder (transmit) in the header, the same arithmetic as the C# helpers.
/// </summary>
internal static class CPartWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(CodeWriter writer, NativeNames names, PartConversion conversion)
    {
        var bytes = conversion.ContainerBytes.ToString(Inv) + "u";
        writer.Line($$"""

            /** Significant bits of one {{conversion.Part.DisplayName}} sample: {{conversion.Layout}}. */
            #define {{names.PartSampleBits}} {{conversion.SampleBits.ToString(Inv)}}

            """);
        if (conversion.Receive)
        {
            var word = string.Join(" | ", Enumerable.Range(0, conversion.ContainerBytes).Select(index => Shifted("(uint32_t)p[" + index.ToString(Inv) + "]", conversion.ByteShift(index))));
            writer.Line($$"""
                /**
                 * @brief Returns sample `index` of a buffer filled by {{names.Read}}() as the {{conversion.Part.DisplayName}}'s signed
                 *        value ({{names.PartSampleBits}} bits); stereo buffers interleave left and right samples.
                 */
                static inline int32_t {{names.ToSample}}(const uint8_t *buffer, size_t index)
                {
                    const uint8_t *p = buffer + (index * {{bytes}});
                    const uint32_t word = {{word}};
                    return (int32_t)word >> {{conversion.SampleShift.ToString(Inv)}};
                }
                """);
        }
        else
        {
            // Joined with the indent of the hole in the template below (inside the function body).
            var stores = string.Join("\n    ", Enumerable.Range(0, conversion.ContainerBytes).Select(index =>
                $"p[{index.ToString(Inv)}] = (uint8_t)(word >> {conversion.ByteShift(index).ToString(Inv)});"));
            writer.Line($$"""
                /**
                 * @brief Stores the low {{names.PartSampleBits}} bits of `sample` as sample `index` of a buffer for
                 *        {{names.Write}}() ({{conversion.Part.DisplayName}}); stereo buffers interleave left and right samples.
                 */
                static inline void {{names.FromSample}}(int32_t sample, uint8_t *buffer, size_t index)
                {
                    uint8_t *p = buffer + (index * {{bytes}});
                    const uint32_t word = (uint32_t)sample << {{conversion.SampleShift.ToString(Inv)}};
                    {{stores}}
                }
                """);
        }
    }

    private static string Shifted(string value, int shift) => shift == 0 ? value : "(" + value + " << " + shift.ToString(Inv) + ")";
}
