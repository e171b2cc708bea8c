namespace Evaluate.Adapters.OpenAI;

/// <summary>Counts HTTP calls of one generation, including retries and refused attempts, for <c>GenerationResult.Calls</c>.</summary>
internal sealed class CallTally
{
    public int Calls { get; private set; }

    public void Add() => Calls++;
}
