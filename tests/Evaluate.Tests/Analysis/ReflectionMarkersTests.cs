using NUnit.Framework;
using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

public class ReflectionMarkersTests
{
    [Test]
    public void CountsEachMarkerCaseInsensitivelyOnWholeWords()
    {
        const string text = "Wait, wait. Hmm... Hold on. Alternatively, let me double-check. Let me double check again; "
                            + "DOUBLE-CHECK. Let's pause. Let me verify. Let me check. Awaiting the waiter, hmmm.";
        var counts = ReflectionMarkers.Count(text);
        Assert.That(counts["wait"], Is.EqualTo(2));
        Assert.That(counts["hmm"], Is.EqualTo(2));
        Assert.That(counts["hold_on"], Is.EqualTo(1));
        Assert.That(counts["alternatively"], Is.EqualTo(1));
        Assert.That(counts["double_check"], Is.EqualTo(3));
        Assert.That(counts["lets_pause"], Is.EqualTo(1));
        Assert.That(counts["let_me_verify"], Is.EqualTo(1));
        Assert.That(counts["let_me_check"], Is.EqualTo(1));
    }

    [Test]
    public void EveryMarkerIsReportedEvenWhenAbsent()
    {
        var counts = ReflectionMarkers.Count("2 + 3 = 5");
        Assert.That(counts.Keys, Is.EqualTo(ReflectionMarkers.Names));
        Assert.That(counts.Values, Is.All.Zero);
    }
}
