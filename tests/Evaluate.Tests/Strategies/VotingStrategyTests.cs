using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class VotingStrategyTests
{
    /// <summary>Sample i (seed 100 + i) answers letters[i].</summary>
    private static ScriptedModel Letters(string letters) =>
        new((_, seed) => seed - 100 < letters.Length && letters[(int)(seed - 100)] != '-' ? $"Work.\nAnswer: {letters[(int)(seed - 100)]}" : "no idea");

    private static SolveContext Context(ScriptedModel model, Evaluate.Core.Rewards.IRewardModel? reward = null, ComputeBudget? budget = null) =>
        new(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), reward, budget ?? ComputeBudget.Unlimited, 100, 256);

    [Test]
    public async Task Majority_selects_the_first_sample_of_the_largest_class()
    {
        var outcome = await new MajorityStrategy(6, 0.8).SolveAsync(Context(Letters("BAbCaA")), CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(6));
        Assert.That(outcome.SelectedIndex, Is.EqualTo(1), "A/a/A form one class of three");
    }

    [Test]
    public async Task Majority_ties_go_to_the_class_that_appeared_first_and_no_answers_do_not_vote()
    {
        var outcome = await new MajorityStrategy(5, 0.8).SolveAsync(Context(Letters("-BAAB")), CancellationToken.None);
        Assert.That(outcome.SelectedIndex, Is.EqualTo(1));
    }

    [Test]
    public async Task Early_stop_stops_once_the_leader_cannot_be_overtaken()
    {
        var model = Letters("AAAAAAAAAAAAAAAA");
        var outcome = await new EarlyStopMajorityStrategy(16, 0.8, 4, null).SolveAsync(Context(model), CancellationToken.None);
        // After 8: 8 > 0 + 8 is false; after 12: 12 > 0 + 4 holds.
        Assert.That(outcome.Candidates, Has.Count.EqualTo(12));
        Assert.That(model.Requests.Select(r => r.Seed), Is.EqualTo(new long[] { 100, 104, 108 }));
        Assert.That(outcome.SelectedIndex, Is.EqualTo(0));
    }

    [Test]
    public async Task Early_stop_draws_all_n_when_the_vote_stays_open()
    {
        var outcome = await new EarlyStopMajorityStrategy(8, 0.8, 4, null).SolveAsync(Context(Letters("ABABABAB")), CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(8));
    }

    [Test]
    public async Task Early_stop_with_a_confidence_rule_stops_after_a_confident_batch()
    {
        var outcome = await new EarlyStopMajorityStrategy(16, 0.8, 4, 0.75).SolveAsync(Context(Letters("AABAAAAA")), CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Best_of_n_picks_the_top_score_with_ties_to_the_lowest_index()
    {
        var reward = new TableReward(text => text.EndsWith('C') || text.EndsWith('B') ? 0.9 : 0.2);
        var outcome = await new BestOfNStrategy(4, 0.8).SolveAsync(Context(Letters("ACAB"), reward), CancellationToken.None);
        Assert.That(outcome.SelectedIndex, Is.EqualTo(1));
        Assert.That(outcome.Candidates.Select(c => c.Score), Is.EqualTo(new double?[] { 0.2, 0.9, 0.2, 0.9 }));
    }

    [Test]
    public async Task Weighted_majority_lets_high_scores_outvote_a_larger_class()
    {
        var reward = new TableReward(text => text.EndsWith('B') ? 0.9 : 0.1);
        var context = Context(Letters("AABA"), reward);
        var weighted = await new WeightedMajorityStrategy(4, 0.8).SolveAsync(context, CancellationToken.None);
        var plain = await new MajorityStrategy(4, 0.8).SolveAsync(Context(Letters("AABA")), CancellationToken.None);
        Assert.That(weighted.SelectedIndex, Is.EqualTo(2), "B: 0.9 against A: 3 × 0.1");
        Assert.That(plain.SelectedIndex, Is.EqualTo(0));
        Assert.That(((MeteredModel)context.Model).Spent.RewardCalls, Is.EqualTo(4));
    }

    [Test]
    public void Reward_ranking_strategies_refuse_to_run_without_a_reward_model()
    {
        Assert.That(() => new BestOfNStrategy(2, 0.8).SolveAsync(Context(Letters("AB")), CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("reward"));
    }

    [Test]
    public async Task Adaptive_keeps_the_fast_answer_when_the_first_samples_agree_and_records_the_saving()
    {
        var model = Letters("AAABBBBB");
        var outcome = await new AdaptiveStrategy(3, 8, 1.0, 0.8, null).SolveAsync(Context(model), CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(3));
        Assert.That(outcome.Notes!["escalated"], Is.EqualTo("false"));
        Assert.That(outcome.Notes["saved_samples"], Is.EqualTo("5"));
        Assert.That(model.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Adaptive_escalates_to_n_samples_when_the_first_ones_disagree()
    {
        var model = Letters("ABABBBBB");
        var outcome = await new AdaptiveStrategy(3, 8, 1.0, 0.8, null).SolveAsync(Context(model), CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(8));
        Assert.That(outcome.Notes!["escalated"], Is.EqualTo("true"));
        Assert.That(outcome.Candidates[outcome.SelectedIndex!.Value].Completion.Text, Does.EndWith("B"));
        Assert.That(model.Requests.Select(r => r.Seed), Is.EqualTo(new long[] { 100, 103 }), "escalation reuses the first samples");
    }
}
