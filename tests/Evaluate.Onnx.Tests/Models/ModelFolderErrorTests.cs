using Evaluate.Adapters.Onnx.Models;
using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>A broken export must fail when it is opened, with a message that names the file at fault.</summary>
public sealed class ModelFolderErrorTests
{
    [TestCase("tokenizer.json")]
    [TestCase("config.json")]
    [TestCase("model.onnx")]
    public void A_missing_file_is_named(string file)
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path);
        File.Delete(folder.File(file));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain(file).And.Contain("not found"));
    }

    [Test]
    public void A_graph_without_the_token_input_is_named_with_the_input_it_lacks()
    {
        var error = Assert.Throws<ArgumentException>(() => Open(new BigramVariant(InputName: "tokens")));
        Assert.That(error!.Message, Does.Contain("model.onnx").And.Contain("'input_ids'").And.Contain("tokens"));
    }

    [Test]
    public void A_graph_without_logits_is_not_a_language_model()
    {
        var error = Assert.Throws<ArgumentException>(() => Open(new BigramVariant(LogitsName: "scores")));
        Assert.That(error!.Message, Does.Contain("model.onnx").And.Contain("logits"));
    }

    [Test]
    public void A_tokenizer_larger_than_config_vocab_size_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Open(new BigramVariant(ConfigVocabularySize: 100)));
        Assert.That(error!.Message, Does.Contain("tokenizer.json").And.Contain("config.json").And.Contain("vocab_size=100"));
    }

    [Test]
    public void A_tokenizer_larger_than_the_logits_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Open(new BigramVariant(LogitsWidth: 200)));
        Assert.That(error!.Message, Does.Contain("tokenizer.json").And.Contain("model.onnx").And.Contain("200"));
    }

    [Test]
    public void A_file_that_is_not_an_onnx_graph_is_named()
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path);
        File.WriteAllText(folder.File("model.onnx"), "not a graph");
        var error = Assert.Throws<FormatException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("model.onnx"));
    }


    [Test]
    public void An_unknown_parameter_is_refused_with_a_suggestion()
    {
        var error = Assert.Throws<Evaluate.Core.UsageException>(() => OnnxModelAdapter.Create(Specs.Of("unused", ("temprature", "1"))));
        Assert.That(error!.Message, Does.Contain("temprature").And.Contain("template"));
    }

    [Test]
    public void A_batch_size_below_one_is_refused_by_both_components()
    {
        Assert.That(() => OnnxModelOptions.From(Specs.Of("unused", ("batch_size", "0"))),
            Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("batch_size must be at least 1, got 0"));
        Assert.That(() => Evaluate.Adapters.Onnx.Rewards.OnnxRewardOptions.From(Specs.Of("unused", ("batch_size", "-2"))),
            Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("batch_size must be at least 1, got -2"));
    }

    [Test]
    public void An_unavailable_provider_falls_back_to_cpu_with_a_warning()
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path);
        var warnings = new List<string>();
        using var model = OnnxModelAdapter.Create(Specs.Of(folder.Path, ("provider", "dml")), warnings.Add);
        Assert.That(model.Descriptor.Parameters["provider"], Is.EqualTo("cpu"));
        Assert.That(warnings, Has.One.Contains("'dml'").And.Contains("CPU"));
    }

    private static void Open(BigramVariant variant)
    {
        using var folder = new TempFolder();
        BigramModel.Write(folder.Path, variant);
        Specs.Model(folder.Path).Dispose();
    }
}
