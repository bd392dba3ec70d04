namespace I2sGen.Generator.Model;

/// <summary>
/// A value of the incremental pipeline carried as a reference type, with the value's own equality (so caching is
/// unchanged). Why: Roslyn's pipeline nodes (NodeStateTable, CombineNode, TransformNode and their builders) are
/// generic over the value they carry. Over reference types (and tuples of them) the runtime shares one compiled copy
/// of that code, and the SDK's own generators have already compiled it in every compiler process; over a struct
/// (<see cref="EquatableArray{T}"/>, bool, an enum) each distinct shape is compiled again. In a clean build the
/// compiler starts cold, so every such shape cost JIT time on the generator's thread before compilation could go on
/// (about 950 methods for this generator's nine struct-shaped nodes; see tests/I2sGen.Benchmarks/README.md).
/// </summary>
internal sealed record PipelineValue<T>(T Value);
