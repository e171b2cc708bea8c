using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// Budget forcing on a model that cannot continue a thought is refused before anything runs: the real CLI exits 2 with
/// one line naming the strategy and the reason (the chat endpoint), and writes nothing. No server is needed: the
/// refusal comes before the first call.
/// </summary>
[Category(TestCategories.Process)]
public sealed class BudgetForcingRefusalTests
{
    [Test]
    public async Task A_chat_only_endpoint_is_refused_with_exit_2_naming_the_reason()
    {
        var work = TestRuns.NewDirectory();
        var output = Path.Combine(work, "out");
        var (code, _, error) = await CliProcess.RunAsync(work, "run", "--model", "openai:endpoint=chat", "--base-url", "http://127.0.0.1:9/v1",
            "--model-name", "m", "--suite", "game24", "--limit", "2", "--strategy", "budget-forcing:max_thinking=512", "--out", output);

        Assert.That(code, Is.EqualTo(2), error);
        FailureAssert.Expected(code, error, "budget-forcing", work);
        Assert.That(error, Does.Contain("chat endpoint").And.Contain("openai:endpoint=completions"));
        Assert.That(Directory.Exists(output), Is.False, "a refused run writes nothing");
    }
}
