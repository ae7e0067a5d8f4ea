using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Adapters.Http.Platform;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Ports;
using Portal.Application.Tenants.Ports;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Http.IntegrationTests.Accounts;

public sealed class PlatformAccountsTests : IAsyncLifetime
{
    private const string UserJson = """
        {"success": true, "message": "Authentication successful", "user": {"id": 42, "email": "ana@example.com", "first_name": "Ana", "last_name": "Lima", "is_staff": false, "is_active": true, "customer_id": 7}}
        """;

    private const string CustomersPath = "users/customers/";

    private const string CustomersJson = """
        {"success": true, "results": [{"id": 7, "company_name": "Lima Dental Ltd", "name": "Ana Lima", "role": "owner", "is_primary": true}]}
        """;

    private FakePlatform platform = null!;
    private PlatformHarness portal = null!;

    public async Task InitializeAsync()
    {
        platform = await FakePlatform.StartAsync();
        portal = PlatformHarness.Create(platform);
    }

    public async Task DisposeAsync()
    {
        await portal.DisposeAsync();
        await platform.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_sends_the_credentials_in_the_body_and_answers_the_user_with_a_token_Portal_verifies()
    {
        platform.OnJson("users/login/", UserJson);
        var identity = portal.Get<IIdentityProvider>();

        var signedIn = Assert.IsType<SignedInUser>((await identity.SignInAsync("ana@example.com", "s3cret!", CancellationToken.None)).SignedIn);

        var request = Assert.Single(platform.RequestsTo("users/login/"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/users/login/", request.RawTarget);
        Assert.Equal("ana@example.com", request.Json.GetProperty("email").GetString());
        Assert.Equal("s3cret!", request.Json.GetProperty("password").GetString());
        Assert.True(request.Json.GetProperty("timestamp").GetInt64() > 0);
        Assert.Equal("42", signedIn.User.Id.Value);
        Assert.Equal("ana@example.com", signedIn.User.Email);
        Assert.Equal("Ana Lima", signedIn.User.Name);
        Assert.Equal([new TenantId("7")], signedIn.User.TenantIds);
        Assert.Equal(42, signedIn.User.PlatformUserId);
        Assert.Equal(["email", "password", "timestamp"], PropertyNames(request));

        var verified = await identity.VerifyAsync(signedIn.Token, CancellationToken.None);
        Assert.Equal(new UserId("42"), verified.UserId);
        Assert.Equal("customer", verified.Portal);
        Assert.DoesNotContain("s3cret!", portal.Log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_answer_without_an_email_address_still_signs_the_user_in_with_a_token_Portal_verifies()
    {
        platform.OnJson("users/login/", UserJson.Replace("\"email\": \"ana@example.com\", ", string.Empty, StringComparison.Ordinal));
        var identity = portal.Get<IIdentityProvider>();

        var signedIn = Assert.IsType<SignedInUser>((await identity.SignInAsync("ana@example.com", "s3cret!", CancellationToken.None)).SignedIn);
        var verified = await identity.VerifyAsync(signedIn.Token, CancellationToken.None);

        Assert.Equal(string.Empty, signedIn.User.Email);
        Assert.Equal(new UserId("42"), verified.UserId);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("\"7 8\"")]
    [InlineData("null")]
    public async Task A_login_customer_hint_Portal_cannot_address_is_left_out_rather_than_failing_the_sign_in(string customerId)
    {
        platform.OnJson("users/login/", UserJson.Replace("\"customer_id\": 7", "\"customer_id\": " + customerId, StringComparison.Ordinal));

        var signedIn = Assert.IsType<SignedInUser>(
            (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "s3cret!", CancellationToken.None)).SignedIn);

        Assert.Equal("42", signedIn.User.Id.Value);
        Assert.Empty(signedIn.User.TenantIds);
    }

    [Theory]
    [InlineData(401, """{"success": false, "error": "Invalid credentials"}""")]
    [InlineData(400, """{"success": false, "error": "Invalid credentials"}""")]
    [InlineData(200, """{"success": false, "error": "Invalid credentials"}""")]
    public async Task A_refused_sign_in_is_wrong_credentials(int status, string answer)
    {
        platform.OnJson("users/login/", answer, status);

        var error = await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "wrong", CancellationToken.None));

        Assert.Contains("password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        platform.OnJson("users/login/", UserJson);
        var identity = portal.Get<IIdentityProvider>();
        var token = (await identity.SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token.Value;
        var payload = token.Split('.')[0];
        var forgedPayload = System.Buffers.Text.Base64Url.EncodeToString(
            System.Text.Encoding.UTF8.GetBytes("""{"user_id":"1","email":"boss@example.com","exp":99999999999}"""));

        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => identity.VerifyAsync(new AccessToken(forgedPayload + token[payload.Length..]), CancellationToken.None));
        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => identity.VerifyAsync(new AccessToken(payload + ".AAAA"), CancellationToken.None));
        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => identity.VerifyAsync(new AccessToken("not-a-token"), CancellationToken.None));
    }

    [Fact]
    public async Task A_token_from_a_portal_with_another_secret_is_refused()
    {
        var otherPortal = new PlatformAccessTokens(
            Options.Create(new PlatformApiOptions { Secret = "another-secret-0123456789-abcdefghijklmn" }), TimeProvider.System);
        var otherToken = otherPortal.Issue(new UserId("42"));
        Assert.Equal("42", otherPortal.Verify(otherToken).UserId.Value);

        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => portal.Get<IIdentityProvider>().VerifyAsync(otherToken, CancellationToken.None));
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var clocked = PlatformHarness.Create(
            platform, settings => settings["PLATFORM_IDENTITY_TOKEN_LIFETIME"] = "00:10:00", clock);
        platform.OnJson("users/login/", UserJson);
        var identity = clocked.Get<IIdentityProvider>();
        var token = (await identity.SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal("42", (await identity.VerifyAsync(token, CancellationToken.None)).UserId.Value);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<NotAuthenticatedException>(() => identity.VerifyAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Customers_become_tenants_with_the_users_role_primary_first_and_no_status_the_Platform_does_not_give()
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson("users/customers/", """
            {"success": true, "results": [
              {"id": 8, "company_name": "", "name": "Side Project", "role": "viewer", "is_primary": false},
              {"id": 7, "company_name": "Lima Dental Ltd", "name": "Ana Lima", "role": "owner", "is_primary": true}
            ]}
            """);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        var tenants = await portal.Get<ITenantDirectory>().ListForUserAsync(token, new UserId("42"), CancellationToken.None);

        Assert.Collection(
            tenants,
            t => Assert.Equal(("7", "Lima Dental Ltd", "owner", TenantStatus.Unknown), (t.Id.Value, t.Name, t.Role, t.Status)),
            t => Assert.Equal(("8", "Side Project", "viewer", TenantStatus.Unknown), (t.Id.Value, t.Name, t.Role, t.Status)));
        Assert.Equal([7L, 8L], tenants.Select(t => t.PlatformCustomerId!.Value));
        var request = Assert.Single(platform.RequestsTo("users/customers/"));
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal(["timestamp", "user_id"], PropertyNames(request));
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("user_id").ValueKind);
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
        Assert.Equal("/api/users/customers/", request.RawTarget);
    }

    /// <summary>A membership whose <c>is_primary</c> is null is read as one without it: not primary, and still the user's.</summary>
    [Fact]
    public async Task A_customer_whose_primary_flag_is_null_is_a_tenant_that_is_not_the_primary_one()
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson("users/customers/", """
            {"success": true, "results": [
              {"id": 8, "company_name": "Side Project", "role": "viewer", "is_primary": null},
              {"id": 7, "company_name": "Lima Dental Ltd", "role": "owner", "is_primary": true}
            ]}
            """);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        var tenants = await portal.Get<ITenantDirectory>().ListForUserAsync(token, new UserId("42"), CancellationToken.None);

        Assert.Equal(["7", "8"], tenants.Select(t => t.Id.Value));
    }

