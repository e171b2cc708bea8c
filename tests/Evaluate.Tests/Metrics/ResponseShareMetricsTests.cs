using System.Text.Json;
using Evaluate.Core.Analysis;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Tests.Metrics;

/// <summary>empty_answer_share, unclosed_think_share, accuracy_untruncated and the length distribution on hand-made records.</summary>
public sealed class ResponseShareMetricsTests
{
    [TestCase("<think>let me see, 3 + 4 is", null, true)]
    [TestCase("<think>3 + 4 = 7</think> The answer is 7.", null, false)]
    [TestCase("<think>a</think> then <think>b", null, true)]            // the last thought never closed
    [TestCase("3 + 4 = 7</think> The answer is 7.", null, false)]        // opening tag in the prompt, closed here
    [TestCase("", "let me see, 3 + 4 is", true)]                          // the adapter moved an unclosed think into reasoning
    [TestCase("The answer is 7.", "3 + 4 = 7", false)]
    [TestCase("", null, false)]                                          // empty, but no thinking began
    [TestCase("The answer is 7.", null, false)]
    public void An_unclosed_think_is_seen_in_either_form_a_sample_records(string response, string? reasoning, bool unclosed) =>
        Assert.That(UnclosedThink.Of(response, reasoning), Is.EqualTo(unclosed));

    [Test]
    public void Shares_count_samples_without_an_answer_and_with_an_unclosed_think()
    {
        // 8 samples: 3 without an extracted answer (2 of them with an unclosed think), 2 truncated.
        SampleRecord[] samples =
        [
            Records.Sample("a", 0, true), Records.Sample("a", 1, false, extracted: null, unclosedThink: true, truncated: true),
            Records.Sample("a", 2, false, extracted: null), Records.Sample("a", 3, true),
            Records.Sample("b", 0, true), Records.Sample("b", 1, false, extracted: null, unclosedThink: true, truncated: true),
            Records.Sample("b", 2, true), Records.Sample("b", 3, true),
        ];
        var metrics = CellMetrics.Compute([Records.Problem("a", 0.5), Records.Problem("b", 0.75)], samples);
        Assert.Multiple(() =>
        {
            Assert.That(metrics["empty_answer_share"], Is.EqualTo(3 / 8.0));
            Assert.That(metrics["no_answer_share"], Is.EqualTo(metrics["empty_answer_share"]), "the same fact under its former name");
            Assert.That(metrics["unclosed_think_share"], Is.EqualTo(2 / 8.0));
            Assert.That(metrics["truncated_share"], Is.EqualTo(2 / 8.0));
            // a: 2 of the 3 untruncated right; b: 3 of 3.
            Assert.That((double)metrics["accuracy_untruncated"]!, Is.EqualTo((2 / 3.0 + 1) / 2).Within(1e-12));
        });
        var keys = metrics.Keys.ToList();
        Assert.That(keys.IndexOf("empty_answer_share"), Is.EqualTo(keys.IndexOf("truncated_share") + 1));
        Assert.That(keys.IndexOf("unclosed_think_share"), Is.EqualTo(keys.IndexOf("truncated_share") + 2));
    }

    [Test]
    public void Untruncated_accuracy_scores_a_selected_answer_only_when_it_was_not_cut()
    {
        // a: selected sample 0 was truncated: left out. b: selected sample 1, untruncated and right. c: no selection, 1 of 2 kept.
        SampleRecord[] samples =
        [
            Records.Sample("a", 0, false, truncated: true), Records.Sample("a", 1, true),
            Records.Sample("b", 0, false, truncated: true), Records.Sample("b", 1, true),
            Records.Sample("c", 0, true, truncated: true), Records.Sample("c", 1, false),
        ];
        var metrics = CellMetrics.Compute([Records.Problem("a", 0, selected: 0, samples: 2), Records.Problem("b", 1, selected: 1, samples: 2),
            Records.Problem("c", 0.5, samples: 2)], samples);
        Assert.That((double)metrics["accuracy_untruncated"]!, Is.EqualTo(0.5).Within(1e-12));   // (1 + 0) / 2
        var allCut = CellMetrics.Compute([Records.Problem("a", 0, selected: 0, samples: 2)], samples[..2]);
        Assert.That(allCut["accuracy_untruncated"], Is.Null);
    }

    [Test]
    public void The_length_distribution_has_median_p90_and_max_and_readers_show_them_as_one_group()
    {
        // Completion tokens 10, 20, …, 100: median 55, p90 (type 7) 91, max 100; reasoning tokens all 0.
        var samples = Enumerable.Range(0, 10).Select(i => Records.Sample("a", i, true, completionTokens: 10 * (i + 1))).ToList();
        var metrics = CellMetrics.Compute([Records.Problem("a", 1, samples: 10)], samples);
        Assert.Multiple(() =>
        {
            Assert.That(metrics["median_completion_tokens"], Is.EqualTo(55.0));
            Assert.That((double)metrics["p90_completion_tokens"]!, Is.EqualTo(91.0).Within(1e-9));
            Assert.That(metrics["max_completion_tokens"], Is.EqualTo(100.0));
            Assert.That(metrics["max_reasoning_tokens"], Is.EqualTo(0.0));
        });
        var table = Evaluate.Core.Metrics.Table.ResultTable.For(MetricCatalog.Default, MetricReaders.Headline, [metrics]);
        var headers = table.Headers.ToList();
        Assert.That(headers, Does.Contain("completion tokens median / p90 / max"));
        Assert.That(headers, Does.Not.Contain("reasoning tokens median / p90 / max"), "no reasoning tokens: no column of zeros");
        Assert.That(table.Row(metrics)[headers.IndexOf("completion tokens median / p90 / max")], Is.EqualTo("55 / 91 / 100"));
    }

    [Test]
    public void A_sample_line_keeps_its_bytes_without_an_unclosed_think_and_older_lines_read_as_closed()
    {
        var closed = JsonSerializer.Serialize(Records.Sample("a", 0, true));
        Assert.That(closed, Does.Not.Contain("unclosed_think"));
        Assert.That(JsonSerializer.Serialize(Records.Sample("a", 0, true, unclosedThink: true)), Does.Contain("\"unclosed_think\":true"));
        var old = JsonSerializer.Deserialize<SampleFactsLine>(closed)!;
        Assert.That(old.UnclosedThink, Is.False);
        var open = JsonSerializer.Deserialize<SampleFactsLine>(JsonSerializer.Serialize(Records.Sample("a", 0, true, unclosedThink: true)))!;
        Assert.That(open.UnclosedThink, Is.True);
    }
}
