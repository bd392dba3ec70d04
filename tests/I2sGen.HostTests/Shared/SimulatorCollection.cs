using System;
using I2sGen.Host;
using Xunit;

namespace I2sGen.HostTests;

/// <summary>
/// The simulator (and the generated C's per-binding handles) is process-global state, so every test that touches it
/// runs in this one collection, one test at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SimulatorCollection
{
    public const string Name = "Host simulator";
}

/// <summary>
/// Base of every simulator test: a fresh simulator (clock 0, no channels, default sources and sinks) before the
/// test, and a check afterwards that the test released every binding. A binding left alive would keep its C handle
/// across the reset and refuse to start in the next test, so a leak fails the test that leaked.
/// </summary>
[Collection(SimulatorCollection.Name)]
public abstract class SimulatorTest : IDisposable
{
    protected SimulatorTest()
    {
        I2sSimulator.Reset();
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        for (var port = 0; port < I2sSimulator.PortCount; port++)
        {
            foreach (var direction in new[] { I2sSimulator.DirectionRx, I2sSimulator.DirectionTx })
            {
                var state = I2sSimulator.GetStats(port, direction).State;
                if (state != I2sSimulator.StateNone)
                {
                    I2sSimulator.Reset();
                    throw new InvalidOperationException("The test left a binding running on port " + port + " (state " + state + ")");
                }
            }
        }

        I2sSimulator.Reset();
    }

    /// <summary>Statistics of the binding's bus in its direction.</summary>
    internal static I2sSimulator.Stats RxStats(int bus) => I2sSimulator.GetStats(bus, I2sSimulator.DirectionRx);

    internal static I2sSimulator.Stats TxStats(int bus) => I2sSimulator.GetStats(bus, I2sSimulator.DirectionTx);
}
