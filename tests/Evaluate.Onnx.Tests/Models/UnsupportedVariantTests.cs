using DataType = Onnx.TensorProto.Types.DataType;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>Export variants the decode loop cannot drive are refused when opened, by name, with the exporter option that avoids them.</summary>
public sealed class UnsupportedVariantTests
{
    [Test]
    public void A_graph_taking_inputs_embeds_instead_of_input_ids_names_the_builders_exclude_embeds()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path);
        const int hidden = 4;
        new GraphBuilder()
            .Input("inputs_embeds", DataType.Float, "batch_size", "sequence_length", hidden)
            .Input("attention_mask", DataType.Int64, "batch_size", "total_sequence_length")
            .Floats("lm_head", new float[hidden * BigramModel.Size], hidden, BigramModel.Size)
            .Node("MatMul", ["inputs_embeds", "lm_head"], ["logits"])
            .Output("logits", DataType.Float, "batch_size", "sequence_length", BigramModel.Size)
            .Save(folder.File("model.onnx"));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("model.onnx").And.Contain("'inputs_embeds'").And.Contain("exclude_embeds"));
    }

    [Test]
    public void A_graph_without_its_language_model_head_names_the_builders_exclude_lm_head()
    {
        using var folder = new TempFolder();
        ExportFolders.Builder(folder.Path);
        new GraphBuilder()
            .Input("input_ids", DataType.Int64, "batch_size", "sequence_length")
            .Floats("embedding", new float[4 * BigramModel.Size], BigramModel.Size, 4)
            .Node("Gather", ["embedding", "input_ids"], ["hidden_states"], ("axis", 0))
            .Output("hidden_states", DataType.Float, "batch_size", "sequence_length", 4)
            .Save(folder.File("model.onnx"));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("model.onnx").And.Contain("'hidden_states'").And.Contain("exclude_lm_head"));
    }

    [TestCase("block_table")]
    [TestCase("slot_mapping")]
    [TestCase("cumulative_sequence_length")]
    [TestCase("seqlens_k")]
    public void A_paged_attention_graph_is_refused_by_name(string input)
    {
        using var folder = new TempFolder();
        ExportFolders.Optimum(folder.Path);
        ExportFolders.WriteGraph(folder.File("model.onnx"), ExportSignature.Optimum,
            extra: graph => graph.Input(input, DataType.Int32, "batch_size", "max_blocks"));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("model.onnx").And.Contain($"'{input}'").And.Contain("paged attention")
            .And.Contain("text-generation-with-past"));
    }

    [Test]
    public void Any_other_input_keeps_the_general_refusal()
    {
        using var folder = new TempFolder();
        ExportFolders.Optimum(folder.Path);
        ExportFolders.WriteGraph(folder.File("model.onnx"), ExportSignature.Optimum,
            extra: graph => graph.Input("pixel_values", DataType.Float, "batch_size", 3, 8, 8));
        var error = Assert.Throws<ArgumentException>(() => Specs.Model(folder.Path).Dispose());
        Assert.That(error!.Message, Does.Contain("'pixel_values' is not one the adapter can feed"));
    }
}
