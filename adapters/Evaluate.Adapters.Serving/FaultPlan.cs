using System.Globalization;
using Evaluate.Core;

namespace Evaluate.Adapters.Serving;

/// <summary>
/// <c>serve --faults SPEC</c>: how often the server misbehaves, so anyone can test a pipeline's resilience. A single rate
/// (<c>0.2</c>) is spread evenly over every kind; or per kind: <c>429=0.05,500=0.05,503=0.05,stall=0.02,truncate=0.05,
/// reset=0.05,n500=0.1</c>, with <c>seed=N</c> (the draws are reproducible), <c>stall_seconds=S</c> (default 30) and
/// <c>retry_after=S</c> (default 1). <c>n500</c> applies to requests for several choices only.
/// </summary>
public sealed class FaultPlan
{
    private static readonly (string Key, FaultKind Kind)[] Keys =
    [
        ("429", FaultKind.RateLimit), ("500", FaultKind.ServerError), ("503", FaultKind.Unavailable), ("stall", FaultKind.Stall),
        ("truncate", FaultKind.Truncate), ("reset", FaultKind.Reset), ("n500", FaultKind.ChoicesServerError),
    ];

    private readonly Lock _gate = new();
    private readonly Random _random;
    private readonly Dictionary<FaultKind, int> _injected = [];

    private FaultPlan(IReadOnlyDictionary<FaultKind, double> rates, int seed, TimeSpan stall, TimeSpan retryAfter)
    {
        Rates = rates;
        Seed = seed;
        StallFor = stall;
        RetryAfter = retryAfter;
        _random = new Random(seed);
    }

    public IReadOnlyDictionary<FaultKind, double> Rates { get; }
    public int Seed { get; }
    public TimeSpan StallFor { get; }
    public TimeSpan RetryAfter { get; }

    public static FaultPlan Parse(string spec)
    {
        var rates = new Dictionary<FaultKind, double>();
        int seed = 1;
        double stall = 30, retryAfter = 1;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq < 0)
            {
                var total = Number(part, "the fault rate");
                foreach (var (_, kind) in Keys) rates[kind] = total / Keys.Length;
                continue;
            }
            var (key, value) = (part[..eq].Trim(), part[(eq + 1)..].Trim());
            switch (key)
            {
                case "seed": seed = (int)Number(value, "seed"); break;
                case "stall_seconds": stall = Number(value, "stall_seconds"); break;
                case "retry_after": retryAfter = Number(value, "retry_after"); break;
                default:
                    var match = Keys.FirstOrDefault(k => k.Key == key);
                    if (match.Key is null)
                        throw new UsageException($"--faults: unknown key '{key}'{Core.Components.DidYouMean.Suggest(key, Keys.Select(k => k.Key).Concat(["seed", "stall_seconds", "retry_after"]))}; known: {string.Join(", ", Keys.Select(k => k.Key))}, seed, stall_seconds, retry_after");
                    rates[match.Kind] = Number(value, key);
                    break;
            }
        }
        if (rates.Values.Any(r => r is < 0 or > 1) || rates.Values.Sum() > 1)
            throw new UsageException($"--faults: rates must be in [0, 1] and add up to at most 1, got '{spec}'");
        return new FaultPlan(rates, seed, TimeSpan.FromSeconds(stall), TimeSpan.FromSeconds(retryAfter));
    }

    /// <summary>How many faults of each kind were injected so far.</summary>
    public IReadOnlyDictionary<FaultKind, int> Injected { get { lock (_gate) return new Dictionary<FaultKind, int>(_injected); } }

    /// <summary>The fault for the next request, or null to answer it (one seeded draw per request).</summary>
    public FaultKind? Next(bool severalChoices)
    {
        lock (_gate)
        {
            var draw = _random.NextDouble();
            foreach (var (_, kind) in Keys)
            {
                var rate = Rates.GetValueOrDefault(kind);
                if (draw < rate)
                {
                    if (kind == FaultKind.ChoicesServerError && !severalChoices) return null;
                    _injected[kind] = _injected.GetValueOrDefault(kind) + 1;
                    return kind;
                }
                draw -= rate;
            }
            return null;
        }
    }

    private static double Number(string text, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0
            ? value : throw new UsageException($"--faults: {what} must be a non-negative number, got '{text}'");
}
