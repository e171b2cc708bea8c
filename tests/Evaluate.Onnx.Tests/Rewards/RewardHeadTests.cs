using System.Globalization;
using Evaluate.Onnx.Tests.Fixtures;
using static Evaluate.Onnx.TestModels.RewardHeadModel;
using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.Tests.Rewards;

/// <summary>
/// Each exported reward head read at the right position, label and row, in float, float16 and bfloat16. The graphs
/// (<see cref="RewardHeadModel"/>) give a different score at every position of these texts, so a reading one token
/// off, at a pad, on the wrong label or over the whole vocabulary fails.
/// </summary>
public sealed class RewardHeadTests
{
    private static readonly DataType[] LogitTypes = [DataType.Float, DataType.Float16, DataType.Bfloat16];

    /// <summary>Each step opens with a weighted token, so the position after a step tag scores differently from the tag's own.</summary>
    private static readonly string[] Steps = [" 24 first.", " 23 next.", " 24."];

    /// <summary>v at each step tag: 2 + 0.5; then -1 + 0.5; then 2 + 0.5. The position before reads 2, 1.5, 4; the one after 1.5, 4.5, (pad).</summary>
    private static readonly double[] ValuesAtTags = [2.5, 2.0, 4.5];

    private RewardHeadFolders _folders = null!;

    [OneTimeSetUp] public void Create() => _folders = new RewardHeadFolders();
    [OneTimeTearDown] public void Delete() => _folders.Dispose();

    private static (string, string)[] LanguageModelPrm(params (string, string)[] more) =>
        [("kind", "prm"), ("head", "lm"), ("step_tag", StepTag), ("good", Good), ("bad", Bad), .. more];

    [TestCaseSource(nameof(LogitTypes))]
    public async Task A_token_head_prm_scores_each_step_at_its_step_token(DataType type)
    {
        using var reward = Specs.Reward(_folders.Of(new(RewardHeadLayout.Token, 2, type)), ("kind", "prm"), ("step_token", StepTag));
        var scores = await reward.ScoreStepsAsync(NumberSuite.Problem, Steps, CancellationToken.None);
        Assert.That(scores, Is.EqualTo(ValuesAtTags.Select(v => Sigmoid(2 * v))).Within(1e-6), "label 1 of (-v, v) at each <step>");
    }

    [Test]
    public async Task A_token_head_reads_the_label_asked_for()
    {
        using var reward = Specs.Reward(_folders.Of(new(RewardHeadLayout.Token)), ("kind", "prm"), ("step_token", StepTag), ("label", "0"));
        var scores = await reward.ScoreStepsAsync(NumberSuite.Problem, Steps, CancellationToken.None);
        Assert.That(scores, Is.EqualTo(ValuesAtTags.Select(v => Sigmoid(-2 * v))).Within(1e-6));
    }

    [TestCaseSource(nameof(LogitTypes))]
    public async Task An_lm_head_prm_scores_each_step_from_the_good_and_bad_logits_at_the_step_tag(DataType type)
    {
        using var reward = Specs.Reward(_folders.Of(new(RewardHeadLayout.LanguageModel, 2, type)), LanguageModelPrm());
        var scores = await reward.ScoreStepsAsync(NumberSuite.Problem, Steps, CancellationToken.None);
        // exp(v) / (exp(v) + exp(-v)) = sigmoid(2v); a softmax over the whole vocabulary (other logits 4) would be far lower.
        Assert.That(scores, Is.EqualTo(ValuesAtTags.Select(v => Sigmoid(2 * v))).Within(1e-6));
        Assert.That(reward.Descriptor.Parameters["head"], Is.EqualTo("lm"));
    }

    [Test]
    public async Task An_lm_head_prm_scores_solutions_of_different_lengths_in_one_padded_batch([Values(8, 2)] int batchSize)
    {
        using var reward = Specs.Reward(_folders.Of(new(RewardHeadLayout.LanguageModel)),
            LanguageModelPrm(("batch_size", batchSize.ToString(CultureInfo.InvariantCulture))));
        string[] solutions = [" 24.", " 23 and 23 again, a longer one", " 24 24"];
        var scores = await reward.ScoreSolutionsAsync(NumberSuite.Problem, solutions, CancellationToken.None);
        // Each solution is one step: v at its tag is 2.5, -1.5, 4.5. The pads (" 24") after the short ones would add 2 each.
        Assert.That(scores, Is.EqualTo(new[] { 2.5, -1.5, 4.5 }.Select(v => Sigmoid(2 * v))).Within(1e-6));
    }

    [Test]
    public async Task A_token_head_orm_reads_each_rows_last_real_token_in_a_right_padded_batch([Values(8, 2)] int batchSize)
    {
        using var reward = Specs.Reward(_folders.Of(new(RewardHeadLayout.Token, 1)), ("batch_size", batchSize.ToString(CultureInfo.InvariantCulture)));
        string[] solutions = ["Answer: 24", "A much longer solution that ends with Answer: 23", "x", "24 24 24 24"];
        var scores = await reward.ScoreSolutionsAsync(NumberSuite.Problem, solutions, CancellationToken.None);
        // v at each row's last token; a reading at the batch's last position adds 2 per pad, one before drops the last weight.
        Assert.That(scores, Is.EqualTo(new double[] { 2, -1, 0, 6 }.Select(Sigmoid)).Within(1e-6));
    }