    [Fact]
    public async Task A_customer_the_Platform_lists_twice_is_one_tenant()
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson("users/customers/", """
            {"success": true, "results": [
              {"id": 8, "company_name": "Side Project", "role": "viewer", "is_primary": false},
              {"id": 7, "company_name": "Lima Dental Ltd", "role": "owner", "is_primary": true},
              {"id": 8, "company_name": "Side Project", "role": "viewer", "is_primary": false}
            ]}
            """);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        var tenants = await portal.Get<ITenantDirectory>().ListForUserAsync(token, new UserId("42"), CancellationToken.None);

        Assert.Equal(["7", "8"], tenants.Select(t => t.Id.Value));
    }

    [Theory]
    [InlineData(200, """{"success": true, "customer": {"id": 7, "display_name": "Lima Dental Ltd", "status": "active"}, "meta": {"membership": {"role": "tech"}, "links": {"invoices": "/api/billing/invoices/"}}}""", true)]
    [InlineData(403, """{"success": false, "error": "Access denied"}""", false)]
    public async Task The_access_probe_is_customer_details_with_the_membership_included(int status, string answer, bool expected)
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson("customers/details/", answer, status);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        var granted = await portal.Get<ITenantDirectory>().HasAccessAsync(
            new TenantScope(token, new UserId("42"), new TenantId("7"), new PlatformIdentity(42, 7)), CancellationToken.None);

        Assert.Equal(expected, granted);
        var request = Assert.Single(platform.RequestsTo("customers/details/"));
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal("/api/customers/details/", request.RawTarget);
        Assert.Equal(["customer_id", "include", "timestamp", "user_id"], PropertyNames(request));
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("user_id").ValueKind);
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
        Assert.Equal(7, request.Json.GetProperty("customer_id").GetInt64());
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("timestamp").ValueKind);
        Assert.Equal(["membership"], request.Json.GetProperty("include").EnumerateArray().Select(item => item.GetString()));
    }

    [Fact]
    public async Task Verify_customer_access_is_never_called()
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson("customers/details/", """{"success": true, "customer": {"id": 7}, "meta": {"membership": {"role": "owner"}}}""");
        platform.OnJson(CustomersPath, CustomersJson);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;
        var directory = portal.Get<ITenantDirectory>();

        await directory.ListForUserAsync(token, new UserId("42"), CancellationToken.None);
        await directory.HasAccessAsync(new TenantScope(token, new UserId("42"), new TenantId("7"), new PlatformIdentity(42, 7)), CancellationToken.None);

        Assert.DoesNotContain(platform.Requests, request => request.Path.Contains("verify-customer-access", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_validation_sends_the_user_id_and_a_numeric_timestamp_and_answers_the_membership_hash()
    {
        platform.OnJson("users/session/validate/", """{"active": true, "membership_hash": "0123456789abcdef", "revoke_before": "2026-08-05T18:10:54.123456+00:00"}""");

        var session = await portal.Get<IPlatformSessions>().ValidateAsync(42, CancellationToken.None);

        Assert.Equal("0123456789abcdef", session.MembershipHash);
        var request = Assert.Single(platform.RequestsTo("users/session/validate/"));
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/users/session/validate/", request.RawTarget);
        Assert.Equal(["timestamp", "user_id"], PropertyNames(request));
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("user_id").ValueKind);
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("timestamp").ValueKind);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
    }

    /// <summary>Each membership's role is read as the tenants list reads it, blanks around it trimmed, so " owner " is the owner.</summary>
    [Fact]
    public async Task The_memberships_are_the_customers_list_with_each_role()
    {
        platform.OnJson(CustomersPath, """
            {"success": true, "results": [
              {"id": 7, "company_name": "Lima Dental Ltd", "name": "Ana Lima", "role": " owner ", "is_primary": true},
              {"id": 8, "company_name": "", "name": "Side Project", "role": "tech", "is_primary": false}
            ]}
            """);

        var memberships = await portal.Get<IPlatformSessions>().ListMembershipsAsync(42, CancellationToken.None);

        Assert.Equal([new PlatformMembership(7, "owner"), new PlatformMembership(8, "tech")], memberships);
        var request = Assert.Single(platform.RequestsTo(CustomersPath));
        Assert.True(request.Accepted, request.Refusal);
        Assert.Equal(["timestamp", "user_id"], PropertyNames(request));
        Assert.Equal(42, request.Json.GetProperty("user_id").GetInt64());
    }

    [Fact]
    public async Task A_session_the_Platform_no_longer_accepts_is_revoked()
    {
        platform.OnJson("users/session/validate/", """{"active": false, "error": "Session validation failed"}""", 401);

        await Assert.ThrowsAsync<SignInRevokedException>(() => portal.Get<IPlatformSessions>().ValidateAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_signature_on_the_session_check_is_not_a_revoked_user()
    {
        platform.OnJson("users/session/validate/", """{"error": "HMAC authentication failed"}""", 401);

        // Portal's own misconfiguration: the Platform is unavailable, and nobody is signed out for it.
        await Assert.ThrowsAsync<BackendUnavailableException>(() => portal.Get<IPlatformSessions>().ValidateAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task A_session_answer_without_its_hash_is_unavailable()
    {
        platform.OnJson("users/session/validate/", """{"active": true}""");

        await Assert.ThrowsAsync<BackendUnavailableException>(() => portal.Get<IPlatformSessions>().ValidateAsync(42, CancellationToken.None));
    }

    [Fact]
    public async Task Tenant_calls_with_someone_elses_token_are_refused_before_reaching_the_platform()
    {
        platform.OnJson("users/login/", UserJson);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;
        var directory = portal.Get<ITenantDirectory>();

        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => directory.ListForUserAsync(token, new UserId("43"), CancellationToken.None));
        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => directory.HasAccessAsync(new TenantScope(token, new UserId("43"), new TenantId("7"), new PlatformIdentity(43, 7)), CancellationToken.None));
        Assert.Empty(platform.RequestsTo("users/customers/"));
        Assert.Empty(platform.RequestsTo("customers/details/"));
    }

    [Fact]
    public async Task A_null_entry_in_the_customers_list_is_left_out()
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson(CustomersPath, """{"success": true, "results": [null, {"id": 7, "name": "Ana Lima", "role": "owner", "is_primary": true}]}""");
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        var tenants = await portal.Get<ITenantDirectory>().ListForUserAsync(token, new UserId("42"), CancellationToken.None);

        Assert.Equal("7", Assert.Single(tenants).Id.Value);
    }

    /// <summary>
    /// A customer Portal could not name in a call (its id no positive integer) is left out, and one without a name or a
    /// role is still the user's, called by its id and showing no role: one odd membership never costs the user the others.
    /// </summary>
    [Theory]
    [InlineData("\"cust-7\"")]
    [InlineData("12.5")]
    [InlineData("0")]
    [InlineData("null")]
    public async Task A_customer_Portal_cannot_name_is_left_out_and_one_without_a_name_or_role_is_still_listed(string oddId)
    {
        platform.OnJson("users/login/", UserJson);
        platform.OnJson(CustomersPath, $$$"""
            {"success": true, "results": [
              {"id": {{{oddId}}}, "name": "Odd One", "role": "owner", "is_primary": true},
              {"id": 7, "company_name": "", "name": null, "role": null, "is_primary": false},
              {"id": 8, "company_name": "Side Project", "role": "tech", "is_primary": false}
            ]}
            """);
        var token = (await portal.Get<IIdentityProvider>().SignInAsync("ana@example.com", "pw", CancellationToken.None)).SignedIn!.Token;

        var tenants = await portal.Get<ITenantDirectory>().ListForUserAsync(token, new UserId("42"), CancellationToken.None);
        var memberships = await portal.Get<IPlatformSessions>().ListMembershipsAsync(42, CancellationToken.None);

        Assert.Equal([("7", "Customer 7", (string?)null), ("8", "Side Project", "tech")], tenants.Select(t => (t.Id.Value, t.Name, t.Role)));
        Assert.Equal([new PlatformMembership(8, "tech")], memberships);
    }

    private static string[] PropertyNames(RecordedRequest request) =>
        [.. request.Json.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal)];
}
