using System.Numerics;
using Evaluate.Suites.Grading.Evaluation;
using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>
/// Decides whether two parsed answers are equivalent and why. Returns the reason, or null when
/// they differ. All work is charged to one <see cref="WorkBudget"/>.
/// </summary>
public sealed class AnswerComparer(WorkBudget budget, bool unorderedLists)
{
    private int _depth;
    private MatrixArithmetic? _matrices; // one per check: its multiply-add allowance covers gold and answer

    public string? Compare(MathNode gold, MathNode answer)
    {
        if (++_depth > GradingLimits.MaxDepth || !budget.Spend()) { _depth--; return null; }
        var reason = CompareCore(gold, answer);
        _depth--;
        return reason;
    }

    private string? CompareCore(MathNode g, MathNode a)
    {
        // Arithmetic of written-out matrices ("A + B", "2A", "AB", "A^T") is evaluated first; a chain of = between
        // matrix expressions states the matrix it ends on.
        g = MatrixValue(g);
        a = MatrixValue(a);
        if ((BracedTuple(g, a) ?? BracedTuple(a, g)) is { } braced) return braced.Length == 0 ? null : braced;
        // "x = 3" against "3": the variable name is not part of the answer; a chain "y = 2\cdot 3 + 1 = 7" states 7.
        var gStated = g is RelationNode rg ? StatedValue(rg) : null;
        var aStated = a is RelationNode ra ? StatedValue(ra) : null;
        if (gStated is not null && a is not RelationNode) return Compare(gStated, a);
        if (aStated is not null && g is not RelationNode) return Compare(g, aStated);
        if (gStated is not null && aStated is not null && (IsValueChain((RelationNode)g) || IsValueChain((RelationNode)a)))
            return Compare(gStated, aStated);

        // Intervals, unions, ℝ, ∅ and inequalities: compared as sets of real numbers when either side can only be one.
        if ((RealSetReader.IsUnambiguousSet(g) || RealSetReader.IsUnambiguousSet(a)) && CompareAsRealSets(g, a) is { } setVerdict)
            return setVerdict.Length == 0 ? null : setVerdict;

        if (ChoiceLetter(g) is { } cg && ChoiceLetter(a) is { } ca && (g is TextNode || a is TextNode))
            return cg == ca ? GradingReasons.ChoiceEqual : null;
        if (g is TextNode || a is TextNode)
            return g is TextNode tg && a is TextNode ta && TextKey.Of(tg.Text) == TextKey.Of(ta.Text) && TextKey.Of(tg.Text).Length > 0
                ? GradingReasons.TextEqual : null;

        // "x \ge 0" against "[0, \infty)": a one-variable inequality states an interval.
        if (g is RelationNode gi && a is BracketNode && RelationIntervals.AsInterval(gi) is { } gInterval) return Compare(gInterval, a);
        if (a is RelationNode ai && g is BracketNode && RelationIntervals.AsInterval(ai) is { } aInterval) return Compare(g, aInterval);

        var gc = AsCollection(g, out bool gOrdered, out bool gFailed);
        var ac = AsCollection(a, out bool aOrdered, out bool aFailed);
        if (gFailed || aFailed) return null;
        if (gc is not null || ac is not null)
            return CompareCollections(gc ?? [g], ac ?? [a], (gc is null || gOrdered) && (ac is null || aOrdered));

        switch (g)
        {
            case BracketNode gb:
                if (a is BracketNode ab) return CompareBrackets(gb, ab);
                if (a is MatrixNode am && AsVector(am) is { } vector)
                    return CompareOrdered(gb.Items, vector) ? GradingReasons.TupleEqual : null;
                return null;
            case MatrixNode gm:
                if (a is MatrixNode matrix) return CompareMatrices(gm, matrix);
                if (a is BracketNode { Open: '(' or '[' } b && AsVector(gm) is { } gvector)
                    return CompareOrdered(gvector, b.Items) ? GradingReasons.TupleEqual : null;
                return null;
            case UnionNode gu:
                return a is UnionNode au && CompareUnordered(gu.Items, au.Items) ? GradingReasons.IntervalEqual : null;
            case RelationNode gr:
                return a is RelationNode ar ? CompareRelations(gr, ar) : null;
        }
        if (a is BracketNode or MatrixNode or UnionNode or RelationNode) return null;
        return CompareScalars(g, a, allowPercentRetry: true);
    }

