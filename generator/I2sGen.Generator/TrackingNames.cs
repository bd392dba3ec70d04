namespace I2sGen.Generator;

/// <summary>Names of the tracked pipeline steps; the incremental tests state each one's run reason per kind of edit.</summary>
internal static class TrackingNames
{
    public const string Declarations = nameof(Declarations);
    public const string Target = nameof(Target);
    public const string Specs = nameof(Specs);
    public const string Component = nameof(Component);
    public const string EmittedNames = nameof(EmittedNames);
    public const string NativeFiles = nameof(NativeFiles);
    public const string Payload = nameof(Payload);
    public const string Simulator = nameof(Simulator);
    public const string Report = nameof(Report);
}
