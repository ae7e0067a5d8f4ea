using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// What the fakes of tenant-scoped ports share: each call is remembered with its scope and cancellation token, so a test
/// sees on whose behalf a handler asked, and fails with <see cref="Failure"/> once a test has set one.
/// </summary>
public abstract class FakeTenantPort
{
    private int calls;

    /// <summary>When set, every call fails with it, as a backend that is down or refuses the caller would.</summary>
    public Exception? Failure { get; set; }

    /// <summary>
    /// What the backend counts of a list, as the Platform adapter reads a page: the rows (by default); only the pages, the
    /// total unknown; or nothing, a full page followed by one more.
    /// </summary>
    public ListCounted Counted { get; set; }

    public TenantScope? LastScope { get; private set; }

    public CancellationToken LastCancellationToken { get; private set; }

    /// <summary>How many calls reached this port: one backend request each, for the tests that count a page's requests.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>Remembers the call, then fails it with <see cref="Failure"/> or gives the answer.</summary>
    protected Task<T> Answer<T>(TenantScope scope, CancellationToken cancellationToken, Func<Task<T>> answer)
    {
        Interlocked.Increment(ref calls);
        (LastScope, LastCancellationToken) = (scope, cancellationToken);
        return Failure is { } failure ? Task.FromException<T>(failure) : answer();
    }

    /// <summary>The item, or a not-found failure naming <paramref name="what"/> when there is none.</summary>
    protected static Task<T> Found<T>(T? item, string what)
        where T : class =>
        item is null ? NotFound<T>(what) : Task.FromResult(item);

    protected static Task<T> NotFound<T>(string what) => Task.FromException<T>(new NotFoundException(what));

    protected Page<T> PageOf<T>(IEnumerable<T> matching, PageRequest page)
    {
        var all = matching.ToList();
        var offset = (long)(page.Number - 1) * page.Size;
        List<T> rows = offset >= all.Count ? [] : [.. all.Skip((int)offset).Take(page.Size)];
        return Counted switch
        {
            ListCounted.Rows => new Page<T>(rows, page.Number, page.Size, all.Count),
            ListCounted.PagesOnly => Paging.Uncounted(rows, page.Number, page.Size, rows.Count, Paging.PagesFor(all.Count, page.Size)),
            _ => Paging.Uncounted(rows, page.Number, page.Size, rows.Count, sentPages: null),
        };
    }
}
