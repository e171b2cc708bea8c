namespace Evaluate.Reports.Html;

/// <summary>One row of the headline table: a cell of a run, its figures already formatted for people.</summary>
public sealed record HeadlineRow(
    string Run,
    string Model,
    string Suite,
    string Strategy,
    bool Simulated,
    string Problems,
    string Accuracy,
    string PassAtK,
    string MajAtK,
    string RewardAtK,
    string CompletionTokens,
    string CallsPerProblem,
    string Errors);
