namespace Evaluate.Core.Suites;

/// <summary>
/// A suite whose problems come from files in the data directory: it names them, so whether its data is present is
/// checked the same way for every suite (a suite that generates or embeds its problems does not implement this).
/// </summary>
public interface IRequiresData
{
    /// <summary>Files or folders below the data directory, e.g. <c>gsm8k/test.jsonl</c>, <c>math/test</c>.</summary>
    IReadOnlyList<string> RequiredData { get; }
}
