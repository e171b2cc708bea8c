namespace Evaluate.Core.Models;

/// <summary>Counts tokens locally when a server does not report them, and locates token positions inside a response.</summary>
public interface ITokenCounter
{
    /// <summary>Name of the encoding, recorded in results (e.g. "o200k_base", "approx-chars/4").</summary>
    string Name { get; }

    int CountTokens(string text);
}
