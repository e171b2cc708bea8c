using Evaluate.Adapters.Onnx.Rewards;
using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Rewards;

/// <summary>Where a process reward's step tags go and where they are read: each scored position holds the tag, in the layout of the head.</summary>
public sealed class RewardPromptTests
{
    private TempFolder _folder = null!;
    private TextTokenizer _tokenizer = null!;
    private int _tag;

    [OneTimeSetUp]
    public void Load()
    {
        _folder = new TempFolder();
        TestTokenizer.Instance.Write(_folder.File("tokenizer.json"));
        _tokenizer = TokenizerJson.Load(_folder.File("tokenizer.json"));
        _tag = TestTokenizer.Instance.Id(TestTokenizer.StepToken);
    }

    [OneTimeTearDown] public void Delete() => _folder.Dispose();

    [Test]
    public void The_lm_layout_is_math_shepherds_question_space_steps_each_ending_in_the_tag_then_a_newline()
    {
        var sequence = new RewardPrompt(_tokenizer, _tag, RewardPromptLayout.MathShepherd).Process(NumberSuite.Problem, ["Step 1: 24", "Step 2: 23"]);
        // Math-Shepherd's published inference: f"{question} {output}", output = "Step 1: … ки\nStep 2: … ки".
        Assert.That(_tokenizer.Decode(sequence.Ids), Is.EqualTo("Which number? Step 1: 24\nStep 2: 23"), "the tag is a special added token here: decoding leaves it out");
        Assert.That(sequence.Ids, Is.EqualTo((IEnumerable<int>)[.. _tokenizer.Encode("Which number? Step 1: 24"), _tag, .. _tokenizer.Encode("\nStep 2: 23"), _tag]));
    }

    [Test]
    public void The_classifier_layout_keeps_a_blank_line_after_the_problem_and_steps_back_to_back()
    {
        var sequence = new RewardPrompt(_tokenizer, _tag).Process(NumberSuite.Problem, ["Step 1: 24", "Step 2: 23"]);
        Assert.That(sequence.Ids, Is.EqualTo((IEnumerable<int>)[.. _tokenizer.Encode("Which number?\n\nStep 1: 24"), _tag, .. _tokenizer.Encode("Step 2: 23"), _tag]));
    }

    [Test]
    public void Each_scored_position_holds_the_step_tag_even_when_a_step_writes_the_tag_itself([Values] bool languageModelLayout)
    {
        var layout = languageModelLayout ? RewardPromptLayout.MathShepherd : RewardPromptLayout.Classifier;
        string[] steps = ["one <step> inside", "two", "three"];
        var sequence = new RewardPrompt(_tokenizer, _tag, layout).Process(NumberSuite.Problem, steps);
        Assert.That(sequence.ScorePositions, Has.Count.EqualTo(steps.Length));
        Assert.That(sequence.ScorePositions.Select(p => sequence.Ids[p]), Is.All.EqualTo(_tag));
        Assert.That(sequence.Ids.Count(id => id == _tag), Is.EqualTo(steps.Length + 1), "the step's own tag is text, not a scored position");
        Assert.That(sequence.ScorePositions[^1], Is.EqualTo(sequence.Ids.Count - 1));
    }
}
