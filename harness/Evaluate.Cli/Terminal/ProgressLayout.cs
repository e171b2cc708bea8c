using Evaluate.Core.Running;
using Spectre.Console;

namespace Evaluate.Cli.Terminal;

/// <summary>
/// The live progress bar's columns for a terminal width: the bar shrinks and each cell's label is shortened (the
/// component names without their parameters, then cut with an ellipsis) so a row fits; at 80 columns the full label
/// (often 80 characters itself) used to leave Spectre nothing but "…" to show.
/// </summary>
public sealed class ProgressLayout
{
    /// <summary>Percentage (4), remaining time (8), spinner (1) and the gaps between five columns (4).</summary>
    private const int FixedColumns = 4 + 8 + 1 + 4;

    private ProgressLayout(int barWidth, int labelWidth)
    {
        BarWidth = barWidth;
        LabelWidth = labelWidth;
    }

    public int BarWidth { get; }
    public int LabelWidth { get; }

    public static ProgressLayout For(int width)
    {
        var bar = Math.Clamp(width / 5, 6, 40);
        return new ProgressLayout(bar, Math.Max(8, width - bar - FixedColumns - 1));
    }

    public ProgressColumn[] Columns() =>
    [
        new TaskDescriptionColumn { Alignment = Justify.Left },
        new ProgressBarColumn { Width = BarWidth },
        new PercentageColumn(),
        new RemainingTimeColumn(),
        new SpinnerColumn(),
    ];

    /// <summary>The cell's label within <see cref="LabelWidth"/>: in full when it fits, else names without parameters, else cut.</summary>
    public string Label(RunKey key)
    {
        var full = key.ToString();
        if (full.Length <= LabelWidth) return full;
        var names = $"{Name(key.Model)} × {key.Suite} × {Name(key.Strategy)}";
        return names.Length <= LabelWidth ? names : names[..(LabelWidth - 1)] + "…";
    }

    /// <summary>A component spec's name: <c>sim</c> of <c>sim:skill=0.7</c>.</summary>
    private static string Name(string spec) => spec.IndexOf(':') is var colon and > 0 ? spec[..colon] : spec;
}
