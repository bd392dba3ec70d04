using static I2sGen.Generator.Emit.CSharp.CSharpLiterals;

namespace I2sGen.Generator.Emit.CSharp;

/// <summary>
/// Public constants with the binding's figures (the same numbers the C header #defines), so code can size its
/// buffers from the binding instead of repeating them: <c>new byte[Inmp441.DmaBufferBytes * 4]</c>.
/// </summary>
internal static class FiguresWriter
{
    public static void Write(CodeWriter writer, WrapperModel model)
    {
        var config = model.Config;
        var figures = model.Figures;

        Constant(writer, GeneratedMembers.BytesPerFrame, Int(figures.BytesPerFrame),
            "Bytes per frame in a buffer: " + (figures.ActiveSlots == 1 ? "1 channel" : Int(figures.ActiveSlots) + " channels") + " x " + Int(figures.BytesPerSample)
            + " bytes. Buffer lengths passed to <see cref=\"" + model.Method + "(byte[], int)\"/> must be a multiple of it.");
        Constant(writer, GeneratedMembers.BitsPerSample, Int(figures.BitsPerSample), "Data bits per sample on the wire.");
        Constant(writer, GeneratedMembers.Channels, Int(figures.ActiveSlots),
            "Channels (slots) per frame in a buffer: 2 for stereo channel formats, 1 for mono (OnlyLeft/OnlyRight).");
        Constant(writer, GeneratedMembers.DmaBufferCount, Int(config.DmaCount), "Number of DMA buffers (the seed's dmacount).");
        Constant(writer, GeneratedMembers.DmaBufferFrames, Int(figures.DmaFrames), "Frames per DMA buffer (the seed's dmalen).");
        Constant(writer, GeneratedMembers.DmaBufferBytes, Int(figures.DmaBufferBytes),
            "Bytes of one DMA buffer. A buffer of a multiple of this size makes the most of every call; with a timeout, "
            + "the wait applies per DMA buffer.");
        Constant(writer, GeneratedMembers.TotalDmaBytes, Int(figures.TotalDmaBytes), "DMA memory the driver allocates for all buffers, in bytes.");
        Constant(writer, GeneratedMembers.BufferedLatencyMicroseconds, Int(figures.BufferedLatencyMicroseconds),
            "Audio held by all DMA buffers at the requested rate, in microseconds: how long the application may stall "
            + (model.Receive ? "before samples are lost (overrun)." : "before the output runs dry (underrun).")
            + " A long: a valid binding at a very low rate holds more than int.MaxValue microseconds.",
            "long");
        Constant(writer, GeneratedMembers.SampleRate, Int(config.SampleRate), "The requested sample (frame) rate, in Hz.");
        Constant(writer, GeneratedMembers.RealSampleRate, Double(figures.Clock.RealSampleRate),
            "The sample rate the I2S clock dividers really produce, in Hz" + ClockNote(figures),
            "double");
        Constant(writer, GeneratedMembers.Bus, Int(config.Bus), "The I2S controller (the seed's id).");
        Constant(writer, GeneratedMembers.BckPin, Int(config.Bck), "GPIO of the bit clock (BCK).");
        Constant(writer, GeneratedMembers.WsPin, Int(config.Ws), "GPIO of the word select (WS).");
        if (model.Receive)
        {
            Constant(writer, GeneratedMembers.SdinPin, Int(config.Sdin), "GPIO of the serial data input (SDIN).");
        }
        else
        {
            Constant(writer, GeneratedMembers.SdoutPin, Int(config.Sdout), "GPIO of the serial data output (SDOUT).");
        }

        Constant(writer, GeneratedMembers.MclkPin, Int(config.Mclk), "GPIO of the master clock output (MCLK), or -1 when it is not connected.");
    }

    /// <summary>How the clock was set: said in full when I2sGen departed from ESP-IDF's defaults (I2S0406).</summary>
    private static string ClockNote(Hardware.BindingFigures figures) =>
        figures.Choice.IsOpen && figures.Choice.DepartsFromDefault
            ? " (MCLK = " + Int(figures.MclkMultiple) + " x fs" + (figures.UsesApll ? " from the audio PLL" : string.Empty) + ", chosen by I2sGen for the closest rate)."
            : figures.UsesApll ? " (from the audio PLL)." : ".";

    private static void Constant(CodeWriter writer, string name, string value, string summary, string type = "int") => writer.Line($$"""
        /// <summary>{{summary}}</summary>
        {{WrapperModel.GeneratedCodeAttribute}}
        public const {{type}} {{name}} = {{value}};

        """);
}