    [TestCaseSource(nameof(LogitTypes))]
    public async Task A_sequence_classification_head_reads_the_label_asked_for(DataType type)
    {
        var folder = _folders.Of(new(RewardHeadLayout.Sequence, 2, type));
        string[] solutions = ["Answer: 24", "A much longer solution that ends with Answer: 23", "24 24 24 24"];
        using var good = Specs.Reward(folder);
        using var bad = Specs.Reward(folder, ("label", "0"));
        Assert.That(await good.ScoreSolutionsAsync(NumberSuite.Problem, solutions, CancellationToken.None),
            Is.EqualTo(new double[] { 2, -1, 6 }.Select(s => Sigmoid(2 * s))).Within(1e-6));
        Assert.That(await bad.ScoreSolutionsAsync(NumberSuite.Problem, solutions, CancellationToken.None),
            Is.EqualTo(new double[] { 2, -1, 6 }.Select(s => Sigmoid(-2 * s))).Within(1e-6));
    }

    [Test]
    public void Step_tag_is_step_tokens_other_name_and_both_must_agree()
    {
        var folder = _folders.Of(new(RewardHeadLayout.Token));
        using (var reward = Specs.Reward(folder, ("kind", "prm"), ("step_tag", StepTag)))
            Assert.That(reward.Descriptor.Parameters["step_token"], Is.EqualTo(StepTag));
        Assert.That(() => Specs.Reward(folder, ("kind", "prm"), ("step_tag", StepTag), ("step_token", "<|im_end|>")),
            Throws.TypeOf<FormatException>().With.Message.Contains("step_tag").And.Message.Contains("step_token"));
    }

    [Test]
    public void An_lm_head_needs_a_process_reward_and_both_label_tokens()
    {
        var folder = _folders.Of(new(RewardHeadLayout.LanguageModel));
        Assert.That(() => Specs.Reward(folder, ("head", "lm"), ("good", Good), ("bad", Bad)),
            Throws.TypeOf<FormatException>().With.Message.Contains("kind=prm"));
        Assert.That(() => Specs.Reward(folder, ("kind", "prm"), ("head", "lm"), ("step_tag", StepTag), ("good", Good)),
            Throws.TypeOf<FormatException>().With.Message.Contains("bad="));
        Assert.That(() => Specs.Reward(folder, ("kind", "prm"), ("head", "lm"), ("step_tag", StepTag), ("bad", Bad)),
            Throws.TypeOf<FormatException>().With.Message.Contains("good="));
        Assert.That(() => Specs.Reward(folder, ("kind", "prm"), ("head", "softmax")),
            Throws.TypeOf<FormatException>().With.Message.Contains("head"));
        Assert.That(() => Specs.Reward(_folders.Of(new(RewardHeadLayout.Token)), ("kind", "prm"), ("step_tag", StepTag), ("good", Good)),
            Throws.TypeOf<FormatException>().With.Message.Contains("head=lm"));
    }

    [TestCase("good", "ки")]
    [TestCase("bad", "+-")]
    [TestCase("step_tag", "ки")]
    public void A_label_or_step_tag_that_is_not_one_token_is_refused_naming_the_file_and_parameter(string parameter, string value)
    {
        var spec = LanguageModelPrm().Select(p => p.Item1 == parameter ? (p.Item1, value) : p).ToArray();
        Assert.That(() => Specs.Reward(_folders.Of(new(RewardHeadLayout.LanguageModel)), spec),
            Throws.ArgumentException.With.Message.Contains("tokenizer.json").And.Message.Contains($"{parameter} '{value}'"));
    }

    [Test]
    public void An_lm_head_on_a_classifier_graph_and_a_classifier_on_an_lm_graph_are_refused_naming_the_graph()
    {
        Assert.That(() => Specs.Reward(_folders.Of(new(RewardHeadLayout.Token)), LanguageModelPrm()),
            Throws.Exception.With.Message.Contains("model.onnx").And.Message.Contains("vocabulary"));
        Assert.That(() => Specs.Reward(_folders.Of(new(RewardHeadLayout.LanguageModel)), ("kind", "prm"), ("step_tag", StepTag)),
            Throws.Exception.With.Message.Contains("model.onnx").And.Message.Contains("head=lm"));
    }

    [Test]
    public void A_language_model_exported_with_its_cache_is_refused_naming_the_export_task()
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path, new BigramVariant(KeyValueCache: true));
        Assert.That(() => Specs.Reward(folder.Path, LanguageModelPrm()),
            Throws.ArgumentException.With.Message.Contains("past_key_values.0").And.Message.Contains("--task text-generation"));
    }

    [Test]
    public async Task A_label_token_may_be_named_by_its_vocabulary_entry()
    {
        // "Ġ24" is " 24" as the byte-level vocabulary writes it (a spec trims a leading space): its logit is the constant 4.
        using var reward = Specs.Reward(_folders.Of(new(RewardHeadLayout.LanguageModel)),
            ("kind", "prm"), ("head", "lm"), ("step_tag", StepTag), ("good", "Ġ24"), ("bad", Bad));
        var scores = await reward.ScoreStepsAsync(NumberSuite.Problem, Steps, CancellationToken.None);
        Assert.That(scores, Is.EqualTo(ValuesAtTags.Select(v => Sigmoid(4 + v))).Within(1e-6), "exp(4) / (exp(4) + exp(-v))");
    }
}
