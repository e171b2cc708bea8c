namespace Evaluate.Core.Models;

/// <summary>Log probability of one generated token, with the top alternatives when requested.</summary>
public sealed record TokenLogprob(string Token, double Logprob, IReadOnlyList<(string Token, double Logprob)> TopAlternatives);
