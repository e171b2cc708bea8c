using Evaluate.Core.Components;

namespace Evaluate.Suites.Catalog;

/// <summary>The <c>game24</c> suite's parameters: which of the paper's 5-shot prompts it poses, and which order of the 1362 puzzles its splits cut.</summary>
public sealed record Game24Options
{
    [Option("the paper's 5-shot prompt: cot (steps) or io (answer only)", Choices = ["cot", "io"])]
    public string Prompt { get; init; } = "cot";

    [Option("puzzle order the splits cut (test = 900-999): enumerated (the project's, the same with or without 24.csv) or file (24.csv's solve-rate ranking, the Tree of Thoughts paper's test split; needs the file)",
        Choices = ["enumerated", "file"])]
    public string Order { get; init; } = "enumerated";
}
