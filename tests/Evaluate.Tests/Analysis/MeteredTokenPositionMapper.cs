using Evaluate.Core.Analysis;

namespace Evaluate.Tests.Analysis;

/// <summary>
/// Wraps a mapper and counts what the analyser asks of it (texts mapped, their characters, prefix questions), so a
/// test can bound the analyser's tokenising work as a count rather than a time.
/// </summary>
internal sealed class MeteredTokenPositionMapper(ITokenPositionMapper inner) : ITokenPositionMapper
{
    public int Maps { get; private set; }
    public long CharactersMapped { get; private set; }
    public int PrefixQuestions { get; private set; }

    public string Name => inner.Name;

    public ITokenPositions Map(string text)
    {
        Maps++;
        CharactersMapped += text.Length;
        return new Positions(this, inner.Map(text));
    }

    private sealed class Positions(MeteredTokenPositionMapper meter, ITokenPositions inner) : ITokenPositions
    {
        public int TotalTokens => inner.TotalTokens;

        public int TokensBefore(int charIndex)
        {
            meter.PrefixQuestions++;
            return inner.TokensBefore(charIndex);
        }
    }
}
