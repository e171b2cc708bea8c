using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>Extraction rules of issue 21 (extraction forms), one behaviour each; the families hold the many forms.</summary>
public sealed class FinalAnswerFormsTests
{
    private const string InterestWorking =
        "The interest earned is $0.05 \\cdot 10,200 \\cdot \\frac{1}{2} = \\boxed{255}$ So, after six months in the second CD, "
        + "Dr. Zaius has $10,200 + $255 = $10,455. Final Answer: The final answer is $10,455$. I hope it is correct.";

    [Test]
    public void AFinalAnswerStatementAfterTheLastBoxWinsOverTheBox()
    {
        // Before issue 21 the box in the working was extracted: "255".
        Assert.That(AnswerExtractor.ExtractMath(InterestWorking, ExtractionMode.Strict), Is.EqualTo("10,455"));
        var checker = new MathAnswerChecker();
        Assert.That(checker.Grade(new Problem("p", "", "10455", ProblemMeta.None), checker.Extract(InterestWorking)).Correct, Is.True);
    }

    [TestCase("We get \\boxed{12}. The answer is correct.", "12")]                   // no value after the cue
    [TestCase("We get \\boxed{12}. The final answer is not 13.", "12")]              // negated
    [TestCase("We get \\boxed{12}, and one might say the answer is 13.", "12")]     // not a final-answer cue
    [TestCase("We get \\boxed{12}.\nAnswer: 13", "13")]                              // "Answer" opening its line
    [TestCase("The final answer is \\boxed{12}.", "12")]
    public void OnlyAFinalAnswerCueWithAValueOverridesTheBox(string response, string expected) =>
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Strict), Is.EqualTo(expected));

    [TestCase("The answer is 5.<|im_end|>\n<|im_start|>user\nAnd 6?<|im_end|>\n<|im_start|>assistant\nThe answer is 6.", "The answer is 5.")]
    [TestCase("<|im_start|>assistant\nThe answer is 5.<|im_end|>", "\nThe answer is 5.")]
    [TestCase("x < 3 and [1, 2] are fine</s>junk", "x < 3 and [1, 2] are fine")]
    [TestCase("<think>a</think>5<|endoftext|><think>b", "5")]
    public void TheTextEndsAtTheFirstTurnTokenAfterContent(string response, string visible) =>
        Assert.That(AnswerExtractor.VisibleText(response), Is.EqualTo(visible));

    [Test]
    public void AResponseOfTurnTokensOnlyHasNoAnswer()
    {
        Assert.That(AnswerExtractor.VisibleText("<|im_start|>assistant\n<|im_end|>"), Is.Null);
        Assert.That(AnswerExtractor.ExtractMath("<|endoftext|>The answer is 5", ExtractionMode.Strict), Is.EqualTo("5"),
            "a token before any content is skipped, not cut at");
    }

    [TestCase("So \\boxed{5}.\n\nQuestion: What is 3+4?\nAnswer: \\boxed{7}", ExtractionMode.Strict, "5")]
    [TestCase("#### 8\n\nQ: And 10 - 3?\nA: #### 7", ExtractionMode.Strict, "8")]
    [TestCase("Question: how many?\nWe count \\boxed{4}.", ExtractionMode.Strict, "4")]                  // the prompt restated first
    [TestCase("Let me restate.\nProblem: count them.\nThere are 3 groups, so \\boxed{6}.", ExtractionMode.Strict, "6")] // no answer before it
    [TestCase("We know x is 5.\nQ: what is y then?\nSince y = x + 2, y is \\boxed{7}.", ExtractionMode.Strict, "7")]   // a self-posed question mid-reasoning
    public void AnInventedNextPromptIsNotRead(string response, ExtractionMode mode, string expected) =>
        Assert.That(AnswerExtractor.ExtractMath(response, mode), Is.EqualTo(expected));

    [Test]
    public void Gsm8kStopsAtTheNextFewShotQuestion()
    {
        const string response = "She has 3 + 4 = 7 apples. The answer is 7.\n\nQuestion: Tom has 9 pens and loses 2. How many?\nAnswer: 7 pens. The answer is 9.";
        Assert.That(AnswerExtractor.ExtractGsm8k(response, ExtractionMode.Flexible), Is.EqualTo("7"));
    }

    [TestCase("Therefore, the probability that Alice wins is 2/3.", "2/3")]
    [TestCase("So the price increases by 100%.", "100%")]
    [TestCase("The area decreased by 20\\%.", "20\\%")]
    [TestCase("The price was multiplied by 100.", null)]
    [TestCase("It is a ratio of 1/2 in some cases and 2/3 in others", null)]
    public void ProseFinalsStateFractionsAndPercentages(string response, string? expected) =>
        Assert.That(AnswerExtractor.ExtractMath(response, ExtractionMode.Strict), Is.EqualTo(expected));
}
