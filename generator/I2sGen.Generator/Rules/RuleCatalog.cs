using System.Collections.Generic;
using System.Linq;

namespace I2sGen.Generator.Rules;

/// <summary>
/// Every rule I2sGen knows. IDs are stable: I2S00xx declaration, I2S01xx the seed's argument rules,
/// I2S02xx DMA, I2S03xx pins, I2S04xx clocks and chip features.
/// </summary>
internal static class RuleCatalog
{
    public const string Declaration = "I2sGen.Declaration";
    public const string Arguments = "I2sGen.Arguments";
    public const string Dma = "I2sGen.Dma";
    public const string Pins = "I2sGen.Pins";
    public const string Clock = "I2sGen.Clock";

    // Declaration
    public static readonly Rule ClassNotPartial = new("I2S0001", "I2S binding class must be partial", Declaration, RuleSeverity.Error);
    public static readonly Rule UnsupportedClassShape = new("I2S0002", "I2S binding class cannot be static, generic, nested or a record", Declaration, RuleSeverity.Error);
    public static readonly Rule TargetOverridden = new("I2S0003", "MSBuild target overrides the assembly attribute", Declaration, RuleSeverity.Warning);
    public static readonly Rule ArgumentNotConstant = new("I2S0004", "I2S argument is not a valid constant", Declaration, RuleSeverity.Error);
    public static readonly Rule MemberNameClash = new("I2S0005", "Member clashes with a generated member", Declaration, RuleSeverity.Error);
    public static readonly Rule InvalidBuildProperty = new("I2S0006", "Invalid I2sGen MSBuild property", Declaration, RuleSeverity.Error);
    public static readonly Rule CNameClash = new("I2S0007", "Two bindings generate the same C name", Declaration, RuleSeverity.Error);
    public static readonly Rule MultipleBindingAttributes = new("I2S0008", "Class has more than one I2S binding attribute", Declaration, RuleSeverity.Error);
    public static readonly Rule InvalidTargetAttribute = new("I2S0009", "I2sTarget names an unknown chip or driver", Declaration, RuleSeverity.Error);
    public static readonly Rule BaseWithoutParameterlessConstructor = new("I2S0010", "Base class has no parameterless constructor to call", Declaration, RuleSeverity.Error);
    public static readonly Rule BindingNotGenerated = new("I2S0011", "I2S binding was not generated", Declaration, RuleSeverity.Error);

    // The seed's argument rules
    public static readonly Rule ReceiveNeedsSdin = new("I2S0101", "Receive mode needs sdin", Arguments, RuleSeverity.Error);
    public static readonly Rule TransmitNeedsSdout = new("I2S0102", "Transmit mode needs sdout", Arguments, RuleSeverity.Error);
    public static readonly Rule OnlyOneDataPin = new("I2S0103", "Only one of sdin or sdout can be specified", Arguments, RuleSeverity.Error);
    public static readonly Rule InvalidBus = new("I2S0104", "I2S bus is not valid on this chip", Arguments, RuleSeverity.Error);
    public static readonly Rule InvalidStandard = new("I2S0105", "Standard is not valid", Arguments, RuleSeverity.Error);
    public static readonly Rule InvalidMode = new("I2S0106", "Mode is not valid", Arguments, RuleSeverity.Error);
    public static readonly Rule InvalidDataFormat = new("I2S0107", "Data format is not valid", Arguments, RuleSeverity.Error);
    public static readonly Rule InvalidChannelFormat = new("I2S0108", "Channel format is not valid", Arguments, RuleSeverity.Error);
    public static readonly Rule MissingArgument = new("I2S0109", "Required I2S argument is missing", Arguments, RuleSeverity.Error);
    public static readonly Rule DmaCountOutOfRange = new("I2S0110", "DMA buffer count is out of range", Arguments, RuleSeverity.Error);
    public static readonly Rule DmaLengthOutOfRange = new("I2S0111", "DMA buffer length is out of range", Arguments, RuleSeverity.Error);
    public static readonly Rule InvalidSampleRate = new("I2S0112", "Sample rate is not valid", Arguments, RuleSeverity.Error);

