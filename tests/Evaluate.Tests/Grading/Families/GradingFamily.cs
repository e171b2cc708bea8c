namespace Evaluate.Tests.Grading.Families;

/// <summary>
/// One family of the grading-fidelity case tables (issue 15). Rows are "mode¦gold¦response": mode S grades with
/// strict extraction, F with flexible (a
/// trailing "n", as in "Sn", grades with <c>decimal_comma=never</c>); "⏎" stands for a line break; "//" starts a comment line.
/// <see cref="Equivalent"/> rows must be graded correct, <see cref="NearMisses"/> rows must stay incorrect, and
/// <see cref="Ungradable"/> rows must be incorrect with an "unparseable…" reason (never a confident not-equal).
/// </summary>
internal sealed record GradingFamily(string Name, string Equivalent, string NearMisses, string Ungradable = "");
