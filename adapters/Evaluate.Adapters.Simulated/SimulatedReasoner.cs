using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Components;
using Evaluate.Core.Metrics;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// The embedded default model: a seeded simulated reasoner that needs no server, GPU or network. It recognises the
/// suites' problems by their text inside the prompt (so it also works behind <c>serve</c>) and answers in the format
/// the prompt asks for. Sample i of a request uses seed Seed + i; temperature 0 ignores the seed and gives the
/// problem's most likely output. Always labelled "simulated".
/// </summary>
public sealed class SimulatedReasoner(SimulatedReasonerOptions options, KnownProblems known, ITokenCounter? tokenCounter = null) : IModelAdapter
{
    private readonly ITokenCounter _tokens = tokenCounter ?? ApproximateTokenCounter.Instance;

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("sim",
        $"sim (simulated reasoner, skill={options.Skill}, overthink={options.Overthink})",
        // think is named only when set, so runs without it keep their identity.
        [("skill", options.Skill), ("overthink", options.Overthink), ("verbosity", options.Verbosity), .. options.Think ? [("think", (object)"true")] : Array.Empty<(string, object)>(),
         .. options.Judge != "match" ? [("judge", (object)options.Judge)] : Array.Empty<(string, object)>()])
        with { Simulated = true };

    public bool SupportsContinuation => true;

