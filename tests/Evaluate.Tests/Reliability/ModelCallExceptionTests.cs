using System.Reflection;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Reliability;

/// <summary>A failed call's counts travel in a new exception, never by rewriting one on its way up.</summary>
public sealed class ModelCallExceptionTests
{
    [Test]
    public void It_has_no_property_that_can_be_set_after_construction()
    {
        var writable = typeof(ModelCallException).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is not null).Select(p => p.Name);
        Assert.That(writable, Is.Empty);
    }

    [Test]
    public void With_attempts_is_a_copy_with_the_counts_and_everything_else_kept()
    {
        var inner = new HttpRequestException("refused");
        var original = new ModelCallException("endpoint down", isTransient: true, statusCode: 503, retryAfter: TimeSpan.FromSeconds(2), inner: inner, isPermanentForRun: true);
        var counted = original.WithAttempts(3, 2);
        Assert.That((original.Attempts, original.Retries), Is.EqualTo((1, 0)), "the original is untouched");
        Assert.That(counted, Is.Not.SameAs(original));
        Assert.That((counted.Message, counted.IsTransient, counted.StatusCode, counted.RetryAfter, counted.InnerException, counted.IsPermanentForRun, counted.Attempts, counted.Retries),
            Is.EqualTo(("endpoint down", true, (int?)503, (TimeSpan?)TimeSpan.FromSeconds(2), (Exception)inner, true, 3, 2)));
    }
}
