using System.Collections.Generic;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>
/// An independent, deliberately plain statement of the hard rules (written from shared/reference, not from the
/// rule engine's code): when it names a reason, the analyzers must report at least one error. It reads chip facts
/// from the chip table, which is data, and leaves the subtler rules (clock feasibility, APLL range) to the engine.
/// </summary>
internal static class InvalidityOracle
{
    public static List<string> Reasons(FuzzBinding binding, ChipInfo chip, Driver driver)
    {
        var reasons = new List<string>();
        void If(bool condition, string reason)
        {
            if (condition)
            {
                reasons.Add(reason);
            }
        }

        If(binding.Shape != FuzzShape.Partial, "class shape " + binding.Shape);

        var mode = binding.Value("Mode", binding.Attribute switch { "I2sMicrophone" => 9, "I2sSpeaker" => 5, _ => 0 });
        int bck = binding.Value("Bck", -1), ws = binding.Value("Ws", -1), sdin = binding.Value("Sdin", -1), sdout = binding.Value("Sdout", -1), mclk = binding.Value("Mclk", -1);
        If(mode is not (5 or 9), "mode " + mode);
        If(mode == 9 && sdin == -1, "RX without sdin");
        If(mode == 5 && sdout == -1, "TX without sdout");
        If(sdin != -1 && sdout != -1, "sdin and sdout");
        If(bck == -1 || ws == -1, "clock pin missing");

        If(binding.Value("Standard", 1) is not (1 or 2 or 4 or 5), "standard");
        var bits = binding.Value("DataFormat", 0);
        var channels = binding.Value("ChannelFormat", -1);
        var rate = binding.Value("SampleRate", 0);
        If(bits is not (16 or 24 or 32), "data format " + bits);
        If(channels is < 0 or > 4, "channel format " + channels);
        If(rate <= 0, "sample rate " + rate);

        var bus = binding.Value("Bus", 0);
        If(bus < 0 || bus >= chip.ControllerCount, "bus " + bus);

        var legacy = driver == Driver.Legacy;
        var count = binding.Value("DmaCount", 16);
        var length = binding.Value("DmaLength", 64);
        If(count < 2 || (legacy && count > 128), "dma count " + count);
        If(length < 1 || (legacy && (length < 8 || length > 1024)), "dma length " + length);
        if (bits is 16 or 24 or 32 && channels is >= 0 and <= 4 && length > 0)
        {
            var bytesPerSample = legacy || chip.Chip == Chip.Esp32 ? ((bits + 15) / 16) * 2 : (bits + 7) / 8;
            var slots = channels <= 2 ? 2 : 1;
            If((long)length * bytesPerSample * slots > chip.MaxDmaBufferBytes, "dma buffer too large");
        }

        var outputs = new[] { bck, ws, sdout, mclk };
        var seen = new HashSet<int>();
        foreach (var pin in new[] { bck, ws, sdin, sdout, mclk })
        {
            if (pin == -1)
            {
                continue;
            }

            If(!chip.Exists(pin), "GPIO" + pin + " missing");
            If(chip.IsFlash(pin), "GPIO" + pin + " flash");
            If(!seen.Add(pin), "GPIO" + pin + " twice");
        }

        foreach (var pin in outputs)
        {
            If(pin != -1 && chip.Exists(pin) && !chip.CanOutput(pin), "GPIO" + pin + " input-only");
        }

        If(chip.Chip == Chip.Esp32 && mclk is not (-1 or 0 or 1 or 3), "ESP32 MCLK on GPIO" + mclk);
        var apll = binding.Value("ApllRate", 0);
        If(apll != 0 && !chip.HasApll, "APLL on " + chip.DisplayName);
        If(apll < 0, "negative APLL rate");
        return reasons;
    }
}
