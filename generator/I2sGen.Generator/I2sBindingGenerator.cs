using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using I2sGen.Generator.Emit;
using I2sGen.Generator.Emit.CSharp;
using I2sGen.Generator.Hardware;
using I2sGen.Generator.Model;
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
        var attributeTarget = context.CompilationProvider
            .Select(static (compilation, _) => TargetResolver.ReadAttribute(compilation.Assembly));
        var propertyTarget = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => TargetResolver.ReadProperties(options.GlobalOptions));
        var target = attributeTarget.Combine(propertyTarget)
            .Select(static (pair, _) => TargetResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Target);
        var assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? "I2sGenBindings");

        var specs = Bindings(context, AttributeNames.I2s, target, assemblyName).Collect()
            .Combine(Bindings(context, AttributeNames.Microphone, target, assemblyName).Collect())
            .Combine(Bindings(context, AttributeNames.Speaker, target, assemblyName).Collect())
            .Select(static (all, _) => all.Left.Left.AddRange(all.Left.Right).AddRange(all.Right)
                .OrderBy(static spec => spec.CName, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Component);

        context.RegisterSourceOutput(specs.SelectMany(static (all, _) => all.AsImmutableArray()), static (output, spec) => Emit(output, spec));
        context.RegisterSourceOutput(specs, static (output, all) =>
        {
            if (all.Count > 0)
            {
                var component = ComponentCMakeEmitter.Emit(all.AsImmutableArray());
                output.AddSource("I2sGen.Component" + NativePayload.HintSuffix, NativePayload.Wrap(new[] { component }));
                output.AddSource(SimulatorEmitter.HintName, SimulatorEmitter.Emit(all[0].HostLibraryName));
            }
        });
    }

    private static IncrementalValuesProvider<BindingSpec> Bindings(
        IncrementalGeneratorInitializationContext context,
        string attributeName,
        IncrementalValueProvider<TargetConfig> target,
        IncrementalValueProvider<string> assemblyName) =>
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
            .Combine(target)
            .Combine(assemblyName)
            .Select(static (input, _) => BuildSpec(input.Left.Left, input.Left.Right, input.Right))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

    /// <summary>Returns the spec to emit, or null when the declaration or configuration breaks a hard rule.</summary>
    internal static BindingSpec? BuildSpec(DeclaredBinding declared, TargetConfig target, string assemblyName)
    {
        if (!declared.IsGeneratable || !declared.ArgumentsReadable || BindingRules.HasErrors(BindingRules.Check(declared.Config, target)))
        {
            return null;
        }

        return new BindingSpec(declared.Namespace, declared.ClassName, declared.Accessibility, CName.From(declared.ClassName),
            assemblyName, declared.Config, target);
    }

    private static void Emit(SourceProductionContext output, BindingSpec spec)
    {
        var figures = FiguresCalculator.TryCompute(spec.Config, spec.Target);
        if (figures is null)
        {
            return;
        }

        var hint = spec.FullName;
        output.AddSource(CSharpWrapperEmitter.HintName(spec), SourceText.From(CSharpWrapperEmitter.Emit(spec, figures), System.Text.Encoding.UTF8));
        output.AddSource(hint + NativePayload.HintSuffix, NativePayload.Wrap(NativeSourceEmitter.Emit(spec, figures)));
    }
}