    public SimulatedReasonerOptions Options { get; } = options;

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var prompt = string.Join("\n", request.Messages.Select(m => m.Content));
        // A re-ask quotes a response, which may hold a rendered thought: it is a question, never a turn to continue.
        if (request.AssistantPrefix is null && !ReaskReply.IsReask(prompt) && RenderedThought.PrefixIn(prompt) is { } thought) request = request with { AssistantPrefix = thought };
        var promptTokens = _tokens.CountTokens(prompt);
        var problem = known.Find(prompt);
        var completions = new List<Completion>(request.N);
        for (var i = 0; i < request.N; i++)
            completions.Add(Finish(Generate(prompt, problem, request, request.Seed + i), request, promptTokens));
        return Task.FromResult(new GenerationResult(completions, Calls: 1));
    }

    private string Generate(string prompt, KnownProblem? problem, GenerationRequest request, long seed)
    {
        var key = problem is null ? $"?{StableHash.Of(prompt)}" : $"{problem.Suite}\u0001{problem.Problem.Id}";
        var problemHash = StableHash.Of(key);
        // Temperature 0 is the most likely output: the same draw for every seed.
        var seedPart = request.Temperature <= 0 ? "greedy" : seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var answerRandom = RandomFor(key, seedPart, "answer");
        var textRandom = RandomFor(key, seedPart, "text");
        var overthinkRandom = RandomFor(key, seedPart, "overthink");
        // A grading judge's prompt is answered by the scripted judge (see SimulatedJudge), whatever problem it quotes.
        if (SimulatedJudge.TryAnswer(prompt, Options.Judge) is { } verdict) return verdict;
        // Tree-of-Thoughts propose/value prompts name no puzzle (only remaining numbers): answered by their own rules.
        if (Game24ThoughtResponder.TryAnswer(prompt, Options.Skill, RandomFor($"?{StableHash.Of(prompt)}", seedPart, "thought")) is { } thought)
            return Continue(thought, request.AssistantPrefix);
        var format = AnswerFormats.Detect(prompt, problem?.Form);

        if (problem is null)
            return "I will reason about this step by step, as a simulated reasoner without specific knowledge of this question.\n\n" +
                   (format == AnswerFormat.Hashes ? "The answer is 0.\n#### 0" : "The answer is $\\boxed{0}$.");

        var difficulty = problem.Problem.Meta.Difficulty;
        var successProbability = Options.SuccessProbability(difficulty, LatentHardness(key));
        // Temperature 0 gives the most likely output: right exactly when the right answer is more likely than not.
        var correct = request.Temperature <= 0 ? successProbability >= 0.5 : answerRandom.NextDouble() < successProbability;
        var extraRounds = OverthinkingRounds.Count(Options.MeanExtraRounds(difficulty), overthinkRandom);
        var game24 = format is AnswerFormat.Game24Steps or AnswerFormat.Game24Direct;
        string? wrong = null;
        // Drawn once: a thought and the solution after it state the same wrong answer.
        string Answer(bool right) => right ? problem.Problem.Gold : wrong ??= Distractors.Pick(Distractors.For(problem.Problem.Gold), answerRandom);
        if (ReaskReply.IsReask(prompt))
            return game24
                ? Game24Writer.Write(Game24Puzzle.Numbers(problem.Problem.Text), correct, withSteps: false, extraRounds: 0, problemHash, textRandom)
                : ReaskReply.Boxed(Answer(correct));
        string Solution(bool right) => game24
            ? Game24Writer.Write(Game24Puzzle.Numbers(problem.Problem.Text), right, format == AnswerFormat.Game24Steps, extraRounds, problemHash, textRandom)
            : MathSolutionWriter.Write(problem.Problem.Text, Answer(right),
                format, 2 + (int)Math.Round(6 * difficulty) + textRandom.Next(3), Options.Verbosity, extraRounds, textRandom);
        // Hard problems: a wrong sample may first state the right answer and switch away from it (underthinking). Only a
        // whole response does: a step-level search's partial continuations (a prefix, stop sequences) would otherwise find
        // the abandoned right line and score it, which no real model's switch hands a search.
        var abandoned = IsWholeResponse(request)
            ? UnderthinkingSwitch.Opening(problem, format, successProbability, correct, RandomFor(key, seedPart, "underthink"))
            : null;
        // A wrong final answer carries the abandoned line before it; a thought that repaired the answer leaves none.
        string Written(bool right) => (right ? "" : abandoned) + Solution(right);
        if (SimulatedThinking.IsAsked(request.AssistantPrefix, Options.Think))
            return new SimulatedThinking(purpose => RandomFor(key, seedPart, purpose), difficulty, successProbability, Options.Verbosity, format,
                right => game24 ? null : Answer(right), Written).Write(request.AssistantPrefix, correct);
        var text = Written(correct);
        return Continue(text, request.AssistantPrefix);
    }

    private static bool IsWholeResponse(GenerationRequest request) => string.IsNullOrEmpty(request.AssistantPrefix) && request.Stop.Count == 0;

    /// <summary>With a partial assistant turn, return what follows it (the sample's own text past the prefix's length).</summary>
    private static string Continue(string text, string? prefix)
    {
        if (string.IsNullOrEmpty(prefix)) return text;
        if (text.StartsWith(prefix, StringComparison.Ordinal)) return text[prefix.Length..];
        var skipLines = prefix.Count(c => c == '\n');
        var lines = text.Split('\n');
        return string.Join('\n', lines.Skip(Math.Min(skipLines, lines.Length - 1)));
    }

    private Completion Finish(string text, GenerationRequest request, int promptTokens)
    {
        var finish = "stop";
        foreach (var stop in request.Stop)
        {
            var at = string.IsNullOrEmpty(stop) ? -1 : text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0) text = text[..at];
        }
        var completionTokens = _tokens.CountTokens(text);
        if (completionTokens > request.MaxTokens)
        {
            // Cut at the share of characters that matches the token limit: a truncated answer, as a server gives.
            text = text[..(int)((long)text.Length * request.MaxTokens / completionTokens)];
            completionTokens = Math.Min(request.MaxTokens, _tokens.CountTokens(text));
            finish = "length";
        }
        if (!SimulatedThinking.IsAsked(request.AssistantPrefix, Options.Think))
            return new Completion(text, null, finish, new TokenUsage(promptTokens, completionTokens, 0, TokenCountSource.Counted));
        // Thinking is returned as a reasoning parser returns it: the thought apart from the answer, its tokens counted.
        var (answer, reasoning) = ThoughtPrefix.Split(text, ThoughtPrefix.Parse(request.AssistantPrefix));
        var reasoningTokens = reasoning is null ? 0 : Math.Min(completionTokens, _tokens.CountTokens(reasoning));
        return new Completion(answer, reasoning, finish, new TokenUsage(promptTokens, completionTokens, reasoningTokens, TokenCountSource.Counted));
    }

    /// <summary>A standard normal draw fixed per problem (Box-Muller over the problem's own seed).</summary>
    private static double LatentHardness(string key)
    {
        var random = RandomFor(key, "latent", "hardness");
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static Random RandomFor(string key, string seed, string purpose) =>
        new(StableHash.Int32Of($"{key}\u0001{seed}\u0001{purpose}"));
}