    private MathNode MatrixValue(MathNode node)
    {
        if (node is RelationNode { Operands: [.., var last] } chain && chain.Kinds.All(k => k == RelationKind.Equal)
            && chain.Operands.All(o => o is MatrixNode || MatrixArithmetic.Applies(o)))
            node = last;
        if (!MatrixArithmetic.Applies(node)) return node;
        _matrices ??= new MatrixArithmetic(budget);
        return _matrices.Reduce(node) ?? node;
    }

    /// <summary>
    /// "{1, 3}" (TeX grouping braces, which do not print) against a tuple "(1, 3)": the braces only group the pair,
    /// so it is compared in order; "" when it differs, null when the rule does not apply. A real set "\{1, 3\}" is a
    /// SetNode and never matches a tuple; an interval-like tuple (an infinite end) is left to the interval rules.
    /// </summary>
    private string? BracedTuple(MathNode tuple, MathNode other)
    {
        if (tuple is not BracketNode { Open: '(', Close: ')' } b || b.Items.Count < 2 || b.Items.Any(Infinities.Is)
            || other is not ListNode { Braced: true } list) return null;
        return CompareOrdered(b.Items, list.Items) ? GradingReasons.TupleEqual : "";
    }

    private static MathNode? AssignedValue(RelationNode r)
    {
        if (r.Kinds is not [RelationKind.Equal]) return null;
        if (IsNamedValue(r.Operands[0]) && !IsNamedValue(r.Operands[1])) return r.Operands[1];
        if (IsNamedValue(r.Operands[1]) && !IsNamedValue(r.Operands[0])) return r.Operands[0];
        return null;
    }

    /// <summary>A name the answer is given to: a variable (x, a_1), a function value f(x), f(x, y), or a tuple of names (a, b).</summary>
    private static bool IsNamedValue(MathNode node) => node switch
    {
        SymbolNode => true,
        BracketNode { Open: '(', Close: ')' } names => names.Items.All(i => i is SymbolNode),
        ProductNode { Factors: [{ Node: SymbolNode { Name.Length: 1 }, Divide: false }, { Node: SymbolNode or BracketNode { Open: '(' }, Divide: false } arg] }
            => arg.Node is SymbolNode || ((BracketNode)arg.Node).Items.All(i => i is SymbolNode),
        _ => false,
    };

    /// <summary>
    /// The value an equation or chain of = and ≈ states: "x = 3" → 3; "2\cdot 3 + 1 = 7" → 7 (both sides constant);
    /// "y = 2\cdot 3 + 1 = 7" → 7 (the value the chain ends on); with ≈ the exact member before the first ≈
    /// ("y = 2/3 \approx 0.67" → 2/3), or the approximation when there is none ("y \approx 7" → 7).
    /// </summary>
    private static MathNode? StatedValue(RelationNode r)
    {
        if (r.Kinds.Any(k => k is not (RelationKind.Equal or RelationKind.Approximately))) return null;
        if (r.Kinds is [RelationKind.Equal])
            return AssignedValue(r) ?? (RelationIntervals.IsConstant(r.Operands[0]) && RelationIntervals.IsConstant(r.Operands[1]) ? r.Operands[1] : null);
        int firstApproximation = -1;
        for (int i = 0; i < r.Kinds.Count && firstApproximation < 0; i++)
            if (r.Kinds[i] == RelationKind.Approximately) firstApproximation = i;
        if (firstApproximation < 0) return r.Operands[^1];
        return firstApproximation == 0 && IsNamedValue(r.Operands[0]) ? r.Operands[1] : r.Operands[firstApproximation];
    }

    private static bool IsValueChain(RelationNode r) => r.Kinds.Count > 1 || r.Kinds.Contains(RelationKind.Approximately);

