using Evaluate.Core.Metrics;

namespace Evaluate.Tests.Metrics;

public sealed class MajorityVoteTests
{
    [Test]
    public void Winner_is_the_most_common_class() =>
        Assert.That(MajorityVote.Winner([3, 1, 1, 3, 1]), Is.EqualTo(1));

    [Test]
    public void Ties_go_to_the_class_seen_first() =>
        Assert.That(MajorityVote.Winner([4, 2, 2, 4]), Is.EqualTo(0));

    [Test]
    public void Samples_without_an_answer_do_not_vote()
    {
        Assert.That(MajorityVote.Winner([-1, -1, 5]), Is.EqualTo(2));
        Assert.That(MajorityVote.Winner([-1, -1]), Is.EqualTo(-1));
    }

    [Test]
    public void Weights_can_outvote_a_larger_class() =>
        Assert.That(MajorityVote.Winner([0, 0, 2], [0.1, 0.1, 0.9]), Is.EqualTo(2));

    [Test]
    public void First_k_uses_only_the_first_k_samples()
    {
        int[] classes = [0, 1, 1, 1];
        bool[] correct = [true, false, false, false];
        Assert.Multiple(() =>
        {
            Assert.That(MajorityVote.FirstK(classes, correct, 1), Is.EqualTo(1.0));
            Assert.That(MajorityVote.FirstK(classes, correct, 2), Is.EqualTo(1.0)); // tie 0 vs 1: first seen wins
            Assert.That(MajorityVote.FirstK(classes, correct, 3), Is.EqualTo(0.0));
            Assert.That(MajorityVote.FirstK(classes, correct, 5), Is.Null);
        });
    }

    [Test]
    public void Expectation_over_subsets_is_exact_for_small_n()
    {
        // classes [0,1,1], correct [T,F,F], k=2: {0,1} tie → 0 (T); {0,2} tie → 0 (T); {1,2} → 1 (F): 2/3.
        Assert.That(MajorityVote.ExpectedOverSubsets([0, 1, 1], [true, false, false], 2, seed: 1), Is.EqualTo(2.0 / 3).Within(1e-12));
        // classes [0,0,2], correct [T,T,F], k=1: 2 of 3 singletons are right.
        Assert.That(MajorityVote.ExpectedOverSubsets([0, 0, 2], [true, true, false], 1, seed: 1), Is.EqualTo(2.0 / 3).Within(1e-12));
    }

    [Test]
    public void Expectation_over_subsets_is_sampled_reproducibly_for_large_n()
    {
        var classes = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? 0 : 1).ToArray();
        var correct = classes.Select(c => c == 0).ToArray();
        var first = MajorityVote.ExpectedOverSubsets(classes, correct, 15, seed: 7);
        var second = MajorityVote.ExpectedOverSubsets(classes, correct, 15, seed: 7);
        Assert.That(first, Is.EqualTo(second));
        Assert.That(first, Is.InRange(0.0, 0.3)); // class 0 holds a third of the votes: it rarely wins a 15-subset
    }

    [Test]
    public void Expectation_is_missing_when_n_is_below_k() =>
        Assert.That(MajorityVote.ExpectedOverSubsets([0, 1], [true, false], 3, seed: 1), Is.Null);
}
