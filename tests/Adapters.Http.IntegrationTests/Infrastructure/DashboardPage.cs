using System.Collections.Concurrent;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Application.Billing.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Services.Ports;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// One dashboard page as Portal loads it: the billing, services and tickets summaries at once, for one user. Each call's
/// outcome is null when it succeeded, or the reason Portal gave for the part being unavailable.
/// </summary>
public sealed class DashboardPage
{
    private static readonly ConcurrentDictionary<string, long> PlatformUserIds = new(StringComparer.Ordinal);
    private static long lastPlatformUserId;

    private DashboardPage(string user, IReadOnlyList<(string Path, Task<string?> Outcome)> calls)
    {
        User = user;
        Calls = calls;
    }

    public string User { get; }

    public IReadOnlyList<(string Path, Task<string?> Outcome)> Calls { get; }

    /// <summary>The Platform's integer id standing for the test's user label, the same for the label every time.</summary>
    public static long PlatformUserIdOf(string user) =>
        PlatformUserIds.GetOrAdd(user, _ => Interlocked.Increment(ref lastPlatformUserId));

    public static DashboardPage Load(PlatformHarness portal, string user)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var userId = new UserId(user);
        var scope = new TenantScope(
            portal.Get<PlatformAccessTokens>().Issue(userId),
            userId,
            new TenantId("7"),
            new PlatformIdentity(PlatformUserIdOf(user), 7));
        return new DashboardPage(
            user,
            [
                ("billing/summary/", OutcomeOf(portal.Get<IBillingLedger>().GetSummaryAsync(scope, CancellationToken.None))),
                ("services/summary/", OutcomeOf(portal.Get<IServiceCatalog>().GetSummaryAsync(scope, CancellationToken.None))),
                ("tickets/summary/", OutcomeOf(portal.Get<ISupportDesk>().GetSummaryAsync(scope, CancellationToken.None))),
            ]);
    }

    /// <summary>Every part's outcome, once all have one.</summary>
    public async Task<string?[]> OutcomesAsync() => await Task.WhenAll(Calls.Select(call => call.Outcome));

    private static async Task<string?> OutcomeOf(Task call)
    {
        try
        {
            await call;
            return null;
        }
        catch (BackendUnavailableException unavailable)
        {
            return unavailable.Message;
        }
    }
}