    /// <summary>"" when both sides are sets of reals that differ, the reason when they are equal, null when either is not a set of reals.</summary>
    private string? CompareAsRealSets(MathNode g, MathNode a)
    {
        var gs = RealSetReader.Read(g, budget);
        var aSet = gs is null ? null : RealSetReader.Read(a, budget);
        if (gs is null || aSet is null) return null;
        if (gs.Count != aSet.Count) return "";
        for (int i = 0; i < gs.Count; i++)
        {
            if (gs[i].LowClosed != aSet[i].LowClosed || gs[i].HighClosed != aSet[i].HighClosed) return "";
            if (!SameEndpoint(gs[i].Low, gs[i].LowValue, aSet[i].Low, aSet[i].LowValue)
                || !SameEndpoint(gs[i].High, gs[i].HighValue, aSet[i].High, aSet[i].HighValue)) return "";
        }
        return gs.Count == 0 || gs.Any(i => i.LowValue != i.HighValue) ? GradingReasons.IntervalEqual : GradingReasons.SetEqual;
    }

    private bool SameEndpoint(MathNode g, double gv, MathNode a, double av) =>
        double.IsInfinity(gv) || double.IsInfinity(av) ? gv == av : Compare(g, a) is not null;

    private static char? ChoiceLetter(MathNode node)
    {
        var text = node switch
        {
            TextNode t => t.Text.Trim().Trim('(', ')', '.', ' '),
            SymbolNode s => s.Name,
            _ => null,
        };
        return text is { Length: 1 } && char.IsAsciiLetterUpper(char.ToUpperInvariant(text[0])) && char.ToUpperInvariant(text[0]) <= 'J'
            && (node is TextNode || char.IsAsciiLetterUpper(text[0]))
            ? char.ToUpperInvariant(text[0]) : null;
    }

    /// <summary>The items of a list, set or ±-expression; null for a single value.</summary>
    private List<MathNode>? AsCollection(MathNode node, out bool ordered, out bool failed)
    {
        ordered = false;
        failed = false;
        IReadOnlyList<MathNode> items;
        switch (node)
        {
            case ListNode l: items = l.Items; ordered = !unorderedLists; break;
            case SetNode s: items = s.Items; break;
            default:
                if (!PlusMinusExpander.Contains(node)) return null;
                items = [node];
                break;
        }
        var result = new List<MathNode>();
        foreach (var item in items)
        {
            var expanded = PlusMinusExpander.Expand(item);
            if (expanded is null || result.Count + expanded.Count > GradingLimits.MaxItems) { failed = true; return null; }
            if (expanded.Count > 1) ordered = false;
            result.AddRange(expanded);
        }
        return result;
    }

    private string? CompareCollections(List<MathNode> gold, List<MathNode> answer, bool ordered)
    {
        if (gold.Count != answer.Count) return null;
        if (ordered) return CompareOrdered(gold, answer) ? GradingReasons.ListEqual : null;
        return CompareUnordered(gold, answer) ? GradingReasons.SetEqual : null;
    }

    private bool CompareOrdered(IReadOnlyList<MathNode> gold, IReadOnlyList<MathNode> answer)
    {
        if (gold.Count != answer.Count) return false;
        for (int i = 0; i < gold.Count; i++)
            if (Compare(gold[i], answer[i]) is null) return false;
        return true;
    }

    /// <summary>Greedy matching: each gold item takes the first unused equivalent answer item.</summary>
    private bool CompareUnordered(IReadOnlyList<MathNode> gold, IReadOnlyList<MathNode> answer)
    {
        if (gold.Count != answer.Count) return false;
        var used = new bool[answer.Count];
        foreach (var g in gold)
        {
            bool found = false;
            for (int j = 0; j < answer.Count && !found; j++)
            {
                if (used[j] || Compare(g, answer[j]) is null) continue;
                used[j] = found = true;
            }
            if (!found || budget.Exhausted) return false;
        }
        return true;
    }

    private string? CompareBrackets(BracketNode g, BracketNode a)
    {
        if (g.Open != a.Open || g.Close != a.Close || !CompareOrdered(g.Items, a.Items)) return null;
        bool interval = g.Items.Count == 2 && (g.Open != '(' || g.Close != ')' || g.Items.Any(Infinities.Is));
        return interval ? GradingReasons.IntervalEqual : GradingReasons.TupleEqual;
    }

