using Evaluate.Core.Search;

namespace Evaluate.Tests.Search;

public sealed class BackpropagationTests
{
    [Test]
    public void A_reward_updates_every_node_on_the_path_and_nothing_else()
    {
        var root = new SearchNode("");
        var a = root.AddChild("a");
        var sibling = root.AddChild("b");
        var a1 = a.AddChild("a1");
        var a2 = a1.AddChild("a2");

        Backpropagation.Apply(a2, 0.75);
        Backpropagation.Apply(a1, 0.25);

        Assert.That((a2.Visits, a2.TotalReward), Is.EqualTo((1, 0.75)));
        Assert.That((a1.Visits, a1.TotalReward), Is.EqualTo((2, 1.0)));
        Assert.That((a.Visits, a.TotalReward), Is.EqualTo((2, 1.0)));
        Assert.That((root.Visits, root.TotalReward), Is.EqualTo((2, 1.0)));
        Assert.That((sibling.Visits, sibling.TotalReward), Is.EqualTo((0, 0.0)));
        Assert.That(a1.MeanReward, Is.EqualTo(0.5));
    }

    [Test]
    public void Paths_and_depths_follow_the_tree()
    {
        var root = new SearchNode("preamble");
        var leaf = root.AddChild("x").AddChild("y").AddChild("z");
        Assert.That(leaf.Depth, Is.EqualTo(3));
        Assert.That(leaf.Path(), Is.EqualTo(new[] { "x", "y", "z" }));
    }
}
