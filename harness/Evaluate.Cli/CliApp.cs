using System.CommandLine;
using Evaluate.Cli.Commands;
using Evaluate.Composition;

namespace Evaluate.Cli;

/// <summary>
/// The `evaluate` command line built over a set of registries: every verb's help and every component list come from
/// them, so a component registered in a test or another program shows up here without further edits.
/// </summary>
public static class CliApp
{
    public static RootCommand Build(Registries registries) => new("evaluate: benchmark and evaluation harness for reasoning language models")
    {
        RunCommand.Create(registries),
        SuitesCommand.Create(registries),
        ComponentListCommand.Create("models", "List model adapters and their parameters", registries.Models),
        ComponentListCommand.Create("strategies", "List strategies and their parameters", registries.Strategies),
        ComponentListCommand.Create("rewards", "List reward models and their parameters", registries.Rewards),
        ServeCommand.Create(registries),
        GradeCommand.Create(registries),
        DatasetsCommand.Create(),
        ReplayCommand.Create(registries),
    };
}
