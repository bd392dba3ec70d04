using I2sGen.Generator.Model;

namespace I2sGen.Generator.Rules;

/// <summary>The signal a pin argument carries, and whether the ESP32 drives it (master mode drives all clocks).</summary>
internal sealed record PinRole(BindingArgument Argument, string Signal, bool IsOutput)
{
    public static readonly PinRole Bck = new(BindingArgument.Bck, "BCK", IsOutput: true);
    public static readonly PinRole Ws = new(BindingArgument.Ws, "WS", IsOutput: true);
    public static readonly PinRole Sdout = new(BindingArgument.Sdout, "SDOUT", IsOutput: true);
    public static readonly PinRole Sdin = new(BindingArgument.Sdin, "SDIN", IsOutput: false);
    public static readonly PinRole Mclk = new(BindingArgument.Mclk, "MCLK", IsOutput: true);

    public static readonly PinRole[] All = { Bck, Ws, Sdin, Sdout, Mclk };
}
