using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Tenants;
using Portal.Web.Configuration;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Benchmarks;

/// <summary>
/// What every signed-in page pays before its own work: reading the sign-in cookie (<see cref="SignInCookie.TryRead"/>)
/// and the CSRF token its layout writes (<see cref="CsrfTokens.ForSignIn"/>). The sign-in is a full one, as the load run's
/// user has: a Platform user with linked customers, roles, a time zone and the practices for the header.
/// <c>dotnet run -c Release --project bench/Portal.Benchmarks -- --filter '*SignInBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class SignInBenchmarks
{
    private SignInCookie cookie = null!;
    private CsrfTokens csrf = null!;
    private HttpRequest request = null!;
    private PortalSignIn signIn = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new WebOptions { SecretKey = new string('k', WebOptions.MinSecretKeyLength) });
        var keys = new SecretKeyring(options);
        cookie = new SignInCookie(keys, options, TimeProvider.System);
        csrf = new CsrfTokens(keys, TimeProvider.System);
        var practices = new[] { "tnt-riverside", "tnt-lakeside", "tnt-hillcrest" }
            .Select(id => new Tenant(new TenantId(id), "Practice " + id, TenantStatus.Active, "Owner", []))
            .ToArray();
        var written = new PortalSignIn(new string('t', 220), "usr-dana-whitfield", "Dana Whitfield")
        {
            PlatformUserId = 4711,
            PlatformCustomers = practices.Select((tenant, index) => (tenant.Id.Value, Customer: 1000L + index)).ToDictionary(link => link.Value, link => link.Customer),
            PlatformRoles = new Dictionary<long, string> { [1000] = "admin", [1001] = "member", [1002] = "billing" },
            MembershipHash = "0123456789abcdef",
            MembershipCheckedAt = DateTimeOffset.UtcNow,
            TimeZone = "Europe/Berlin",
            Practices = practices,
            PracticesListedAt = DateTimeOffset.UtcNow,
        };

        var issuing = new DefaultHttpContext();
        cookie.Write(issuing.Response, written);
        var setCookie = issuing.Response.Headers.SetCookie.ToString();
        var reading = new DefaultHttpContext();
        reading.Request.Headers.Cookie = setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
        request = reading.Request;
        if (!cookie.TryRead(request, out var read))
        {
            throw new InvalidOperationException("The written sign-in cookie does not read back.");
        }

        signIn = read;
    }

    [GlobalCleanup]
    public void Cleanup() => cookie.Dispose();

    [Benchmark(Description = "SignInCookie.TryRead")]
    public PortalSignIn? ReadCookie() => cookie.TryRead(request, out var read) ? read : null;

    [Benchmark(Description = "CsrfTokens.ForSignIn")]
    public string CsrfToken() => csrf.ForSignIn(signIn, "logout");
}
