namespace I2sGen.Generator.Model;

/// <summary>
/// A class carrying a binding attribute, as the pipeline's first step sees it: where it is, whether its shape can
/// take generated members (partial, not static, not generic, not nested) and its parsed configuration.
/// </summary>
internal sealed record DeclaredBinding(
    string Namespace,
    string ClassName,
    string Accessibility,
    bool IsSealed,
    bool IsGeneratable,
    bool ArgumentsReadable,
    BindingConfig Config);
