using System.CommandLine;
using Evaluate.Adapters.Serving;
using Evaluate.Composition;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;
using Evaluate.Core.Components;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate serve`: exposes any adapter (the simulated reasoner by default) as an OpenAI-compatible server on
/// 127.0.0.1, so users can point their own clients at it and tests exercise the real HTTP path end to end.
/// </summary>
public static class ServeCommand
{
    public static Command Create(Registries registries)
    {
        var model = new Option<string>("--model") { Description = $"Model adapter spec to serve (default sim): {registries.Models.NameList()}", DefaultValueFactory = _ => new RunPlan().Models[0] };
        var modelName = new Option<string?>("--model-name") { Description = "Upstream model name (when serving an openai adapter)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Upstream base URL (when serving an openai adapter)" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8000 };
        var data = new Option<string?>("--data") { Description = "Dataset directory, so the simulated reasoner knows those suites' problems" };
        var faults = new Option<string?>("--faults") { Description = "Misbehave on purpose to test a client's resilience: a rate (0.2) spread over every fault kind, or per kind: 429=0.05,500=0.05,503=0.05,stall=0.02,truncate=0.05,reset=0.05,n500=0.1 with seed=N, stall_seconds=S, retry_after=S" };
        var cache = new Option<string?>("--cache") { Description = "SQLite response cache file in front of the served model" };
        var tokenizer = new Option<string>("--tokenizer") { Description = "Tokenizer for usage counts: o200k_base, o200k_harmony or approx", DefaultValueFactory = _ => "o200k_base" };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Largest request body in bytes (default 4 MiB); a larger one gets 413", DefaultValueFactory = _ => ServeLimits.DefaultMaxBodyBytes };
        var maxConcurrency = new Option<int>("--max-concurrency") { Description = "Most requests in progress at once; one more gets 429 with Retry-After", DefaultValueFactory = _ => ServeLimits.DefaultMaxConcurrency };
        var command = new Command("serve", "Serve a model adapter as an OpenAI-compatible HTTP server on 127.0.0.1") { model, modelName, baseUrl, port, data, tokenizer, cache, faults, maxBody, maxConcurrency };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(port) is < 0 or > 65535)
                throw new Evaluate.Core.UsageException($"--port {parse.GetValue(port)}: a port is 0 to 65535 (0 picks a free one)");
            if (parse.GetValue(maxBody) < 1) throw new Evaluate.Core.UsageException($"--max-body-bytes must be at least 1, got {parse.GetValue(maxBody)}");
            if (parse.GetValue(maxConcurrency) < 1) throw new Evaluate.Core.UsageException($"--max-concurrency must be at least 1, got {parse.GetValue(maxConcurrency)}");
            var limits = new ServeLimits(parse.GetValue(maxBody), parse.GetValue(maxConcurrency));
            var catalog = new SuiteCatalog(DataDirectory.Resolve(parse.GetValue(data)), registries.Suites);
            var tokenizerName = parse.GetValue(tokenizer)!;
            PlanValidator.Check(new RunPlan { Tokenizer = tokenizerName });
            var services = ComponentServices.Empty
                .With(Tokenizers.Create(tokenizerName).Counter)
                .With(catalog.Data)
                .With(new Lazy<Evaluate.Adapters.Simulated.KnownProblems>(() => KnownProblemsLoader.Load(catalog)));
            // --model-name and --base-url are the plan keys of the adapters that declare them, as in `run`.
            var plan = new RunPlan();
            foreach (var option in new[] { modelName, baseUrl })
                if (parse.GetValue(option) is { } value)
                    plan = RunFlags.Apply(plan, registries.PlanKeys.Keys.Single(k => k.Flag == option.Name), PlanText.Of(value));
            var context = new ComponentContext { Plan = plan, Services = services };
            var adapter = registries.Models.Create(registries.ParseModel(parse.GetValue(model)!), context);
            if (parse.GetValue(cache) is { } cacheFile) adapter = new Evaluate.Adapters.Cache.CachingModel(adapter, new Evaluate.Adapters.Cache.ResponseCache(cacheFile));
            using var _ = adapter as IDisposable;
            await using var server = new OpenAiCompatibleServer();
            // A simulated back end says so in the model id clients see.
            var servedName = adapter.Descriptor.Simulated ? $"{adapter.Descriptor.Name}-simulated" : null;
            var faultPlan = parse.GetValue(faults) is { } spec ? FaultPlan.Parse(spec) : null;
            string url;
            try
            {
                url = await server.StartAsync(adapter, parse.GetValue(port), servedName, cancellationToken: cancellationToken, faults: faultPlan, limits: limits);
            }
            catch (IOException e)
            {
                throw new Evaluate.Core.UsageException($"cannot listen on 127.0.0.1:{parse.GetValue(port)}: {e.Message} (8000 is also vLLM's default port): choose another with --port, or --port 0 for a free one");
            }
            // The first line is machine-readable so scripts and tests can pick up the port.
            parse.InvocationConfiguration.Output.WriteLine($"serving {adapter.Descriptor.Label} at {url}");
            parse.InvocationConfiguration.Output.Flush();
            try { await Task.Delay(Timeout.Infinite, cancellationToken); }
            catch (OperationCanceledException) { }
            await server.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }
}
