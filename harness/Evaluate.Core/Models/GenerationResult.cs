namespace Evaluate.Core.Models;

/// <summary>The completions of one request, in sample order, and how many HTTP/model calls they took.</summary>
public sealed record GenerationResult(IReadOnlyList<Completion> Completions, int Calls = 1);
