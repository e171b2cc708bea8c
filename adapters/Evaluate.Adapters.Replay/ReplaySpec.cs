namespace Evaluate.Adapters.Replay;

/// <summary>
/// Reads a replay model spec: <c>replay:FILE</c> or <c>replay:file=FILE</c>. Handled apart from the generic
/// key=value spec parser because a file path is not a key=value pair.
/// </summary>
public static class ReplaySpec
{
    public static bool TryParse(string spec, out string file)
    {
        file = "";
        if (!spec.StartsWith("replay", StringComparison.Ordinal)) return false;
        var rest = spec["replay".Length..];
        if (rest.Length == 0) throw new Evaluate.Core.UsageException("model 'replay' needs a file: --model replay:FILE");
        if (rest[0] != ':') return false;
        file = rest[1..].StartsWith("file=", StringComparison.Ordinal) ? rest[6..] : rest[1..];
        if (file.Length == 0) throw new Evaluate.Core.UsageException("model 'replay' needs a file: --model replay:FILE");
        return true;
    }
}
