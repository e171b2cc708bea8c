namespace Evaluate.Suites.Grading.Parsing;

public readonly record struct Token(TokenKind Kind, string Text)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;
}
