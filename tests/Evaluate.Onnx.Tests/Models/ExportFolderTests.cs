using System.Text.Json.Nodes;
using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>
/// Folders as the exporters write them (optimum, onnxruntime-genai's model builder, onnx-community/transformers.js)
/// load, and their greedy text equals an independent reference decode of the same graph (<see cref="ReferenceGreedyDecoder"/>).
/// </summary>
public sealed class ExportFolderTests
{
    /// <summary>What <c>template=plain</c> renders for <see cref="Specs.Request"/>; each of its bytes is one token.</summary>
    private const string PlainPrompt = "Question?\n\n";
    private static readonly long[] PastShape = [ExportFolders.KeyValueHeads, BigramModel.HeadDimension];

    [Test]
    public async Task A_builder_folder_without_config_json_decodes_the_reference_text([Values] bool cache)
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path);
        Assert.That(File.Exists(folder.File("config.json")), Is.False);
        using var model = Specs.Model(folder.Path, ("kv_cache", cache ? "on" : "off"));
        var completion = await GreedyAsync(model, maxTokens: 32);
        var reference = Reference(folder.File("model.onnx"), folder.File("tokenizer.json"), maxTokens: 32);
        Assert.Multiple(() =>
        {
            Assert.That(completion.Text, Is.EqualTo(reference.Text).And.EqualTo(BigramModel.GreedyText));
            Assert.That(completion.Usage.PromptTokens, Is.EqualTo(reference.PromptTokens), "the same prompt was fed");
            Assert.That(completion.FinishReason, Is.EqualTo("stop"), "genai_config.json's eos_token_id ended it");
            Assert.That(model.Graph.Cache, Is.Not.Null);
            Assert.That(model.Graph.Cache!.Heads, Is.EqualTo(ExportFolders.KeyValueHeads), "model.decoder.num_key_value_heads");
            Assert.That(model.Graph.Cache!.HeadDimension, Is.EqualTo(BigramModel.HeadDimension), "model.decoder.head_size");
        });
    }

    [Test]
    public async Task The_builder_folders_context_length_bounds_the_completion()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path, genAi => genAi["model"]!["context_length"] = PlainPrompt.Length + 2);
        using var model = Specs.Model(folder.Path);
        var completion = await GreedyAsync(model, maxTokens: 32);
        Assert.That(completion.Text, Is.EqualTo("The answer"), "two tokens fit after the prompt");
        Assert.That(completion.FinishReason, Is.EqualTo("length"));
    }

    [Test]
    public async Task An_onnx_community_folder_with_file_model_q4_and_external_data_decodes_the_reference_text()
    {
        using var folder = new TempFolder();
        ExportFolders.OnnxCommunity(folder.Path);
        Assert.That(File.Exists(folder.File("onnx/model_q4.onnx_data")), Is.True, "the weights are outside the graph");
        using var model = Specs.Model(folder.Path, ("file", "model_q4.onnx"));
        var completion = await GreedyAsync(model, maxTokens: 32);
        var reference = Reference(folder.File("onnx/model_q4.onnx"), folder.File("tokenizer.json"), maxTokens: 32);
        Assert.Multiple(() =>
        {
            Assert.That(model.Graph.Path, Is.EqualTo(Path.Combine(folder.Path, "onnx", "model_q4.onnx")));
            Assert.That(completion.Text, Is.EqualTo(reference.Text).And.EqualTo(BigramModel.GreedyText));
            Assert.That(completion.Usage.PromptTokens, Is.EqualTo(reference.PromptTokens));
            Assert.That(model.Descriptor.Parameters["file"], Is.EqualTo("onnx/model_q4.onnx"), "the run records which graph ran");
        });
    }

    [Test]
    public async Task An_onnx_community_folder_without_file_runs_onnx_model_onnx()
    {
        using var folder = new TempFolder();
        ExportFolders.OnnxCommunity(folder.Path);
        using var model = Specs.Model(folder.Path);
        var completion = await GreedyAsync(model, maxTokens: 12);
        var reference = Reference(folder.File("onnx/model.onnx"), folder.File("tokenizer.json"), maxTokens: 12);
        Assert.That(model.Graph.Path, Is.EqualTo(Path.Combine(folder.Path, "onnx", "model.onnx")));
        Assert.That(completion.Text, Is.EqualTo(reference.Text).And.StartsWith(BigramModel.GreedyText + "The"), "the fp32 graph is the endless one");
    }

    [Test]
    public async Task An_optimum_folder_decodes_the_reference_text([Values] bool cache)
    {
        using var folder = new TempFolder();
        ExportFolders.Optimum(folder.Path);
        using var model = Specs.Model(folder.Path, ("kv_cache", cache ? "on" : "off"));
        var completion = await GreedyAsync(model, maxTokens: 32);
        var reference = Reference(folder.File("model.onnx"), folder.File("tokenizer.json"), maxTokens: 32);
        Assert.That(completion.Text, Is.EqualTo(reference.Text).And.EqualTo(BigramModel.GreedyText));
        Assert.That(completion.Usage.PromptTokens, Is.EqualTo(reference.PromptTokens));
    }

    [Test]
    public void A_graph_whose_external_data_file_is_missing_fails_at_open_naming_the_graph()
    {
        using var folder = new TempFolder();
        ExportFolders.OnnxCommunity(folder.Path);
        File.Delete(folder.File("onnx/model_q4.onnx_data"));
        var error = Assert.Throws<FormatException>(() => Specs.Model(folder.Path, ("file", "model_q4.onnx")).Dispose());
        Assert.That(error!.Message, Does.Contain("model_q4.onnx").And.Contain("cannot load"));
    }

    [Test]
    public void A_prompt_longer_than_the_builders_context_names_genai_config_and_context_length()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path, genAi => genAi["model"]!["context_length"] = 4);
        using var model = Specs.Model(folder.Path);
        var error = Assert.ThrowsAsync<ArgumentException>(() => GreedyAsync(model, maxTokens: 8));
        Assert.That(error!.Message, Does.Contain("genai_config.json: model.context_length"));
    }

    [Test]
    public async Task A_builder_folder_with_a_partial_config_json_takes_the_rest_from_genai_config()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path);
        // config.json without the attention shape: the symbolic cache axes come from genai_config.json.
        File.WriteAllText(folder.File("config.json"), new JsonObject { ["model_type"] = "qwen2", ["vocab_size"] = BigramModel.Size }.ToJsonString());
        using var model = Specs.Model(folder.Path);
        var completion = await GreedyAsync(model, maxTokens: 32);
        Assert.That(completion.Text, Is.EqualTo(BigramModel.GreedyText));
        Assert.That(model.Graph.Cache!.HeadDimension, Is.EqualTo(BigramModel.HeadDimension));
    }

    [Test]
    public void A_setting_missing_from_both_files_names_both()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path, genAi =>
        {
            var decoder = genAi["model"]!["decoder"]!.AsObject();
            decoder.Remove("head_size");
            decoder.Remove("num_attention_heads");
        });
        File.WriteAllText(folder.File("config.json"), new JsonObject { ["model_type"] = "qwen2" }.ToJsonString());
        var error = Assert.Throws<FormatException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("config.json: head_dim or hidden_size").And.Contain("genai_config.json: model.decoder.head_size"));
    }

    [Test]
    public void A_folder_with_only_other_graphs_names_them_and_the_file_option()
    {
        using var folder = new TempFolder();
        ExportFolders.OnnxCommunity(folder.Path);
        File.Delete(folder.File("onnx/model.onnx"));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("onnx/model_q4.onnx").And.Contain("file=").And.Contain("not found"));
    }

    [Test]
    public void A_file_in_neither_the_folder_nor_onnx_is_named_with_the_graphs_there()
    {
        using var folder = new TempFolder();
        ExportFolders.OnnxCommunity(folder.Path);
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path, ("file", "model_int8.onnx")).Dispose());
        Assert.That(error!.Message, Does.Contain("model_int8.onnx").And.Contain("not found").And.Contain("onnx/model_q4.onnx"));
    }

    [TestCase("../model.onnx")]
    [TestCase("/elsewhere/model.onnx")]
    public void A_file_outside_the_folder_is_refused(string file)
    {
        using var folder = new TempFolder();
        ExportFolders.OnnxCommunity(folder.Path);
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path, ("file", file)).Dispose());
        Assert.That(error!.Message, Does.Contain($"file={file}").And.Contain("inside the model folder"));
    }

    [TestCase("head_size", "model.decoder.head_size")]
    [TestCase("num_key_value_heads", "model.decoder.num_key_value_heads")]
    public void A_builder_folder_missing_a_cache_dimension_names_genai_config_and_the_field(string field, string named)
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path, genAi =>
        {
            var decoder = genAi["model"]!["decoder"]!.AsObject();
            decoder.Remove(field);
            decoder.Remove("num_attention_heads"); // the fallbacks for both fields
        });
        var error = Assert.Throws<FormatException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("genai_config.json").And.Contain(named));
    }

    [Test]
    public void A_genai_config_field_of_the_wrong_type_is_named()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path, genAi => genAi["model"]!["decoder"]!["head_size"] = "four");
        var error = Assert.Throws<FormatException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("genai_config.json").And.Contain("model.decoder.head_size").And.Contain("four"));
    }

    [Test]
    public void A_layer_count_that_disagrees_with_the_graph_is_refused()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path, genAi => genAi["model"]!["decoder"]!["num_hidden_layers"] = 2);
        var error = Assert.Throws<FormatException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("genai_config.json").And.Contain("model.decoder.num_hidden_layers").And.Contain("model.onnx"));
    }

    [Test]
    public void A_folder_with_neither_config_json_nor_genai_config_json_names_config_json()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path);
        File.Delete(folder.File("genai_config.json"));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("config.json").And.Contain("not found"));
    }

    [Test]
    public async Task The_reward_model_opens_a_graph_in_onnx_with_file()
    {
        using var root = new TempFolder();
        using var moved = new TempFolder();
        ScorerModel.Write(root.Path, perStep: false);
        ScorerModel.Write(moved.Path, perStep: false);
        Directory.CreateDirectory(moved.File("onnx"));
        File.Move(moved.File("model.onnx"), moved.File("onnx/model_quantized.onnx"));
        using var expected = Specs.Reward(root.Path);
        using var reward = Specs.Reward(moved.Path, ("file", "model_quantized.onnx"));
        const string solution = "The answer is 24.";
        Assert.That(await reward.ScoreSolutionAsync(NumberSuite.Problem, solution, CancellationToken.None),
            Is.EqualTo(await expected.ScoreSolutionAsync(NumberSuite.Problem, solution, CancellationToken.None)));
    }

    private static async Task<Evaluate.Core.Models.Completion> GreedyAsync(Evaluate.Adapters.Onnx.Models.OnnxModelAdapter model, int maxTokens) =>
        (await model.GenerateAsync(Specs.Request(maxTokens: maxTokens), CancellationToken.None)).Completions.Single();

    private static (string Text, int PromptTokens) Reference(string graph, string tokenizer, int maxTokens) =>
        ReferenceGreedyDecoder.Decode(graph, tokenizer, PlainPrompt, BigramModel.EndOfText, maxTokens, PastShape);
}
