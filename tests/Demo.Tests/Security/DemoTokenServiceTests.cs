using System.Buffers.Text;
using System.Text.Json;
using Portal.Demo.Tests.Infrastructure;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Tests.Security;

public sealed class DemoTokenServiceTests
{
    private static readonly byte[] Secret = "a-test-secret-of-thirty-two-bytes!"u8.ToArray();
    private static readonly IReadOnlyList<DemoUser> Users = DemoCatalog.Users(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));

    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Issued_token_is_an_hs256_jwt_with_the_contract_claims_valid_for_24_hours()
    {
        var token = new DemoTokenService(Secret, clock).Issue(Users[0]);

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[0]));
        var payload = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[1]));
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        Assert.Equal("usr-dana-whitfield", payload.GetProperty("user_id").GetString());
        Assert.Equal("dana.whitfield@example.com", payload.GetProperty("email").GetString());
        Assert.Equal("practice_manager", payload.GetProperty("role").GetString());
        Assert.Equal("customer", payload.GetProperty("portal").GetString());
        Assert.Equal(clock.GetUtcNow().AddHours(24).ToUnixTimeSeconds(), payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Token_is_valid_until_it_expires()
    {
        var service = new DemoTokenService(Secret, clock);
        var token = service.Issue(Users[1]);

        clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Equal("usr-marco-alvarez", service.Validate(token)?.UserId);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(service.Validate(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    public void Malformed_tokens_are_invalid(string token)
    {
        Assert.Null(new DemoTokenService(Secret, clock).Validate(token));
    }

    [Fact]
    public void Token_signed_with_another_secret_or_altered_is_invalid()
    {
        var service = new DemoTokenService(Secret, clock);
        var foreign = new DemoTokenService("another-secret-of-thirty-two-by!"u8.ToArray(), clock).Issue(Users[0]);
        var parts = service.Issue(Users[1]).Split('.');
        var forgedPayload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new
        {
            user_id = "usr-dana-whitfield",
            email = "dana.whitfield@example.com",
            role = "practice_manager",
            portal = "customer",
            exp = clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds(),
        }));

        Assert.Null(service.Validate(foreign));
        Assert.Null(service.Validate($"{parts[0]}.{forgedPayload}.{parts[2]}"));
    }
}
