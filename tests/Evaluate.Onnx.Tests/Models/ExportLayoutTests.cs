using System.Text.Json.Nodes;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>The two export layouts: optimum's merged decoder and an onnxruntime-genai folder described by genai_config.json.</summary>
public sealed class ExportLayoutTests
{
    [Test]
    public async Task Optimums_merged_decoder_is_found_and_fed_positions_and_the_cache_branch_flag()
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path, new BigramVariant(KeyValueCache: true, GraphFile: "decoder_model_merged.onnx", MergedDecoderInputs: true));
        using var model = Specs.Model(folder.Path);
        var completion = (await model.GenerateAsync(Specs.Request(), CancellationToken.None)).Completions.Single();
        Assert.That(model.Graph.Path, Does.EndWith("decoder_model_merged.onnx"));
        Assert.That(model.Graph is { HasPositionIds: true, HasCacheBranch: true, Cache: not null }, Is.True);
        Assert.That(completion.Text, Is.EqualTo(BigramModel.GreedyText));
    }

    [Test]
    public async Task A_genai_config_names_the_decoder_file_its_inputs_and_the_end_of_sequence_id()
    {
        using var folder = new TempFolder();
        var genAi = new JsonObject
        {
            ["model"] = new JsonObject
            {
                ["eos_token_id"] = TestTokenizer.Instance.Id("."),
                ["decoder"] = new JsonObject { ["filename"] = "decoder.onnx", ["inputs"] = new JsonObject { ["input_ids"] = "tokens" } },
            },
        };
        BigramModel.Write(folder.Path, new BigramVariant(KeyValueCache: true, InputName: "tokens", GraphFile: "decoder.onnx", GenAiConfig: genAi.ToJsonString()));
        File.Delete(folder.File("generation_config.json")); // its eos_token_id would take precedence
        using var model = Specs.Model(folder.Path);
        var completion = (await model.GenerateAsync(Specs.Request(), CancellationToken.None)).Completions.Single();
        Assert.That(model.Graph.Names.InputIds, Is.EqualTo("tokens"));
        Assert.That(completion.Text, Is.EqualTo("The answer is 24"), "genai_config.json made '.' the end of sequence");
        Assert.That(completion.FinishReason, Is.EqualTo("stop"));
    }
}
