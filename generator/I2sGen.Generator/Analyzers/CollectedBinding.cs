using Microsoft.CodeAnalysis;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator.Analyzers;

/// <summary>A binding seen by the symbol action, kept for the compilation-end rules with a stable source order.</summary>
internal sealed record CollectedBinding(BindingEntry Entry, AttributeData Attribute, string Path, int Position);