    // DMA
    public static readonly Rule DmaBufferTooLarge = new("I2S0201", "DMA buffer exceeds the driver's limit", Dma, RuleSeverity.Error);
    public static readonly Rule DmaBudgetExceeded = new("I2S0202", "DMA memory above budget", Dma, RuleSeverity.Warning);
    public static readonly Rule Dma24BitFrames = new("I2S0203", "24-bit DMA frame count must be a multiple of 3", Dma, RuleSeverity.Warning);
    public static readonly Rule DmaExceedsRam = new("I2S0205", "DMA memory exceeds the chip's internal RAM", Dma, RuleSeverity.Error);
    public static readonly Rule LsbMeansMsb = new("I2S0204", "Standard Lsb is generated as MSB-justified", Arguments, RuleSeverity.Info);

    // Pins
    public static readonly Rule PinDoesNotExist = new("I2S0301", "GPIO does not exist on this chip", Pins, RuleSeverity.Error);
    public static readonly Rule InputOnlyPin = new("I2S0302", "Input-only GPIO cannot drive an output signal", Pins, RuleSeverity.Error);
    public static readonly Rule FlashPin = new("I2S0303", "GPIO is wired to the SPI flash", Pins, RuleSeverity.Error);
    public static readonly Rule PsramPin = new("I2S0304", "GPIO is usually wired to PSRAM", Pins, RuleSeverity.Warning);
    public static readonly Rule StrappingPin = new("I2S0305", "GPIO is a strapping pin", Pins, RuleSeverity.Warning);
    public static readonly Rule MclkPin = new("I2S0306", "MCLK pin not supported on this chip", Pins, RuleSeverity.Error);
    public static readonly Rule PinUsedTwice = new("I2S0307", "Same GPIO used twice in one binding", Pins, RuleSeverity.Error);
    public static readonly Rule PinSharedBetweenBindings = new("I2S0308", "GPIO used by two bindings", Pins, RuleSeverity.Error);
    public static readonly Rule BusSharedBetweenBindings = new("I2S0309", "I2S bus used by two bindings", Pins, RuleSeverity.Error);
    public static readonly Rule UsbJtagPin = new("I2S0310", "GPIO carries USB-Serial-JTAG", Pins, RuleSeverity.Warning);
    public static readonly Rule ConsolePin = new("I2S0311", "GPIO carries the UART0 serial console", Pins, RuleSeverity.Warning);
    public static readonly Rule PackageOnlyPin = new("I2S0312", "GPIO exists only on some packages of the chip", Pins, RuleSeverity.Warning);

    // Clock and chip features
    public static readonly Rule SampleRateInfeasible = new("I2S0401", "Sample rate cannot be produced by the I2S clock", Clock, RuleSeverity.Error);
    public static readonly Rule SampleRateInexact = new("I2S0402", "Real sample rate differs from the requested one", Clock, RuleSeverity.Info);
    public static readonly Rule ApllNotAvailable = new("I2S0403", "Chip has no audio PLL", Clock, RuleSeverity.Error);
    public static readonly Rule ApllRateInvalid = new("I2S0404", "APLL rate is not valid", Clock, RuleSeverity.Error);
    public static readonly Rule SampleRateFarOff = new("I2S0405", "Real sample rate is far from the requested one", Clock, RuleSeverity.Warning);

    public static IReadOnlyList<Rule> All { get; } = typeof(RuleCatalog)
        .GetFields()
        .Where(static field => field.FieldType == typeof(Rule))
        .Select(static field => (Rule)field.GetValue(null)!)
        .OrderBy(static rule => rule.Id, System.StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(static rule => rule.Id);

    public static Rule Get(string id) => ById[id];
}
