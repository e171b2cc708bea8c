using System.CommandLine;
using Evaluate.Core.Components;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate models`, `strategies`, `rewards`: a registry's components with their parameters, generated from it.</summary>
public static class ComponentListCommand
{
    public static Command Create<T>(string name, string description, ComponentRegistry<T> registry)
    {
        var command = new Command(name, description);
        command.SetAction(parse =>
        {
            registry.Describe(parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        });
        return command;
    }
}
