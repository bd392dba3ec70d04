using System.Collections.Generic;
using I2sGen.Generator.Model;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Emit.Report;

/// <summary>A pin of a binding: its signal, the generated C# constant that states it, and the GPIO (-1: not connected).</summary>
internal sealed record BindingPin(PinRole Role, string ConstantName, int Gpio)
{
    /// <summary>
    /// The pins the wrapper states as constants, in its order: BCK, WS, the data pin of the binding's direction, MCLK.
    /// MCLK is listed even when not connected (-1), as the <c>MclkPin</c> constant is.
    /// </summary>
    public static IReadOnlyList<BindingPin> Of(BindingConfig config) => new[]
    {
        new BindingPin(PinRole.Bck, GeneratedMembers.BckPin, config.Bck),
        new BindingPin(PinRole.Ws, GeneratedMembers.WsPin, config.Ws),
        config.IsReceive
            ? new BindingPin(PinRole.Sdin, GeneratedMembers.SdinPin, config.Sdin)
            : new BindingPin(PinRole.Sdout, GeneratedMembers.SdoutPin, config.Sdout),
        new BindingPin(PinRole.Mclk, GeneratedMembers.MclkPin, config.Mclk),
    };

    public bool IsConnected => Gpio != BindingConfig.NotConnected;
}
