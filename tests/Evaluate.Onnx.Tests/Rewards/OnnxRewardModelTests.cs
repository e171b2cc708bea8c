using Evaluate.Onnx.Tests.Fixtures;
using static Evaluate.Onnx.TestModels.ScorerModel;

namespace Evaluate.Onnx.Tests.Rewards;

public sealed class OnnxRewardModelTests
{
    private ScorerFolders _folders = null!;

    [OneTimeSetUp] public void Write() => _folders = new ScorerFolders();
    [OneTimeTearDown] public void Delete() => _folders.Dispose();

    [TestCase("Answer: 24", 2)]
    [TestCase("Answer: 23", -1)]
    [TestCase("The answer is 24, not 23", 1)]
    [TestCase("No idea.", 0)]
    public async Task An_outcome_score_is_the_sigmoid_of_the_scorers_known_sum(string solution, double logit)
    {
        using var reward = Specs.Reward(_folders.Outcome);
        Assert.That(await reward.ScoreSolutionAsync(NumberSuite.Problem, solution, CancellationToken.None), Is.EqualTo(Sigmoid(logit)).Within(1e-6));
    }

    [Test]
    public async Task Solutions_of_different_lengths_score_the_same_in_one_padded_batch([Values(8, 2)] int batchSize)
    {
        using var reward = Specs.Reward(_folders.Outcome, ("batch_size", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        string[] solutions = ["Answer: 24", "A much longer solution that ends with Answer: 23", "x", "24 24 24 24"];
        var batched = await reward.ScoreSolutionsAsync(NumberSuite.Problem, solutions, CancellationToken.None);
        // The pad id is " 24": a mask that leaked would raise every short solution's score.
        Assert.That(batched, Is.EqualTo(new[] { Sigmoid(2), Sigmoid(-1), Sigmoid(0), Sigmoid(6) }).Within(1e-6));
    }

    [Test]
    public async Task A_process_reward_scores_each_step_at_its_step_token()
    {
        using var reward = Specs.Reward(_folders.Process, ("kind", "prm"), ("step_token", TestTokenizer.StepToken));
        var scores = await reward.ScoreStepsAsync(NumberSuite.Problem, ["First 24.", "Next 23.", "Done."], CancellationToken.None);
        Assert.That(scores, Is.EqualTo(new[] { Sigmoid(2), Sigmoid(1), Sigmoid(1) }).Within(1e-6), "running sums 2, 2-1, 1");
        Assert.That(reward.Descriptor.Parameters["kind"], Is.EqualTo("prm"));
    }

    [Test]
    public async Task An_outcome_reward_scores_each_step_prefix()
    {
        using var reward = Specs.Reward(_folders.Outcome);
        var scores = await reward.ScoreStepsAsync(NumberSuite.Problem, ["First 24.", "Next 23.", "Done."], CancellationToken.None);
        Assert.That(scores, Is.EqualTo(new[] { Sigmoid(2), Sigmoid(1), Sigmoid(1) }).Within(1e-6));
    }

    [Test]
    public void A_process_reward_needs_a_step_token_that_is_one_token()
    {
        Assert.That(() => Specs.Reward(_folders.Process, ("kind", "prm")), Throws.TypeOf<FormatException>().With.Message.Contains("step_token"));
        Assert.That(() => Specs.Reward(_folders.Process, ("kind", "prm"), ("step_token", "<no such token>")),
            Throws.ArgumentException.With.Message.Contains("tokenizer.json"));
    }

    [Test]
    public void A_text_longer_than_the_context_is_refused_naming_config_json()
    {
        using var reward = Specs.Reward(_folders.Outcome);
        var tooLong = string.Concat(Enumerable.Repeat(" 24", ContextLength));
        Assert.That(() => reward.ScoreSolutionAsync(NumberSuite.Problem, tooLong, CancellationToken.None),
            Throws.ArgumentException.With.Message.Contains("config.json"));
    }

    [Test]
    public void A_process_reward_on_a_per_sequence_head_names_the_graph() =>
        Assert.That(() => Specs.Reward(_folders.Outcome, ("kind", "prm"), ("step_token", TestTokenizer.StepToken)),
            Throws.TypeOf<FormatException>().With.Message.Contains("model.onnx"));
}
