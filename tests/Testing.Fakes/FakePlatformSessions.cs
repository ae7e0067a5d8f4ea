using System.Collections.Concurrent;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Domain.Identity;

namespace Portal.Testing.Fakes;

/// <summary>
/// The Platform's session check as a test steers it: the current membership fingerprint, a user it no longer accepts,
/// or a failure; every check is recorded.
/// </summary>
public sealed class FakePlatformSessions : IPlatformSessions
{
    private readonly ConcurrentQueue<long> validations = new();

    public string MembershipHash { get; set; } = "a1b2c3d4e5f60718";

    /// <summary>The users the Platform no longer accepts (its 401).</summary>
    public ConcurrentDictionary<long, bool> Revoked { get; } = new();

    /// <summary>When set, every check fails with it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>What <c>users/customers/</c> answers for every user: customer id → role.</summary>
    public ConcurrentDictionary<long, string> Memberships { get; } = new();

    /// <summary>The Platform user ids checked, in order.</summary>
    public IReadOnlyCollection<long> Validations => validations;

    public Task<PlatformSession> ValidateAsync(long platformUserId, CancellationToken cancellationToken)
    {
        validations.Enqueue(platformUserId);
        if (Failure is { } failure)
        {
            return Task.FromException<PlatformSession>(failure);
        }

        return Revoked.ContainsKey(platformUserId)
            ? Task.FromException<PlatformSession>(new SignInRevokedException("The Platform no longer accepts this user."))
            : Task.FromResult(new PlatformSession(MembershipHash));
    }

    public Task<IReadOnlyList<PlatformMembership>> ListMembershipsAsync(long platformUserId, CancellationToken cancellationToken) =>
        Failure is { } failure
            ? Task.FromException<IReadOnlyList<PlatformMembership>>(failure)
            : Task.FromResult<IReadOnlyList<PlatformMembership>>(
                [.. Memberships.OrderBy(m => m.Key).Select(m => new PlatformMembership(m.Key, m.Value))]);
}