    /// <summary>A one-row or one-column matrix read as a vector.</summary>
    private static IReadOnlyList<MathNode>? AsVector(MatrixNode m)
    {
        if (m.Rows.Count == 1) return m.Rows[0];
        if (m.Rows.All(r => r.Count == 1)) return m.Rows.Select(r => r[0]).ToList();
        return null;
    }

    private string? CompareMatrices(MatrixNode g, MatrixNode a)
    {
        if (g.Rows.Count != a.Rows.Count) return null;
        for (int i = 0; i < g.Rows.Count; i++)
            if (!CompareOrdered(g.Rows[i], a.Rows[i])) return null;
        return GradingReasons.MatrixEqual;
    }

    private string? CompareRelations(RelationNode g, RelationNode a)
    {
        if (g.Kinds.Count != a.Kinds.Count) return null;
        if (g.Kinds.Count > 1)
        {
            if (!g.Kinds.SequenceEqual(a.Kinds)) return null;
            return CompareOrdered(g.Operands, a.Operands) ? GradingReasons.EquationEqual : null;
        }
        var (gf, gk) = Normalize(g);
        var (af, ak) = Normalize(a);
        if (gk != ak) return null;
        bool signMatters = gk is RelationKind.Less or RelationKind.LessOrEqual;
        return Proportional(gf, af, signMatters) ? GradingReasons.EquationEqual : null;
    }

    /// <summary>l op r becomes f op 0 with op one of =, ≠, &lt;, ≤ (f = l - r, or r - l for &gt; and ≥).</summary>
    private static (MathNode F, RelationKind Kind) Normalize(RelationNode r)
    {
        var (l, op, rhs) = (r.Operands[0], r.Kinds[0], r.Operands[1]);
        if (op is RelationKind.Greater or RelationKind.GreaterOrEqual)
        {
            (l, rhs) = (rhs, l);
            op = op == RelationKind.Greater ? RelationKind.Less : RelationKind.LessOrEqual;
        }
        return (new SumNode([new SumTerm(TermSign.Plus, l), new SumTerm(TermSign.Minus, rhs)]), op);
    }

