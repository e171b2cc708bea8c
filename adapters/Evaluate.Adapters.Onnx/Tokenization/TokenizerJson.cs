using System.Text.Json.Nodes;
using Evaluate.Adapters.Onnx.ModelFiles;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>
/// Reads a Hugging Face <c>tokenizer.json</c> into a <see cref="TextTokenizer"/>. Supported: BPE models, byte-level
/// (GPT-2, Qwen2, Llama-3 with ignore_merges) and SentencePiece-converted (Llama-2, Mistral, Phi-3: Prepend/Replace
/// normalizers or Metaspace, byte_fallback). Every field is read strictly: an option not implemented is refused with
/// the file and its JSON path, never skipped (docs/onnx.md, Tokenizers).
/// </summary>
public static class TokenizerJson
{
    public static TextTokenizer Load(string path)
    {
        var json = JsonFile.Read(path);
        try
        {
            return Build(path, new JsonSection(json, ""));
        }
        catch (TokenizerFieldException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{path}: cannot build the tokenizer: {e.Message}", e);
        }
    }

    private static TextTokenizer Build(string path, JsonSection json)
    {
        json.Allow("version", "truncation", "padding", "added_tokens", "normalizer", "pre_tokenizer", "post_processor", "decoder", "model");
        // A prompt is never cut to a tokenizer's max_length: the model's context limit governs. Padding only concerns
        // batches, which the adapter pads itself.
        if (json.Node("truncation") is not null)
            throw json.Refuse("truncation", "truncating prompts is not implemented; set \"truncation\": null");
        var model = json.RequiredSection("model");
        if (model.Type != "BPE") throw model.Refuse("type", $"tokenizer model '{model.Type}' is not implemented (BPE only)");
        var added = json.Sections("added_tokens").Select(AddedToken.Read).ToList();
        var postProcessor = PostProcessor.Read(json.Section("post_processor"));
        var tokenizer = new TextTokenizer(path, added,
            TextNormalizer.Read(json.Section("normalizer")),
            PreTokenizer.Read(json.Section("pre_tokenizer")),
            BpeModel.Read(model),
            postProcessor,
            TokenDecoder.Read(json.Section("decoder")));
        if (postProcessor.Ids.Where(id => id < 0 || id >= tokenizer.VocabularySize).Select(id => (int?)id).FirstOrDefault() is int outside)
            throw json.Refuse("post_processor", $"special token id {outside} is outside the vocabulary (0..{tokenizer.VocabularySize - 1})");
        return tokenizer;
    }
}
