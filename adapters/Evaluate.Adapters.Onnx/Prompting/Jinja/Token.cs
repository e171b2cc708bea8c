namespace Evaluate.Adapters.Onnx.Prompting.Jinja;

public enum TokenKind
{
    /// <summary>Literal template text between tags (whitespace control already applied).</summary>
    Text,
    /// <summary><c>{{</c>: an expression to print follows.</summary>
    PrintStart,
    PrintEnd,
    /// <summary><c>{%</c>: a statement follows.</summary>
    StatementStart,
    StatementEnd,
    Name,
    String,
    Integer,
    Float,
    /// <summary>An operator or punctuation: <c>+ - * / // % ** ~ == != &lt; &gt; &lt;= &gt;= = . , : | ( ) [ ] { }</c>.</summary>
    Operator,
    End,
}

/// <summary>One lexed token; <see cref="Offset"/> is its place in the template text (for error positions).</summary>
public sealed record Token(TokenKind Kind, string Value, int Offset)
{
    public bool Is(TokenKind kind, string value) => Kind == kind && Value == value;

    public bool IsName(string name) => Kind == TokenKind.Name && Value == name;

    public bool IsOperator(string op) => Kind == TokenKind.Operator && Value == op;

    public override string ToString() => Kind switch
    {
        TokenKind.End => "the end of the template",
        TokenKind.Text => "text",
        TokenKind.String => $"string '{Value}'",
        _ => $"'{Value}'",
    };
}
