using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using I2sGen.Generator.Chips;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Emit.CSharp;
using I2sGen.Generator.Emit.Native;
using I2sGen.Generator.Emit.Native.NanoClr;
using I2sGen.Generator.Emit.Report;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
using I2sGen.Generator.NanoFramework;
using I2sGen.Generator.Parsing;
using I2sGen.Generator.Rules;

namespace I2sGen.Generator;

/// <summary>
/// Parse → model → validate → emit. For every class with [I2s], [I2sMicrophone] or [I2sSpeaker] it adds the other
/// half of the partial class and a payload of native files (C header and source); for the whole compilation it adds
/// the ESP-IDF component CMakeLists.txt. Bindings that break a hard rule are not emitted: the analyzers explain why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class I2sBindingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every node below carries a reference type (or an ImmutableArray or tuple of them), never a struct: see
        // PipelineValue for why (it keeps a clean build's cold compiler from compiling the pipeline code again).
        var attributeTarget = context.CompilationProvider
            .Select(static (compilation, _) => TargetResolver.ReadAttribute(compilation.Assembly));
        var propertyTarget = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => TargetResolver.ReadProperties(options.GlobalOptions));
        var target = attributeTarget.Combine(propertyTarget)
            .Select(static (pair, _) => TargetResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Target);
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? "I2sGenBindings");
        var prebuiltGlue = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new PipelineValue<bool>(HostLibrary.ReadPrebuilt(options.GlobalOptions)));
        var specInputs = target
            .Combine(assemblyName)
            .Combine(prebuiltGlue)
            .Select(static (input, _) => new SpecInputs(input.Left.Left, input.Left.Right, input.Right.Value));

        var perAttribute = new[]
        {
            Bindings(context, AttributeNames.I2s, specInputs),
            Bindings(context, AttributeNames.Microphone, specInputs),
            Bindings(context, AttributeNames.Speaker, specInputs),
        };
        var all = perAttribute[0].Collect()
            .Combine(perAttribute[1].Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
            .Combine(perAttribute[2].Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        var specs = all
            .Select(static (all, _) => new PipelineValue<EquatableArray<BindingSpec>>(WithoutClashes(all)))
            .WithTrackingName(TrackingNames.Component);

        // Each binding's C# and C is emitted from its own pipeline item, so adding, removing or changing one binding
        // leaves the others cached. Every item is combined only with the binding plan: the ordered list of emitted C
        // names (it changes when a binding is added, removed or renamed), which drops clashing bindings and gives each
        // binding its index for the nanoCLR dispatch table, and the shared buses (which change only with their
        // members); a binding whose index and bus stay the same stays unchanged.
        var emittedNames = specs
            .Select(static (emitted, _) => BindingPlan.For(emitted.Value))
            .WithTrackingName(TrackingNames.EmittedNames);
        var nativeFiles = new IncrementalValueProvider<ImmutableArray<PipelineValue<EquatableArray<NativeFile>>>>[perAttribute.Length];
        for (var i = 0; i < perAttribute.Length; i++)
        {
            var emitted = perAttribute[i]
                .Combine(emittedNames)
                .Select(static (pair, _) => pair.Right.Place(pair.Left))
                .Where(static spec => spec.BindingIndex >= 0);
            context.RegisterSourceOutput(emitted, static (output, spec) => EmitWrapper(output, spec));
            nativeFiles[i] = emitted
                .Select(static (spec, _) => new PipelineValue<EquatableArray<NativeFile>>(NativeFilesFor(spec)))
                .WithTrackingName(TrackingNames.NativeFiles)
                .Collect();
        }

        // The build report depends on every binding, so it is its own step over the clash-free list: an edit that leaves
        // every binding's spec equal (an unrelated file, whitespace) leaves it cached.
        var reportEnabled = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => new PipelineValue<bool>(
                BuildReport.IsEnabled(options.GlobalOptions.TryGetValue(BuildReport.BuildProperty, out var value) ? value : null)));
        var report = specs
            .Combine(reportEnabled)
            .Select(static (input, _) => new PipelineValue<EquatableArray<NativeFile>>(input.Right.Value
                ? BuildReport.Emit(input.Left.Value.AsImmutableArray()).ToEquatableArray()
                : EquatableArray<NativeFile>.Empty))
            .WithTrackingName(TrackingNames.Report);

        // The compilation's one payload: every binding's native files, the component manifest, the nanoCLR glue and the report.
        var checksumRule = context.AnalyzerConfigOptionsProvider
            .Select(static (options, cancellation) => new PipelineValue<ChecksumRule>(ChecksumRuleOption.Read(options.GlobalOptions, out _)));
        var bindingFiles = nativeFiles[0]
            .Combine(nativeFiles[1])
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right))
            .Combine(nativeFiles[2])
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        var componentFiles = checksumRule
            .Combine(report)
            .Select(static (pair, _) => new ComponentInputs(pair.Left.Value, pair.Right.Value));
        var payload = specs
            .Combine(bindingFiles)
            .Combine(componentFiles)
            .Select(static (input, _) => BuildPayload(input.Left.Right, input.Left.Left.Value, input.Right.ChecksumRule, input.Right.Report))
            .WithTrackingName(TrackingNames.Payload);
        context.RegisterImplementationSourceOutput(payload, static (output, text) =>
            output.AddSource(NativePayload.CompilationHintName, SourceText.From(text, System.Text.Encoding.UTF8)));

        // The host simulator's control class: once per compilation that has bindings (host backend only).
        var simulator = specs
            .Select(static (all, _) => all.Value.Count > 0 ? all.Value[0].HostLibraryName : null)
            .WithTrackingName(TrackingNames.Simulator);
        context.RegisterSourceOutput(simulator, static (output, library) =>
        {
            if (library is not null)
            {
                output.AddSource(SimulatorEmitter.HintName, SimulatorEmitter.Emit(library));
            }
        });
    }

    private static IncrementalValuesProvider<BindingSpec> Bindings(
        IncrementalGeneratorInitializationContext context,
        string attributeName,
        IncrementalValueProvider<SpecInputs> inputs) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, _) => syntax.TargetSymbol is INamedTypeSymbol type && syntax.Attributes.Length > 0
                    ? DeclarationParser.Parse(type, syntax.Attributes[0])
                    : null)
            .Where(static declared => declared is not null)
            .Select(static (declared, _) => declared!)
            .WithTrackingName(TrackingNames.Declarations)
            .Combine(inputs)
            .Select(static (input, _) => BuildSpec(input.Left, input.Right.Target, input.Right.AssemblyName) is { } spec
                ? spec with { PrebuiltHostGlue = input.Right.PrebuiltHostGlue }
                : null)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

    /// <summary>What every binding's spec is built from besides its declaration: one value per compilation.</summary>
    private sealed record SpecInputs(TargetConfig Target, string AssemblyName, bool PrebuiltHostGlue);

    /// <summary>The compilation-wide parts of the payload besides the bindings' own files.</summary>
    private sealed record ComponentInputs(ChecksumRule ChecksumRule, EquatableArray<NativeFile> Report);

    /// <summary>
    /// Drops bindings that would collide: a class with two binding attributes (I2S0008) or two classes whose C names
    /// are equal (I2S0007). Emitting either would produce duplicate files; the analyzers report both.
    /// </summary>
    internal static EquatableArray<BindingSpec> WithoutClashes(ImmutableArray<BindingSpec> specs) => specs
        .GroupBy(static spec => spec.CName, System.StringComparer.Ordinal)
        .Where(static group => group.Count() == 1)
        .Select(static group => group.First())
        .OrderBy(static spec => spec.CName, System.StringComparer.Ordinal)
        .Select(static (spec, index) => spec with { BindingIndex = index })
        .ToEquatableArray();

    /// <summary>
    /// Returns the spec to emit, with its figures, or null when the declaration or configuration breaks a hard rule.
    /// The figures are derived here, once per binding; every emitter reads them from the spec.
    /// </summary>
    internal static BindingSpec? BuildSpec(DeclaredBinding declared, TargetConfig target, string assemblyName)
    {
        // A target its ESP-IDF release cannot build (the analyzer says why) gets no code: it could not compile there.
        if (!declared.IsGeneratable || !declared.ArgumentsReadable || !TargetRules.IsUsable(target))
        {
            return null;
        }

        // The figures are derived once and serve the rules and every emitter. Only whether an error exists matters
        // here: no replacement pins are planned (the analyzer offers those as fixes).
        var figures = FiguresCalculator.TryCompute(declared.Config, target);
        return figures is null || BindingRules.HasErrors(declared.Config, target, figures)
            ? null
            : new BindingSpec(Unescaped(declared.Namespace), Unescaped(declared.ClassName), declared.Accessibility, CName.From(declared.ClassName),
                assemblyName, declared.Config, target, figures) { IsSealed = declared.IsSealed };
    }

    /// <summary>Names in the spec are the names themselves; the C# emitter escapes keywords where it writes source.</summary>
    private static string Unescaped(string name) => name.Replace("@", string.Empty);

    private static void EmitWrapper(SourceProductionContext output, BindingSpec spec) =>
        output.AddSource(WrapperEmitter.HintName(spec), SourceText.From(WrapperEmitter.Emit(spec), System.Text.Encoding.UTF8));

    private static EquatableArray<NativeFile> NativeFilesFor(BindingSpec spec) => NativeSourceEmitter.Emit(spec).ToEquatableArray();

    private static string BuildPayload(
        ImmutableArray<PipelineValue<EquatableArray<NativeFile>>> perBinding, EquatableArray<BindingSpec> specs, ChecksumRule checksumRule, EquatableArray<NativeFile> report)
    {
        // The shared buses' own files (i2sgen_bus<N>.h/.c) belong to no single binding, so they are made here; the nanoCLR
        // glue gets the placed specs, whose fingerprints cover their shared bus as the wrappers' do.
        var plan = BindingPlan.For(specs);
        var buses = specs.Count > 0
            ? plan.Buses.SelectMany(bus => SharedBusEmitter.Emit(bus, specs[0].Target))
            : Enumerable.Empty<NativeFile>();
        var files = perBinding.SelectMany(static files => files.Value)
            .Concat(buses)
            .OrderBy(static file => file.FileName, System.StringComparer.Ordinal)
            .ToList();
        if (specs.Count > 0)
        {
            var placed = specs.AsImmutableArray().Select(plan.Place).ToImmutableArray();
            files.Add(ComponentCMakeEmitter.Emit(placed, plan.Buses));
            files.AddRange(NanoClrGlueEmitter.Emit(placed, checksumRule));
            files.AddRange(report);
        }

        return NativePayload.Wrap(files, specs.Count > 0 ? ChipTable.Get(specs[0].Target.Chip).IdfTarget : null);
    }
}
