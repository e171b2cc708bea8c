using Evaluate.Cli;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// A bug (an exception no failure model expects) is not an exit 134 with a stack trace on stderr: exit 70, one line
/// asking for a report, and the full trace in a file that line names.
/// </summary>
public sealed class InternalErrorExitTests
{
    private sealed class BuggyModel : IModelAdapter
    {
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("buggy", "throws like a bug");
        public bool SupportsContinuation => false;

        public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a bug planted by the test");
    }

    [Test]
    public async Task An_unexpected_exception_exits_70_with_one_line_and_the_trace_in_a_file()
    {
        var registries = Evaluate.Composition.Registries.CreateDefault();
        registries.Models.Register(new("buggy", "throws like a bug", [], (_, _) => new BuggyModel()));
        var (code, _, error) = await InProcessCli.RunAsync(registries, "run", "--model", "buggy", "--suite", "probes", "--limit", "1", "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(ExitCodes.InternalError));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("a bug in evaluate").And.Contain("Please report it").And.Contain("a bug planted by the test"));
        Assert.That(error, Does.Not.Contain("   at "));
        var trace = System.Text.RegularExpressions.Regex.Match(error, @"trace written to (\S+\.txt)").Groups[1].Value;
        Assert.That(File.Exists(trace), Is.True, error);
        Assert.That(File.ReadAllText(trace), Does.Contain("InvalidOperationException").And.Contain("   at ").And.Contain("verb: run"));
        File.Delete(trace);
    }
}
