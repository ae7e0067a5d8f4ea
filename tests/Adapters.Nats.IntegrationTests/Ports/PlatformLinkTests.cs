using Portal.Adapters.Nats.IntegrationTests.Support;
using Portal.Domain.Identity;

namespace Portal.Adapters.Nats.IntegrationTests.Ports;

/// <summary>
/// The links from an HTPI tenant and user to a Platform customer and user (<c>settings.platform_customer_id</c>,
/// <c>platform_user_id</c>): integers, read tolerantly; a missing or unreadable one means "not linked", never a failure.
/// </summary>
public sealed class PlatformLinkTests
{
    private readonly FakeMessageBus bus = new();
    private readonly Adapter adapter;

    public PlatformLinkTests() => adapter = new Adapter(bus);

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("\"42\"", 42L)]
    [InlineData("9007199254740993", 9_007_199_254_740_993L)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData("4.5", null)]
    [InlineData("\"cust-42\"", null)]
    [InlineData("null", null)]
    [InlineData("{}", null)]
    public async Task A_tenants_platform_customer_id_is_a_positive_integer_or_no_link(string value, long? expected)
    {
        bus.AnswerWith($$"""
            {"success": true, "tenants": [
              {"id": "tenant-001", "name": "Mercy General Hospital", "status": "active",
               "settings": {"features": ["patients"], "platform_customer_id": {{value}}} } ]}
            """);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(tenants).PlatformCustomerId);
    }

    [Fact]
    public async Task A_tenant_without_settings_or_link_has_none()
    {
        bus.AnswerWith(PublicAnswers.Tenants);

        var tenants = await adapter.Tenants.ListForUserAsync(new AccessToken(TestScope.Token), new UserId("user-1"), CancellationToken.None);

        Assert.All(tenants, tenant => Assert.Null(tenant.PlatformCustomerId));
    }

    [Theory]
    [InlineData("17", 17L)]
    [InlineData("\"17\"", 17L)]
    [InlineData("\"\"", null)]
    [InlineData("true", null)]
    public async Task The_login_and_verify_answers_platform_user_id_is_read_the_same_way(string value, long? expected)
    {
        bus.AnswerWith(PublicAnswers.Login.Replace("\"role\": \"user\",", $"\"role\": \"user\", \"platform_user_id\": {value},", StringComparison.Ordinal));
        var signedIn = Assert.IsType<SignedInUser>((await adapter.Identity.SignInAsync("demo@htpi.com", "demo123", CancellationToken.None)).SignedIn);
        bus.AnswerWith(PublicAnswers.Verified.Replace("\"role\": \"user\",", $"\"role\": \"user\", \"platform_user_id\": {value},", StringComparison.Ordinal));
        var verified = await adapter.Identity.VerifyAsync(signedIn.Token, CancellationToken.None);

        Assert.Equal(expected, signedIn.User.PlatformUserId);
        Assert.Equal(expected, verified.PlatformUserId);
    }

    [Fact]
    public async Task A_user_without_a_link_has_none()
    {
        bus.AnswerWith(PublicAnswers.Login);

        var signedIn = Assert.IsType<SignedInUser>((await adapter.Identity.SignInAsync("demo@htpi.com", "demo123", CancellationToken.None)).SignedIn);

        Assert.Null(signedIn.User.PlatformUserId);
    }
}
