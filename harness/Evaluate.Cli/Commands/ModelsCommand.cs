using System.CommandLine;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate models`: the model adapters and their parameters.</summary>
public static class ModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "List model adapters and their parameters");
        command.SetAction(_ =>
        {
            Console.WriteLine("""
                sim      Simulated reasoner (embedded default; simulated, needs no server, GPU or network)
                         parameters: skill=0.7      chance a step is right on the easiest problem (falls with difficulty)
                                     overthink=0.3  mean redundant re-verification rounds after the first answer (more on easy problems)
                                     verbosity=1.0  length of each reasoning step
                         example: --model sim:skill=0.8,overthink=1
                openai   OpenAI-compatible HTTP server (vLLM, SGLang, llama.cpp, Ollama, hosted APIs)
                         flags:      --base-url URL (e.g. http://127.0.0.1:8000/v1), --model-name NAME
                         parameters: endpoint=chat|completions, api_key_env=OPENAI_API_KEY, timeout=600 (seconds per attempt), attempts=5, token_field=max_tokens
                         example: --model openai:endpoint=chat --base-url http://127.0.0.1:8000/v1 --model-name Qwen/QwQ-32B
                replay   Recorded responses from a JSONL file; no model is called (see `evaluate replay` and docs/data.md)
                         example: --model replay:generations.jsonl --strategy replay
                """);
            return ExitCodes.Success;
        });
        return command;
    }
}
