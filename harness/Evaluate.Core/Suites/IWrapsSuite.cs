namespace Evaluate.Core.Suites;

/// <summary>
/// A suite that poses another suite's problems with something changed (a prompt suffix, recorded answers): what the
/// inner suite is, beyond <see cref="ISuite"/>, stays readable through it (its date: <see cref="SuiteDates.Of"/>).
/// </summary>
public interface IWrapsSuite
{
    ISuite Inner { get; }
}