    /// <summary>f = c·g for one nonzero constant c (positive when the relation is an inequality), checked at the evaluation points.</summary>
    private bool Proportional(MathNode f, MathNode g, bool positive)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        SymbolCollector.Collect(f, names);
        SymbolCollector.Collect(g, names);
        Complex? ratio = null;
        int valid = 0;
        int points = names.Count == 0 ? 1 : EvaluationPoints.Count;
        for (int p = 0; p < points; p++)
        {
            int point = p;
            var fv = NumericEvaluator.Evaluate(f, n => EvaluationPoints.ValueOf(n, point), budget);
            var gv = NumericEvaluator.Evaluate(g, n => EvaluationPoints.ValueOf(n, point), budget);
            if (!EvaluationPoints.IsFinite(fv) || !EvaluationPoints.IsFinite(gv)) continue;
            bool fz = EvaluationPoints.Close(fv, Complex.Zero), gz = EvaluationPoints.Close(gv, Complex.Zero);
            if (fz != gz) return false;
            valid++;
            if (fz) continue;
            var r = fv / gv;
            if (ratio is null) ratio = r;
            else if (!EvaluationPoints.Close(ratio.Value, r)) return false;
        }
        if (valid == 0 || budget.Exhausted) return false;
        if (ratio is null) return true; // both sides identically zero
        return !positive || (Math.Abs(ratio.Value.Imaginary) <= 1e-12 && ratio.Value.Real > 0);
    }

    private string? CompareScalars(MathNode g, MathNode a, bool allowPercentRetry)
    {
        var result = CompareValues(g, a);
        if (result is not null || !allowPercentRetry) return result;
        // 28\% also matches 0.28.
        if (g is PercentNode gp) return CompareScalars(Hundredth(gp.Argument), a, false);
        if (a is PercentNode ap) return CompareScalars(g, Hundredth(ap.Argument), false);
        return null;
    }

    private static MathNode Hundredth(MathNode node) =>
        new ProductNode([new ProductFactor(node, false), new ProductFactor(new NumberNode(BigRational.FromInteger(100), 0, 3, false), true)]);

    private string? CompareValues(MathNode g, MathNode a)
    {
        // 204_5 against 204: the base was left out but the digits agree. Against 54 (its value): wrong base.
        if (g is BaseNumeralNode gb && a is not BaseNumeralNode) return SameDigits(gb, a) ? GradingReasons.Equal : null;
        if (a is BaseNumeralNode ab && g is not BaseNumeralNode) return SameDigits(ab, g) ? GradingReasons.Equal : null;

        var ge = ExactEvaluator.TryEvaluate(g, budget);
        var ae = ge is null ? null : ExactEvaluator.TryEvaluate(a, budget);
        if (ge is { } gx && ae is { } ax)
        {
            if (gx == ax) return GradingReasons.NumericEqual;
            if (DecimalRoundingRule.Applies(a, g) && DecimalRoundingRule.MatchesExact((NumberNode)a, gx, budget)) return GradingReasons.RoundedEqual;
            if (DecimalRoundingRule.Applies(g, a) && DecimalRoundingRule.MatchesExact((NumberNode)g, ax, budget)) return GradingReasons.RoundedEqual;
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        SymbolCollector.Collect(g, names);
        SymbolCollector.Collect(a, names);
        if (names.Count == 0)
        {
            var gv = NumericEvaluator.Evaluate(g, _ => Complex.Zero, budget);
            var av = NumericEvaluator.Evaluate(a, _ => Complex.Zero, budget);
            if (budget.Exhausted) return null;
            if (EvaluationPoints.IsFinite(gv) && EvaluationPoints.IsFinite(av))
            {
                if (EvaluationPoints.Close(gv, av)) return GradingReasons.NumericEqual;
                if (DecimalRoundingRule.Applies(a, g) && DecimalRoundingRule.MatchesApproximate((NumberNode)a, gv)) return GradingReasons.RoundedEqual;
                if (DecimalRoundingRule.Applies(g, a) && DecimalRoundingRule.MatchesApproximate((NumberNode)g, av)) return GradingReasons.RoundedEqual;
                return null;
            }
            // ∞ matches only an answer written as the same infinity; values that merely overflow
            // double (2014!, 3^{2014}) are compared structurally.
            if (Infinities.Is(g) && Infinities.Is(a)) return Math.Sign(gv.Real) == Math.Sign(av.Real) ? GradingReasons.NumericEqual : null;
            return SameTree(g, a);
        }

        int valid = 0, undefined = 0;
        int points = StepFunctions.Contains(g) || StepFunctions.Contains(a) ? EvaluationPoints.StepFunctionCount : EvaluationPoints.Count;
        for (int p = 0; p < points; p++)
        {
            int point = p;
            var gv = NumericEvaluator.Evaluate(g, n => EvaluationPoints.ValueOf(n, point), budget);
            var av = NumericEvaluator.Evaluate(a, n => EvaluationPoints.ValueOf(n, point), budget);
            bool gf = EvaluationPoints.IsFinite(gv), af = EvaluationPoints.IsFinite(av);
            if (gf != af) return null;
            if (!gf) { undefined++; continue; }
            if (!EvaluationPoints.Close(gv, av)) return null;
            valid++;
        }
        if (budget.Exhausted) return null;
        // Equal only when every point is a defined, agreeing value; overflow anywhere (x^{10^{12}}) means structure decides.
        if (undefined == 0 && valid == points) return GradingReasons.SymbolicEqual;
        return SameTree(g, a);
    }

    private static string? SameTree(MathNode g, MathNode a) =>
        TreePrinter.Print(g) is { } x && x == TreePrinter.Print(a) ? GradingReasons.Equal : null;

    private static bool SameDigits(BaseNumeralNode based, MathNode other) =>
        other is NumberNode { IsDecimal: false } n && n.Value.IsInteger && n.Value.Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) == based.Digits.TrimStart('0').PadLeft(1, '0');
}
