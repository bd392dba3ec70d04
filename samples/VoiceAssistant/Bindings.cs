using I2sGen;

namespace VoiceAssistant;

// An ESPHome-style voice assistant: an INMP441 microphone and a MAX98357A amplifier on ONE I2S controller, wired to
// the same BCK and WS pins, as ESPHome's voice-assistant boards do. The two never run at once: the assistant listens,
// closes the microphone, speaks, closes the speaker and listens again. BusSharing = TakeTurns says so, so the two
// bindings form a shared bus (no I2S0308/I2S0309) and each may use its own format: the microphone 32-bit slots, the
// speaker 16-bit samples. Opening one while the other is open throws an InvalidOperationException that names it.
// The pins are the ESP32's (the host simulator models the ESP32); on an ESP32-S3 the same two declarations build
// with I2sGenChip=esp32s3 and pins of that chip.

/// <summary>The INMP441 (L/R to ground: left slot), 32-bit slots carrying its 24-bit samples, 16 kHz.</summary>
[I2sMicrophone(Bus = 0, Bck = 26, Ws = 25, Sdin = 34,
               Part = I2sPart.Inmp441, LrPin = I2sPinLevel.Low,
               DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
               SampleRate = 16000, DmaCount = 8, DmaLength = 256,
               BusSharing = I2sBusSharing.TakeTurns)]
public sealed partial class Microphone
{
}

/// <summary>
/// The MAX98357A (SD_MODE selects the left slot), 16-bit mono, 16 kHz. Its part is declared too: the part rules check
/// it against the amplifier's datasheet, and two parts on a bus that takes turns never share a frame clock (I2S0614
/// applies to full duplex only).
/// </summary>
[I2sSpeaker(Bus = 0, Bck = 26, Ws = 25, Sdout = 22,
            Part = I2sPart.Max98357a, ChannelSelect = I2sAmpChannel.Left,
            DataFormat = I2sDataFormat.B16, ChannelFormat = I2sChannelFormat.OnlyLeft,
            SampleRate = 16000, DmaCount = 8, DmaLength = 256,
            BusSharing = I2sBusSharing.TakeTurns)]
public sealed partial class Speaker
{
}
