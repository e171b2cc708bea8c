using Evaluate.Adapters.Simulated;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Cli.Composition;

/// <summary>Builds model adapters from their specs and the connection flags.</summary>
public sealed class ModelFactory(Func<KnownProblems> knownProblems, ITokenCounter tokenCounter)
{
    public static IReadOnlyList<string> Names { get; } = ["sim", "openai"];

    private KnownProblems? _known;

    public IModelAdapter Create(ComponentSpec spec, string? modelName, string? baseUrl) => spec.Name switch
    {
        "sim" => new SimulatedReasoner(SimulatedReasonerOptions.From(spec), _known ??= knownProblems(), tokenCounter),
        "openai" => OpenAiModelFactory.Create(spec, modelName, baseUrl, tokenCounter),
        _ => throw new ArgumentException($"unknown model adapter '{spec.Name}'{DidYouMean.Suggest(spec.Name, Names)}; known: {string.Join(", ", Names)}"),
    };
}
