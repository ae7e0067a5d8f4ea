using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// What the fakes of account-scoped ports share: each call is remembered with its scope, counted, and fails with
/// <see cref="Failure"/> once a test has set one.
/// </summary>
public abstract class FakeAccountPort
{
    private int calls;

    /// <summary>When set, every call fails with it, as a backend that is down or does not know the user would.</summary>
    public Exception? Failure { get; set; }

    public AccountScope? LastScope { get; private set; }

    /// <summary>How many calls reached this port.</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>Remembers the call, then fails it with <see cref="Failure"/> or gives the answer.</summary>
    protected Task<T> Answer<T>(AccountScope scope, Func<T> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Interlocked.Increment(ref calls);
        LastScope = scope;
        return Failure is { } failure ? Task.FromException<T>(failure) : Task.FromResult(answer());
    }
}
