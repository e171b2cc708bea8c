using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Models;

public sealed class StopStringTests : BigramModelTests
{
    [TestCase(" is 24", "The answer", Description = "spans two whole tokens")]
    [TestCase("swer i", "The an", Description = "starts and ends inside tokens")]
    [TestCase("24|answer", "The ", Description = "the earliest of several stops wins")]
    public async Task A_stop_string_on_the_decoded_text_ends_generation_before_it(string stops, string expected)
    {
        foreach (var cache in new[] { false, true })
        {
            using var model = Specs.Model(Folders.For(cache));
            var completion = (await model.GenerateAsync(Specs.Request(stop: stops.Split('|')), CancellationToken.None)).Completions.Single();
            Assert.That(completion.Text, Is.EqualTo(expected), $"cache={cache}");
            Assert.That(completion.FinishReason, Is.EqualTo("stop"));
        }
    }

    [Test]
    public async Task Generation_stops_at_the_token_that_completes_the_stop_string()
    {
        using var model = Specs.Model(Folders.For(true));
        var completion = (await model.GenerateAsync(Specs.Request(stop: [" is 24"]), CancellationToken.None)).Completions.Single();
        Assert.That(completion.Usage.CompletionTokens, Is.EqualTo(4), "The, answer, is, 24: nothing decoded past the stop");
    }
}
