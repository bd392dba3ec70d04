using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Model;
using static I2sGen.Generator.Emit.Report.ReportNumbers;

namespace I2sGen.Generator.Emit.Report;

/// <summary>
/// i2sgen-report.json: the report for tools (CI checks, board bring-up scripts). The numbers are the binding's
/// figures as the generated C# constants state them; the property names are documented in docs/native-output.md.
/// </summary>
internal static class BuildReportJsonEmitter
{
    /// <summary>Raised when the JSON's shape changes in a way a reader must notice (a property removed or its meaning changed).</summary>
    public const int SchemaVersion = 1;

    public static string Emit(IReadOnlyList<BindingSpec> specs, IReadOnlyList<PinEntry> pins, IReadOnlyList<SharedBusReport> buses)
    {
        var target = specs[0].Target;
        var chip = ChipTable.Get(target.Chip);
        var json = new JsonWriter().StartObject()
            .Number("schemaVersion", SchemaVersion)
            .String("generator", GeneratorInfo.Name + " " + GeneratorInfo.Version)
            .StartObject("target")
            .String("chip", chip.DisplayName)
            .String("idfTarget", chip.IdfTarget)
            .String("driver", ReportTarget.DriverName(target.Driver))
            .String("idfVersion", ReportTarget.IdfVersion(target).ToString())
            .EndObject()
            .String("pinMap", BuildReport.PinMapFileName(chip))
            .StartObject("totals")
            .Number("bindings", specs.Count)
            .Number("totalDmaBytes", specs.Sum(static spec => spec.Figures.TotalDmaBytes))
            .Number("internalRamBytes", chip.InternalRamBytes)
            .EndObject()
            .StartArray("bindings");
        foreach (var spec in specs)
        {
            Binding(json, spec, SharedBusReport.For(buses, spec));
        }

        json.EndArray().StartArray("sharedBuses");
        foreach (var bus in buses)
        {
            SharedBus(json, bus);
        }

        json.EndArray().StartArray("gpios");
        foreach (var pin in pins)
        {
            Pin(json, pin);
        }

        return json.EndArray().EndObject().ToString();
    }

    private static void Binding(JsonWriter json, BindingSpec spec, SharedBusReport? bus)
    {
        var config = spec.Config;
        var figures = spec.Figures;
        json.StartObject()
            .String("name", spec.ClassName)
            .String("fullName", spec.FullName)
            .String("cName", spec.CName)
            .String("attribute", config.AttributeName)
            .String("direction", config.IsReceive ? "rx" : "tx")
            .Number("bus", config.Bus)
            .StartObject("pins");
        foreach (var pin in BindingPin.Of(config))
        {
            json.Number(pin.Role.Signal.ToLowerInvariant(), pin.Gpio);
        }

        json.EndObject()
            .StartObject("format")
            .String("standard", ReportText.Standard(config.Standard))
            .String("channelFormat", ReportText.ChannelFormat(config.ChannelFormat))
            .Number("bitsPerSample", figures.BitsPerSample)
            .Number("channels", figures.ActiveSlots)
            .Number("bytesPerSample", figures.BytesPerSample)
            .Number("bytesPerFrame", figures.BytesPerFrame)
            .EndObject()
            .StartObject("dma")
            .Number("bufferCount", config.DmaCount)
            .Number("bufferFrames", figures.DmaFrames)
            .Number("bufferBytes", figures.DmaBufferBytes)
            .Number("bufferLimitBytes", figures.DmaBufferLimit)
            .Number("totalBytes", figures.TotalDmaBytes)
            .EndObject()
            .Number("latencyMicroseconds", figures.BufferedLatencyMicroseconds);
        Clock(json, ClockChain.Of(spec));
        if (bus is null)
        {
            json.Null("sharedBus");
        }
        else
        {
            json.StartObject("sharedBus").String("sharing", bus.Sharing).StartArray("partners");
            foreach (var member in bus.Members.Where(member => member != spec.FullName))
            {
                json.String(null, member);
            }

            json.EndArray().EndObject();
        }

        Part(json, PartWiring.Of(spec));
        json.EndObject();
    }

