using I2sGen.Generator.Model;

namespace I2sGen.Generator.Parsing;

/// <summary>
/// A binding attribute read off a class: its configuration plus the names of arguments whose value could not be
/// read (a compile error elsewhere, e.g. a non-constant expression). Value-equal, no symbols.
/// </summary>
internal sealed record ParsedBinding(BindingConfig Config, EquatableArray<string> UnreadableArguments)
{
    public bool IsComplete => UnreadableArguments.Count == 0;
}
