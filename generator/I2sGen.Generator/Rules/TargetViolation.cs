namespace I2sGen.Generator.Rules;

/// <summary>What a target violation points at: an argument of <c>[assembly: I2sTarget]</c>, or nothing (a build property).</summary>
internal enum TargetArgument
{
    /// <summary>An MSBuild property: the value comes from the project file, so the diagnostic has no source location.</summary>
    None,
    Chip,
    Driver,
    IdfVersion,
    ChipRevision,
}

/// <summary>A violation of the target rules and the <c>[assembly: I2sTarget]</c> argument it is reported at.</summary>
internal sealed record TargetViolation(TargetArgument Argument, RuleViolation Violation);
