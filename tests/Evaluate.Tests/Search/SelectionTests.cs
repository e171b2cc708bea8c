using Evaluate.Core.Search;

namespace Evaluate.Tests.Search;

public sealed class SelectionTests
{
    private static SearchNode Parent(params (double W, int N, double Prior)[] children)
    {
        var parent = new SearchNode("root") { Visits = children.Sum(c => c.N) };
        foreach (var (w, n, prior) in children)
        {
            var child = parent.AddChild("s", prior);
            child.TotalReward = w;
            child.Visits = n;
        }
        return parent;
    }

    [Test]
    public void Ucb1_picks_the_first_unvisited_child_before_any_visited_one()
    {
        var parent = Parent((9, 10, 1), (0, 0, 1), (0, 0, 1));
        Assert.That(Ucb1.Select(parent.Children, parent.Visits, 1.4), Is.EqualTo(1));
    }

    [Test]
    public void Ucb1_without_exploration_picks_the_best_mean()
    {
        var parent = Parent((1, 4, 1), (3, 4, 1), (2, 2, 1));
        // Means 0.25, 0.75, 1.0.
        Assert.That(Ucb1.Select(parent.Children, parent.Visits, 0), Is.EqualTo(2));
    }

    [Test]
    public void Ucb1_with_large_exploration_prefers_the_least_visited()
    {
        var parent = Parent((9, 10, 1), (0, 1, 1), (4, 5, 1));
        Assert.That(Ucb1.Select(parent.Children, parent.Visits, 10), Is.EqualTo(1));
    }

    [Test]
    public void Ucb1_value_matches_the_formula_and_ties_go_to_the_lowest_index()
    {
        var value = Ucb1.Value(3, 4, 16, 2);
        Assert.That(value, Is.EqualTo(0.75 + 2 * Math.Sqrt(Math.Log(16) / 4)).Within(1e-12));
        var parent = Parent((2, 4, 1), (1, 2, 1), (2, 4, 1));
        Assert.That(Ucb1.Select(parent.Children, parent.Visits, 1), Is.EqualTo(1), "child 1 has the same mean and fewer visits");
        var tied = Parent((2, 4, 1), (2, 4, 1));
        Assert.That(Ucb1.Select(tied.Children, tied.Visits, 1), Is.EqualTo(0));
    }

    [Test]
    public void Puct_lets_priors_decide_among_unvisited_children()
    {
        var parent = Parent((0, 0, 0.2), (0, 0, 0.5), (0, 0, 0.3));
        parent.Visits = 1;
        Assert.That(Puct.Select(parent.Children, parent.Visits, 1), Is.EqualTo(1));
    }

    [Test]
    public void Puct_trades_value_against_prior_as_documented()
    {
        // N = 10, c = 1: child 0: 0.9 + 0.1·√10/6 ≈ 0.953; child 1: 0 + 0.9·√10/1 ≈ 2.846; child 2: 0.5 + 0 = 0.5.
        var parent = Parent((4.5, 5, 0.1), (0, 0, 0.9), (2.5, 5, 0));
        parent.Visits = 10;
        Assert.That(Puct.Value(4.5, 5, 0.1, 10, 1), Is.EqualTo(0.9 + 0.1 * Math.Sqrt(10) / 6).Within(1e-12));
        Assert.That(Puct.Select(parent.Children, parent.Visits, 1), Is.EqualTo(1));
        Assert.That(Puct.Select(parent.Children, parent.Visits, 0), Is.EqualTo(0), "without exploration the best mean wins");
    }

    [Test]
    public void Selection_over_no_children_returns_minus_one()
    {
        Assert.That(Ucb1.Select([], 0, 1), Is.EqualTo(-1));
        Assert.That(Puct.Select([], 0, 1), Is.EqualTo(-1));
    }

    [Test]
    public void Puct_priors_are_the_renormalised_step_probabilities_or_uniform()
    {
        var start = Evaluate.Core.Strategies.StepPath.Start("", "\n");
        var usage = Evaluate.Core.Models.TokenUsage.Zero;
        var withLogprobs = new[] { start.Extend("a", false, usage) with { LastStepLogprob = Math.Log(0.3) },
                                   start.Extend("b", false, usage) with { LastStepLogprob = Math.Log(0.1) } };
        Assert.That(Evaluate.Core.Strategies.MctsStrategy.Priors(withLogprobs), Is.EqualTo(new[] { 0.75, 0.25 }).Within(1e-12));
        var missing = new[] { withLogprobs[0], start.Extend("c", false, usage) };
        Assert.That(Evaluate.Core.Strategies.MctsStrategy.Priors(missing), Is.EqualTo(new[] { 0.5, 0.5 }));
    }
}
