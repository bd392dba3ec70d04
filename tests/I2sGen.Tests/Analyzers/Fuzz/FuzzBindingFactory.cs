using System;
using System.Collections.Generic;
using System.Linq;
using I2sGen.Generator.Chips;

namespace I2sGen.Tests.Analyzers.Fuzz;

/// <summary>
/// Draws argument sets that are mostly plausible (so a good share is valid and reaches the generator) with a
/// steady dose of wrong values, omissions and odd shapes (so every rule is hit).
/// </summary>
internal sealed class FuzzBindingFactory
{
    private static readonly int[] Rates = { 8000, 11025, 16000, 22050, 32000, 44100, 48000, 96000 };
    private static readonly int[] Multiples = { 128, 192, 256, 384, 512, 576, 768, 1024, 1152 };
    private readonly Random _random;

    public FuzzBindingFactory(int seed) => _random = new Random(seed);

    public FuzzBinding Next(int index, ChipInfo chip)
    {
        var attribute = Pick(new[] { "I2sMicrophone", "I2sSpeaker", "I2s" });
        var arguments = new List<KeyValuePair<string, int>>();
        void Add(string name, int value) => arguments.Add(new(name, value));

        var mode = attribute switch { "I2sMicrophone" => 9, "I2sSpeaker" => 5, _ => 0 };
        if (attribute == "I2s" && Chance(0.97))
        {
            mode = Chance(0.95) ? Pick(new[] { 5, 9 }) : _random.Next(-2, 16);
            Add("Mode", mode);
        }

        if (Chance(0.4))
        {
            Add("Bus", Chance(0.93) ? _random.Next(chip.ControllerCount) : _random.Next(-2, 5));
        }

        var nice = NicePins(chip);
        AddMaybe("Bck", Pin(chip, nice), 0.98);
        AddMaybe("Ws", Pin(chip, nice), 0.98);
        var dataPin = Pin(chip, nice);
        var receive = mode == 9 || (mode != 5 && Chance(0.5));
        if (attribute == "I2sMicrophone" || (attribute == "I2s" && receive))
        {
            AddMaybe("Sdin", dataPin, 0.97);
        }
        else
        {
            AddMaybe("Sdout", dataPin, 0.97);
        }

        if (attribute == "I2s" && Chance(0.04))
        {
            Add(receive ? "Sdout" : "Sdin", Pin(chip, nice));
        }

        if (Chance(0.15))
        {
            Add("Mclk", Chance(0.5) && chip.MclkMask != ulong.MaxValue ? Pick(new[] { 0, 1, 3 }) : Pin(chip, nice));
        }

        if (Chance(0.3))
        {
            Add("Standard", Chance(0.9) ? Pick(new[] { 1, 2, 4, 5 }) : _random.Next(-1, 9));
        }

        if (Chance(0.96))
        {
            Add("DataFormat", Chance(0.95) ? Pick(new[] { 16, 24, 32 }) : _random.Next(-1, 40));
        }

        if (Chance(0.96))
        {
            Add("ChannelFormat", Chance(0.95) ? _random.Next(5) : _random.Next(-3, 9));
        }

        var rate = Chance(0.85) ? Pick(Rates) : Chance(0.7) ? _random.Next(1, 400_000) : _random.Next(-10, 1);
        if (Chance(0.97))
        {
            Add("SampleRate", rate);
        }

        if (Chance(0.5))
        {
            Add("DmaCount", Chance(0.92) ? _random.Next(2, 40) : _random.Next(-2, 200));
        }

        if (Chance(0.5))
        {
            Add("DmaLength", Chance(0.92) ? _random.Next(8, 1025) : _random.Next(-2, 3000));
        }

        if (Chance(0.12))
        {
            Add("ApllRate", Chance(0.8) && rate > 0 ? rate * Pick(Multiples) : _random.Next(-5, 50_000_000));
        }
        else if (Chance(0.06))
        {
            Add("ApllRate", 0); // written: pins the default source
        }

        if (Chance(0.12))
        {
            Add("MclkMultiple", Chance(0.85) ? Pick(Multiples) : _random.Next(-2, 1300));
        }

        if (Chance(0.05))
        {
            Add("MaxRateErrorPpm", _random.Next(-3, 12_000));
        }

        var shape = Chance(0.96) ? FuzzShape.Partial : Chance(0.5) ? FuzzShape.NotPartial : FuzzShape.Static;
        return new FuzzBinding(index, attribute, arguments, shape);

        void AddMaybe(string name, int value, double probability)
        {
            if (Chance(probability))
            {
                Add(name, value);
            }
        }
    }

    private int Pin(ChipInfo chip, List<int> nice)
    {
        if (Chance(0.9) && nice.Count > 0)
        {
            var at = _random.Next(nice.Count);
            var pin = nice[at];
            nice.RemoveAt(at);
            return pin;
        }

        return Chance(0.9) ? _random.Next(0, chip.HighestGpio + 4) : _random.Next(-3, 70);
    }

    private static List<int> NicePins(ChipInfo chip) => Enumerable.Range(0, 64)
        .Where(pin => chip.Exists(pin) && chip.CanOutput(pin) && !chip.IsFlash(pin) && !chip.IsPsram(pin) && !chip.IsStrapping(pin) && !chip.IsUsbJtag(pin))
        .ToList();

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}
