using Evaluate.Adapters.Onnx.Prompting;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>
/// The published chat templates under Prompting/Templates, each as its model's tokenizer_config.json carries it, with
/// the special-token texts of that model. Where each file's text was taken from (repository, path, commit):
/// <list type="bullet">
/// <item>qwen2.5-7b-instruct: ggerganov/llama.cpp tests/chat/templates/Qwen-Qwen2.5-7B-Instruct.jinja @ eaca756ecca033e6fdd241dad091974a2c0354ff</item>
/// <item>llama-3.2-3b-instruct: ye-NX/llama.cpp models/templates/meta-llama-Llama-3.2-3B-Instruct.jinja @ b354d7c9ecb76c97c07098617cdebbdfffa2583e (stored with CRLF; LF as published)</item>
/// <item>llama-3.3-70b-instruct (the Llama-3.1 template text): ye-NX/llama.cpp models/templates/meta-llama-Llama-3.3-70B-Instruct.jinja @ b354d7c9ecb76c97c07098617cdebbdfffa2583e (CRLF there; LF here)</item>
/// <item>phi-3-mini-4k-instruct: ggerganov/llama.cpp tests/chat/templates/microsoft-Phi-3-mini-4k-instruct.jinja @ 8f46558aa01c878fc3e8c2e76c471b97a307c56c</item>
/// <item>phi-3.5-mini-instruct: ye-NX/llama.cpp models/templates/microsoft-Phi-3.5-mini-instruct.jinja @ b354d7c9ecb76c97c07098617cdebbdfffa2583e (CRLF there; LF here)</item>
/// <item>phi-4: ggml-org/llama.cpp tests/test-chat-template.cpp @ 03f94f19a2c4c9d039fa1a84838fe3e2110cc28d, test case "phi-4"</item>
/// <item>mistral-7b-instruct-v0.1: abetlen/llama-cpp-python llama_cpp/llama_chat_format.py @ af637928db7351e030011085f818b034c6efc047 (MISTRAL_INSTRUCT_CHAT_TEMPLATE)</item>
/// <item>mistral-7b-instruct-v0.2: ggml-org/llama.cpp tests/test-chat-template.cpp @ 03f94f19a2c4c9d039fa1a84838fe3e2110cc28d, test case "mistralai/Mistral-7B-Instruct-v0.2"</item>
/// <item>mixtral-8x7b-instruct-v0.1: ggerganov/llama.cpp tests/chat/templates/mistralai-Mixtral-8x7B-Instruct-v0.1.jinja @ eaca756ecca033e6fdd241dad091974a2c0354ff</item>
/// <item>mistral-nemo-instruct-2407 (the v0.3 tool-era template): ye-NX/llama.cpp models/templates/mistralai-Mistral-Nemo-Instruct-2407.jinja @ b354d7c9ecb76c97c07098617cdebbdfffa2583e (CRLF there; LF here)</item>
/// <item>deepseek-r1-distill-llama-8b (first revision, no think prefill): ggerganov/llama.cpp tests/chat/templates/deepseek-ai-DeepSeek-R1-Distill-Llama-8B.jinja @ 92ac336dfafde51b5ffa7f22fb916bba5f6620f4</item>
/// <item>deepseek-r1-distill-qwen-32b (later revision, ends with &lt;think&gt;\n): ggml-org/llama.cpp models/templates/deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja @ 20bdc4fac4e8779e5b73646f4b3b24a9964aa566</item>
/// <item>gemma-7b-it: ggerganov/llama.cpp tests/chat/templates/google-gemma-7b-it.jinja @ 2eb29bf8b8f5970b771ee8dc886c2f0b0d727eff</item>
/// <item>gemma-2-2b-it: ye-NX/llama.cpp models/templates/google-gemma-2-2b-it.jinja @ b354d7c9ecb76c97c07098617cdebbdfffa2583e</item>
/// </list>
/// </summary>
public static class PublishedTemplates
{
    public const string LlamaBos = "<|begin_of_text|>";
    public const string DeepSeekBos = "<｜begin▁of▁sentence｜>";

    public static string Text(string file) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Prompting", "Templates", file));

    public static ModelChatTemplate Open(string file, string? bos = null, string? eos = null) =>
        ModelChatTemplate.From(new ModelTemplateSource(Text(file), file, bos, eos, null));
}