    /// <summary>One shared bus: its controller and clock pins, what was asked, what runs, the members and why it takes turns.</summary>
    private static void SharedBus(JsonWriter json, SharedBusReport bus)
    {
        json.StartObject()
            .Number("bus", bus.Bus)
            .Number("bck", bus.Bck)
            .Number("ws", bus.Ws)
            .String("requested", bus.Requested)
            .String("sharing", bus.Sharing)
            .StartArray("members");
        foreach (var member in bus.Members)
        {
            json.String(null, member);
        }

        json.EndArray();
        if (bus.Reason is null)
        {
            json.Null("takeTurnsReason");
        }
        else
        {
            json.String("takeTurnsReason", bus.Reason);
        }

        json.EndObject();
    }

    /// <summary>The named part and its wiring (issue 14); null without a part.</summary>
    private static void Part(JsonWriter json, PartWiring? part)
    {
        if (part is null)
        {
            json.Null("part");
            return;
        }

        json.StartObject("part")
            .String("name", part.Part.DisplayName)
            .String("role", part.RoleKey)
            .Bool("stereo", part.Part.IsStereo);
        if (part.Argument is null)
        {
            json.Null("strap");
        }
        else
        {
            json.StartObject("strap")
                .String("argument", part.Argument)
                .String("declared", part.Declared!)
                .String("pin", part.Pin!)
                .EndObject();
        }

        json.String("wiring", part.Meaning);
        if (part.Conversion is { } conversion)
        {
            json.StartObject("conversion")
                .Number("sampleBits", conversion.SampleBits)
                .Number("containerBytes", conversion.ContainerBytes)
                .String("justification", "msb")
                .String("layout", conversion.Layout)
                .EndObject()
                .Null("noConversion");
        }
        else
        {
            json.Null("conversion").String("noConversion", part.NoConversion ?? string.Empty);
        }

        if (part.Part.ControlBus is { } bus)
        {
            json.String("controlBus", bus);
        }
        else
        {
            json.Null("controlBus");
        }

        json.EndObject();
    }

    private static void Clock(JsonWriter json, ClockChain clock)
    {
        json.StartObject("clock")
            .Number("requestedRateHz", clock.RequestedRate)
            .Number("realRateHz", ExactRate(clock.RealRate))
            .Number("errorPpm", Ppm(clock.ErrorPpm))
            .String("source", clock.SourceName)
            .Number("sourceHz", clock.SourceHz)
            .Bool("apll", clock.UsesApll)
            .Number("mclkMultiple", clock.MclkMultiple)
            .Number("requestedMclkHz", clock.RequestedMclkHz)
            .StartObject("mclkDivider")
            .Number("integer", clock.IntegerDivider)
            .Number("numerator", clock.Numerator)
            .Number("denominator", clock.Denominator)
            .EndObject()
            .Number("mclkHz", Hz(clock.MclkHz))
            .Number("bclkDivider", clock.BclkDivider)
            .Number("bclkHz", Hz(clock.BclkHz))
            .Number("slotBits", clock.SlotBits);
        if (clock.Apll is { } apll)
        {
            json.StartObject("apllCoefficients")
                .Number("oDiv", apll.ODiv)
                .Number("sdm2", apll.Sdm2)
                .Number("sdm1", apll.Sdm1)
                .Number("sdm0", apll.Sdm0)
                .EndObject();
        }
        else
        {
            json.Null("apllCoefficients");
        }

        json.EndObject();
    }

    private static void Pin(JsonWriter json, PinEntry pin)
    {
        json.StartObject()
            .Number("gpio", pin.Gpio)
            .String("state", PinMap.Key(pin.State))
            .StartArray("uses");
        foreach (var use in pin.Uses)
        {
            json.StartObject().String("binding", use.Binding).String("signal", use.Signal).EndObject();
        }

        json.EndArray().StartArray("reasons");
        foreach (var reason in pin.Reasons)
        {
            json.String(null, reason);
        }

        json.EndArray().EndObject();
    }
}
