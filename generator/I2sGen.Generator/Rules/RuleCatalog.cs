using System.Collections.Generic;
using System.Linq;

namespace I2sGen.Generator.Rules;

/// <summary>
/// Every rule I2sGen knows. IDs are stable: I2S00xx declaration, I2S01xx the seed's argument rules,
/// I2S02xx DMA, I2S03xx pins, I2S04xx clocks and chip features, I2S06xx the named part (Parts/PartCatalog), I2S07xx shared buses (Rules/SharedBusRules).
/// </summary>
internal static class RuleCatalog
{
    public const string Declaration = "I2sGen.Declaration";
    public const string Arguments = "I2sGen.Arguments";
    public const string Dma = "I2sGen.Dma";
    public const string Pins = "I2sGen.Pins";
    public const string Clock = "I2sGen.Clock";
    public const string Backend = "I2sGen.Backend";
    public const string Parts = "I2sGen.Parts";
    public const string SharedBus = "I2sGen.SharedBus";

    // Declaration
    public static readonly Rule ClassNotPartial = new("I2S0001", "I2S binding class must be partial", Declaration, RuleSeverity.Error);
    public static readonly Rule UnsupportedClassShape = new("I2S0002", "I2S binding class cannot be static, generic, nested or a record", Declaration, RuleSeverity.Error);
    public static readonly Rule TargetOverridden = new("I2S0003", "MSBuild target overrides the assembly attribute", Declaration, RuleSeverity.Warning);
    public static readonly Rule ArgumentNotConstant = new("I2S0004", "I2S argument is not a valid constant", Declaration, RuleSeverity.Error);
    public static readonly Rule MemberNameClash = new("I2S0005", "Member clashes with a generated member", Declaration, RuleSeverity.Error);
    public static readonly Rule InvalidBuildProperty = new("I2S0006", "Invalid I2sGen MSBuild property", Declaration, RuleSeverity.Error);
    public static readonly Rule CNameClash = new("I2S0007", "Two bindings generate the same C name", Declaration, RuleSeverity.Error);
    public static readonly Rule MultipleBindingAttributes = new("I2S0008", "Class has more than one I2S binding attribute", Declaration, RuleSeverity.Error);
    public static readonly Rule InvalidTargetAttribute = new("I2S0009", "I2sTarget names an unknown chip, driver, ESP-IDF version or chip revision", Declaration, RuleSeverity.Error);
    public static readonly Rule BaseWithoutParameterlessConstructor = new("I2S0010", "Base class has no parameterless constructor to call", Declaration, RuleSeverity.Error);
    public static readonly Rule BindingNotGenerated = new("I2S0011", "I2S binding was not generated", Declaration, RuleSeverity.Error);

    // The target: which chip, driver and chip revision the ESP-IDF release offers (Chips/IdfSupport)
    public static readonly Rule LegacyDriverRemoved = new("I2S0012", "ESP-IDF 6 has no legacy I2S driver", Declaration, RuleSeverity.Error);
    public static readonly Rule StdDriverTooOld = new("I2S0013", "The standard I2S driver needs ESP-IDF 5.0 or later", Declaration, RuleSeverity.Error);
    public static readonly Rule ChipNotInIdfVersion = new("I2S0014", "Chip is not supported by the ESP-IDF version", Declaration, RuleSeverity.Error);
    public static readonly Rule ChipRevisionIgnored = new("I2S0015", "Chip revision has no effect on this target", Declaration, RuleSeverity.Warning);
    public static readonly Rule IdfVersionNotModelled = new("I2S0016", "ESP-IDF version is not a release I2sGen models", Declaration, RuleSeverity.Error);
    public static readonly Rule ChipRevisionUnknown = new("I2S0018", "Chip revision is not one ESP-IDF can build for", Declaration, RuleSeverity.Error);

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
    public static readonly Rule ClockChosen = new("I2S0406", "I2sGen chose the MCLK multiple or clock source for the closest rate", Clock, RuleSeverity.Info);
    public static readonly Rule RateOverBudget = new("I2S0407", "Real sample rate error exceeds the budget", Clock, RuleSeverity.Warning);
    public static readonly Rule ClockArgumentInvalid = new("I2S0408", "MclkMultiple or MaxRateErrorPpm is not valid", Clock, RuleSeverity.Error);
    public static readonly Rule ApllSharedAtTwoRates = new("I2S0409", "Two bindings need the one audio PLL at different frequencies", Clock, RuleSeverity.Warning);

