using System.Globalization;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>A fresh fake Platform and a Portal adapter pointed at it for every test.</summary>
public abstract class PlatformTestBase : IAsyncLifetime
{
    protected const string CustomersPath = "users/customers/";

    protected const string CustomersJson = """
        {"success": true, "results": [{"id": 7, "company_name": "Lima Dental Ltd", "name": "Ana Lima", "role": "owner", "is_primary": true}]}
        """;

    protected FakePlatform Platform { get; private set; } = null!;

    protected PlatformHarness Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await FakePlatform.StartAsync();
        Portal = CreatePortal();
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Platform.DisposeAsync();
    }

    /// <summary>The adapter under test; a test class overrides this to change its settings or clock.</summary>
    protected virtual PlatformHarness CreatePortal() => PlatformHarness.Create(Platform);

    protected static TenantScope ScopeFor(PlatformHarness portal, string userId = "42", string tenantId = "7") =>
        new(
            portal.Get<PlatformAccessTokens>().Issue(new UserId(userId)),
            new UserId(userId),
            new TenantId(tenantId),
            new PlatformIdentity(long.Parse(userId, CultureInfo.InvariantCulture), long.Parse(tenantId, CultureInfo.InvariantCulture)));

    /// <summary>Identity travels in the body, never in the URL: the request's target is exactly the endpoint's path.</summary>
    protected static void AssertScopedPost(RecordedRequest request, string expectedTarget)
    {
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal("POST", request.Method);
        Assert.Equal(expectedTarget, request.RawTarget);
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
        Assert.Equal(7, request.Json.GetProperty("customer_id").GetInt64());
        Assert.InRange(
            request.Json.GetProperty("timestamp").GetInt64(),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60,
            DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    /// <summary>
    /// One successful call first, so that a test with a sub-second timeout measures the Platform's slowness and not this
    /// process's first-call start-up (JIT, connection set-up).
    /// </summary>
    protected async Task WarmUpAsync(PlatformHarness portal)
    {
        Platform.OnJson(CustomersPath, CustomersJson);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ListCustomersAsync(portal);
                return;
            }
            catch (BackendUnavailableException) when (attempt < 5)
            {
                // A cold process can miss a sub-second timeout on its very first call; the next one is warm.
            }
        }
    }

    /// <summary>A read on the accounts area, the simplest call to exercise the shared client machinery.</summary>
    protected static Task<IReadOnlyList<Tenant>> ListCustomersAsync(PlatformHarness portal, CancellationToken cancellationToken = default)
    {
        var scope = ScopeFor(portal);
        return portal.Get<ITenantDirectory>().ListForUserAsync(scope.Token, scope.UserId, cancellationToken);
    }
}
