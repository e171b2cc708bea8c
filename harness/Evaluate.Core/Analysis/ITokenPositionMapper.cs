namespace Evaluate.Core.Analysis;

/// <summary>
/// Encodes a text once and answers prefix token counts. A separate interface rather than a new member of
/// <see cref="Models.ITokenCounter"/>, so that existing counters keep compiling and Core needs no tokenizer package.
/// </summary>
public interface ITokenPositionMapper
{
    /// <summary>Name of the encoding, recorded with the measures (same meaning as <see cref="Models.ITokenCounter.Name"/>).</summary>
    string Name { get; }

    ITokenPositions Map(string text);
}
