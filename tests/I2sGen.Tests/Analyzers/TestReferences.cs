using Microsoft.CodeAnalysis.Testing;

namespace I2sGen.Tests.Analyzers;

/// <summary>
/// The analyzer-testing framework's reference set: none of its own (it would download a reference pack); the tests
/// add <see cref="Infrastructure.NetReferences.WithRuntime"/> instead, the same references every other test uses.
/// </summary>
internal static class TestReferences
{
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
