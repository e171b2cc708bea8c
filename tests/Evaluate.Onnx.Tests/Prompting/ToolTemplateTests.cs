using Evaluate.Adapters.Onnx.Prompting.Jinja;

namespace Evaluate.Onnx.Tests.Prompting;

/// <summary>
/// The tool branches of the published templates (the adapter passes tools=none, but a template's tool branch must
/// render as Jinja renders it): tojson with Python's separators and indent, loops over dict items, rebinding a loop
/// variable, dict equality. Expected prompts written out by hand.
/// </summary>
public sealed class ToolTemplateTests
{
    private const string Tools = """[{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]""";
    private const string OneLineTool = """{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}""";

    private static string Render(string file, string messages, string? bos = null) =>
        JinjaTemplate.Parse(PublishedTemplates.Text(file), file).Render(new Dictionary<string, object?>
        {
            ["messages"] = TemplateJson.Parse(messages),
            ["tools"] = TemplateJson.Parse(Tools),
            ["add_generation_prompt"] = true,
            ["bos_token"] = bos,
            ["eos_token"] = "</s>",
        });

    [Test]
    public void Qwen25_lists_tools_in_its_system_turn_and_renders_a_call_and_its_response()
    {
        var messages = """
            [{"role": "user", "content": "Weather in Paris?"},
             {"role": "assistant", "content": "", "tool_calls": [{"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}]},
             {"role": "tool", "content": "22C"}]
            """;
        Assert.That(Render("qwen2.5-7b-instruct.jinja", messages), Is.EqualTo(
            "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.\n\n# Tools\n\n"
            + "You may call one or more functions to assist with the user query.\n\n"
            + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n" + OneLineTool + "\n</tools>\n\n"
            + "For each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n"
            + "<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call><|im_end|>\n"
            + "<|im_start|>user\nWeather in Paris?<|im_end|>\n"
            + "<|im_start|>assistant\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call><|im_end|>\n"
            + "<|im_start|>user\n<tool_response>\n22C\n</tool_response><|im_end|>\n<|im_start|>assistant\n"));
    }

    [Test]
    public void Llama32_puts_indented_tool_schemas_in_the_first_user_turn()
    {
        var messages = """[{"role": "system", "content": "S"}, {"role": "user", "content": "Q"}]""";
        Assert.That(Render("llama-3.2-3b-instruct.jinja", messages, bos: PublishedTemplates.LlamaBos), Is.EqualTo(
            "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nEnvironment: ipython\nCutting Knowledge Date: December 2023\n"
            + "Today Date: 26 Jul 2024\n\nS<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n"
            + "Given the following functions, please respond with a JSON for a function call with its proper arguments that best answers the given prompt.\n\n"
            + "Respond in the format {\"name\": function name, \"parameters\": dictionary of argument name and its value}.Do not use variables.\n\n"
            + "{\n    \"type\": \"function\",\n    \"function\": {\n        \"name\": \"get_weather\",\n        \"parameters\": {\n"
            + "            \"type\": \"object\",\n            \"properties\": {\n                \"city\": {\n                    \"type\": \"string\"\n"
            + "                }\n            }\n        }\n    }\n}\n\nQ<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"));
    }

    [Test]
    public void Mistral_v03_era_template_lists_tools_before_the_last_user_turn()
    {
        Assert.That(Render("mistral-nemo-instruct-2407.jinja", """[{"role": "user", "content": "Q"}]""", bos: "<s>"), Is.EqualTo(
            "<s>[AVAILABLE_TOOLS][{\"type\": \"function\", \"function\": {\"name\": \"get_weather\", \"parameters\": "
            + "{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}}}][/AVAILABLE_TOOLS][INST]Q[/INST]"));
    }
}
