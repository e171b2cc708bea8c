using Evaluate.Core.Components;

namespace Evaluate.Suites.Catalog;

/// <summary>The <c>game24</c> suite's parameter: which of the paper's 5-shot prompts it poses.</summary>
public sealed record Game24Options
{
    [Option("the paper's 5-shot prompt: cot (steps) or io (answer only)", Choices = ["cot", "io"])]
    public string Prompt { get; init; } = "cot";
}
