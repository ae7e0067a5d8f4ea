using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

public sealed class IdentityProviderTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public IdentityProviderTests() => adapter = new Adapter(bus);

    [Fact]
    public async Task Sign_in_sends_the_credentials_without_a_token_and_returns_the_user()
    {
        bus.AnswerWith(WireSamples.Login);

        var signedIn = Assert.IsType<SignedInUser>((await adapter.Identity.SignInAsync("ann@example.com", "s3cret", CancellationToken.None)).SignedIn);

        var request = bus.LastRequest;
        Assert.Equal("htpi.auth.login", request.Subject);
        Assert.StartsWith("customer.auth.response.", request.ReplySubject, StringComparison.Ordinal);
        Assert.Equal("ann@example.com", request.Field("email"));
        Assert.Equal("s3cret", request.Field("password"));
        Assert.False(request.Has("token"));
        Assert.Equal(new UserId("user-1"), signedIn.User.Id);
        Assert.Equal("ann@example.com", signedIn.User.Email);
        Assert.Equal("Ann Example", signedIn.User.Name);
        Assert.Equal([new TenantId("tenant-a"), new TenantId("tenant-b")], signedIn.User.TenantIds);
        Assert.Equal("eyJhbGciOiJIUzI1NiJ9.issued.signature", signedIn.Token.Value);
    }

    [Fact]
    public async Task Tenant_entries_Portal_cannot_address_are_left_out_rather_than_failing_the_sign_in()
    {
        bus.AnswerWith(WireSamples.Login.Replace(
            """["tenant-a", {"id": "tenant-b"}]""", """[null, "tenant-a", "acme.east", {"name": "no id"}, 7, true]""", StringComparison.Ordinal));

        var signedIn = Assert.IsType<SignedInUser>((await adapter.Identity.SignInAsync("ann@example.com", "s3cret", CancellationToken.None)).SignedIn);

        Assert.Equal([new TenantId("tenant-a"), new TenantId("7")], signedIn.User.TenantIds);
    }

    [Theory]
    [InlineData("\"tenant-a\"", "tenant-a")]
    [InlineData("{\"id\": \"tenant-a\"}", "tenant-a")]
    [InlineData("\"tenant-a,tenant-b\"", null)]
    [InlineData("{\"tenant-a\": true}", null)]
    [InlineData("true", null)]
    public async Task Tenants_sent_as_no_list_are_read_as_the_one_entry_they_are_or_none_rather_than_failing_the_sign_in(string tenants, string? read)
    {
        bus.AnswerWith(WireSamples.Login.Replace("""["tenant-a", {"id": "tenant-b"}]""", tenants, StringComparison.Ordinal));

        var signedIn = Assert.IsType<SignedInUser>((await adapter.Identity.SignInAsync("ann@example.com", "s3cret", CancellationToken.None)).SignedIn);

        Assert.Equal(read is null ? [] : [new TenantId(read)], signedIn.User.TenantIds);
    }

    [Fact]
    public async Task A_login_answer_with_no_email_name_or_role_still_signs_the_user_in()
    {
        bus.AnswerWith("""{"success": true, "user": {"id": "user-1", "tenants": ["tenant-a"]}, "token": "t"}""");

        var signedIn = Assert.IsType<SignedInUser>((await adapter.Identity.SignInAsync("ann@example.com", "s3cret", CancellationToken.None)).SignedIn);

        Assert.Equal(new UserId("user-1"), signedIn.User.Id);
        Assert.Equal(string.Empty, signedIn.User.Email);
        Assert.Equal(string.Empty, signedIn.User.Name);
    }

    [Fact]
    public async Task Wrong_credentials_are_not_authenticated()
    {
        bus.AnswerWith(WireSamples.Refusal("Invalid credentials"));

        var error = await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => adapter.Identity.SignInAsync("ann@example.com", "wrong", CancellationToken.None));

        Assert.Equal("Invalid credentials", error.Message);
    }

    [Fact]
    public async Task Successful_login_without_a_token_is_malformed()
    {
        bus.AnswerWith("""{"success": true, "user": {"id": "user-1", "email": "a@example.com", "role": "customer"}}""");

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(
            () => adapter.Identity.SignInAsync("a@example.com", "pw", CancellationToken.None));

        Assert.Equal("auth", error.Area);
    }

    [Fact]
    public async Task Sign_out_sends_the_token_on_htpi_auth_logout()
    {
        bus.AnswerWith("""{"success": true}""");

        await adapter.Identity.SignOutAsync(new AccessToken(TestScope.Token), CancellationToken.None);

        Assert.Equal("htpi.auth.logout", bus.LastRequest.Subject);
        Assert.Equal(TestScope.Token, bus.LastRequest.Field("token"));
    }

    [Fact]
    public async Task Sign_out_completes_when_no_service_answers_htpi_auth_logout()
    {
        // The fake bus answers every request with "no responders" unless told otherwise.
        await adapter.Identity.SignOutAsync(new AccessToken(TestScope.Token), CancellationToken.None);

        Assert.Equal("htpi.auth.logout", bus.LastRequest.Subject);
    }

    [Fact]
    public async Task Sign_out_of_a_token_the_service_no_longer_knows_is_not_authenticated()
    {
        bus.AnswerWith(WireSamples.Refusal("invalid token"));

        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => adapter.Identity.SignOutAsync(new AccessToken(TestScope.Token), CancellationToken.None));
    }

    [Fact]
    public async Task Verify_sends_the_token_and_reads_the_snake_case_answer()
    {
        bus.AnswerWith(WireSamples.VerifiedToken);

        var verified = await adapter.Identity.VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);

        Assert.Equal("htpi.auth.verify", bus.LastRequest.Subject);
        Assert.Equal(TestScope.Token, bus.LastRequest.Field("token"));
        Assert.Equal(new UserId("user-1"), verified.UserId);
        Assert.Equal("customer", verified.Portal);
    }

    [Fact]
    public async Task A_verify_answer_without_email_or_role_still_verifies_the_token()
    {
        bus.AnswerWith("""{"valid": true, "user_id": "user-1", "portal": "customer"}""");

        var verified = await adapter.Identity.VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None);

        Assert.Equal(new UserId("user-1"), verified.UserId);
    }

    [Theory]
    [InlineData("""{"valid": false}""")]
    [InlineData("""{"valid": false, "error": "Token expired"}""")]
    [InlineData("""{"success": false, "error": "Invalid token"}""")]
    [InlineData("""{"valid": true, "user_id": "user-1", "email": "a@example.com", "role": "admin", "portal": "admin"}""")]
    public async Task Token_that_is_not_good_for_this_portal_is_not_authenticated(string answer)
    {
        bus.AnswerWith(answer);

        await Assert.ThrowsAsync<NotAuthenticatedException>(
            () => adapter.Identity.VerifyAsync(new AccessToken(TestScope.Token), CancellationToken.None));
    }
}