    // The stock-firmware backend (I2sGenBackend=Stock): what nanoFramework's own System.Device.I2s cannot honour
    public static readonly Rule StockDmaLength = new("I2S0501", "Stock firmware ignores DmaLength", Backend, RuleSeverity.Warning);
    public static readonly Rule StockApll = new("I2S0502", "Stock firmware never uses the audio PLL", Backend, RuleSeverity.Warning);
    public static readonly Rule StockMclkMultiple = new("I2S0503", "Stock firmware always uses MCLK = 256 × rate", Backend, RuleSeverity.Warning);
    public static readonly Rule StockReceives32BitSlots = new("I2S0504", "Stock firmware receives 32-bit slots and converts", Backend, RuleSeverity.Info);
    public static readonly Rule StockPacked24BitRead = new("I2S0505", "Stock firmware returns 24-bit reads packed in 3 bytes", Backend, RuleSeverity.Error);
    public static readonly Rule StockMonoRead = new("I2S0506", "Stock firmware drops every second sample of a mono read", Backend, RuleSeverity.Warning);
    public static readonly Rule StockMono32BitWrite = new("I2S0507", "Stock firmware swaps 32-bit mono samples in pairs", Backend, RuleSeverity.Warning);
    public static readonly Rule StockTimeout = new("I2S0508", "Stock firmware transfers cannot time out", Backend, RuleSeverity.Error);
    public static readonly Rule StockChipWithoutI2s = new("I2S0509", "Stock firmware for this chip has no System.Device.I2s", Backend, RuleSeverity.Error);
    public static readonly Rule StockFullDuplex = new("I2S0510", "Stock firmware cannot run a bus in full duplex", Backend, RuleSeverity.Error);

    // The named part (Rules/PartRules, facts in Parts/PartCatalog)
    public static readonly Rule PartNotValid = new("I2S0601", "Part or strap value is not valid", Parts, RuleSeverity.Error);
    public static readonly Rule PartWrongDirection = new("I2S0602", "Part cannot be used in this direction", Parts, RuleSeverity.Error);
    public static readonly Rule StrapNotApplicable = new("I2S0603", "Strap does not exist on this part", Parts, RuleSeverity.Warning);
    public static readonly Rule StrapNotStated = new("I2S0604", "Part's strap wiring is not stated", Parts, RuleSeverity.Warning);
    public static readonly Rule ChannelFormatVsStrap = new("I2S0605", "Channel format reads the slot the part does not use", Parts, RuleSeverity.Error);
    public static readonly Rule MonoStereoMismatch = new("I2S0606", "Channel count does not match the part", Parts, RuleSeverity.Warning);
    public static readonly Rule SlotWidthVsPart = new("I2S0607", "Data format does not match the part's slot width", Parts, RuleSeverity.Error);
    public static readonly Rule StandardVsPart = new("I2S0608", "Standard is not what the part speaks", Parts, RuleSeverity.Error);
    public static readonly Rule SampleRateVsPart = new("I2S0609", "Sample rate is outside the part's range", Parts, RuleSeverity.Error);
    public static readonly Rule BclkVsPart = new("I2S0610", "Bit clock is outside the part's range", Parts, RuleSeverity.Error);
    public static readonly Rule MclkRequired = new("I2S0611", "Part needs MCLK", Parts, RuleSeverity.Error);
    public static readonly Rule MclkUnused = new("I2S0612", "Part has no MCLK input", Parts, RuleSeverity.Warning);
    public static readonly Rule CodecControlBus = new("I2S0613", "Codec needs its control bus configured", Parts, RuleSeverity.Info);
    public static readonly Rule PartsShareClockFormat = new("I2S0614", "Parts on one clock need different formats", Parts, RuleSeverity.Error);

    // Shared buses (Rules/SharedBusRules, facts in Rules/FullDuplexRules)
    public static readonly Rule FullDuplexConflict = new("I2S0701", "Bindings cannot share the bus in full duplex", SharedBus, RuleSeverity.Error);
    public static readonly Rule BusTakesTurns = new("I2S0702", "Shared bus takes turns", SharedBus, RuleSeverity.Info);
    public static readonly Rule BusSharingDisagrees = new("I2S0703", "Members of a shared bus ask for different sharing", SharedBus, RuleSeverity.Error);
    public static readonly Rule FullDuplexMembers = new("I2S0704", "Full duplex needs exactly one receiver and one transmitter", SharedBus, RuleSeverity.Error);
    public static readonly Rule BusSharingAlone = new("I2S0705", "BusSharing has no effect on a binding alone on its bus", SharedBus, RuleSeverity.Warning);
    public static readonly Rule InvalidBusSharing = new("I2S0706", "BusSharing is not valid", SharedBus, RuleSeverity.Error);

    public static IReadOnlyList<Rule> All { get; } = typeof(RuleCatalog)
        .GetFields()
        .Where(static field => field.FieldType == typeof(Rule))
        .Select(static field => (Rule)field.GetValue(null)!)
        .OrderBy(static rule => rule.Id, System.StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(static rule => rule.Id);

    public static Rule Get(string id) => ById[id];
}
