using System.Net;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

public sealed class PlatformEndpointTests(PlatformHostFixture fixture) : IClassFixture<PlatformHostFixture>
{
    private PlatformClient Client => fixture.Client;

    [Fact]
    public async Task Login_accepts_a_customer_user_and_names_their_primary_customer()
    {
        var (status, json) = await Client.PostAsync("users/login/", string.Empty, string.Empty, new { email = "dana.whitfield@example.com", password = "demo-password-1" });

        Assert.Equal(HttpStatusCode.OK, status);
        var user = json.GetProperty("user");
        Assert.Equal(PlatformClient.DanaId, user.GetProperty("id").GetString());
        Assert.Equal("Dana", user.GetProperty("first_name").GetString());
        Assert.Equal("tnt-riverside", user.GetProperty("customer_id").GetString());
    }

    [Theory]
    [InlineData("dana.whitfield@example.com", "wrong-password")]
    [InlineData("olivia.grant@example.com", "demo-password-3")]
    public async Task Login_refuses_wrong_passwords_and_non_customer_users(string email, string password)
    {
        var (status, json) = await Client.PostAsync("users/login/", string.Empty, string.Empty, new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Customers_are_the_htpi_tenants_of_the_user()
    {
        var (_, json) = await Client.PostAsync("users/customers/", PlatformClient.DanaId, string.Empty);

        var ids = json.GetProperty("results").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(["tnt-riverside", "tnt-harbor"], ids);
    }

    [Fact]
    public async Task Invoice_list_uses_billing_pagination_names()
    {
        var (status, json) = await Client.PostAsync("billing/invoices/", PlatformClient.DanaId, "tnt-riverside", new { page = 2, limit = 5 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, json.GetProperty("invoices").GetArrayLength());
        var pagination = json.GetProperty("pagination");
        Assert.Equal(2, pagination.GetProperty("current_page").GetInt32());
        Assert.True(pagination.GetProperty("total_items").GetInt32() > 10);
        Assert.True(pagination.GetProperty("total_pages").GetInt32() >= 3);
    }

    [Fact]
    public async Task Services_list_uses_the_standard_pagination_inside_data()
    {
        var (_, json) = await Client.PostAsync("services/", PlatformClient.MarcoId, "tnt-summit", new { page = 1, limit = 2 });

        var data = json.GetProperty("data");
        Assert.Equal(2, data.GetProperty("services").GetArrayLength());
        Assert.True(data.GetProperty("pagination").GetProperty("has_next").GetBoolean());
        Assert.Equal(5, data.GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Usage_covers_ninety_days()
    {
        var (_, services) = await Client.PostAsync("services/", PlatformClient.MarcoId, "tnt-summit");
        var id = services.GetProperty("data").GetProperty("services")[0].GetProperty("id").GetInt32();

        var (status, json) = await Client.PostAsync($"services/{id}/usage/", PlatformClient.MarcoId, "tnt-summit", new { period = "90d" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(90, json.GetProperty("data").GetProperty("usage").GetArrayLength());
    }

    [Fact]
    public async Task Another_customers_invoice_looks_exactly_like_a_missing_one()
    {
        var (_, theirs) = await Client.PostAsync("billing/invoices/", PlatformClient.MarcoId, "tnt-summit");
        var number = theirs.GetProperty("invoices")[0].GetProperty("number").GetString();

        var (otherStatus, other) = await Client.PostAsync($"billing/invoices/{number}/", PlatformClient.DanaId, "tnt-riverside");
        var (missingStatus, missing) = await Client.PostAsync("billing/invoices/INV-1999-9999/", PlatformClient.DanaId, "tnt-riverside");

        Assert.Equal(HttpStatusCode.NotFound, otherStatus);
        Assert.Equal(missingStatus, otherStatus);
        Assert.Equal(missing.GetRawText(), other.GetRawText());
    }

    [Fact]
    public async Task A_customer_the_user_does_not_belong_to_is_forbidden()
    {
        var (status, json) = await Client.PostAsync("billing/summary/", PlatformClient.MarcoId, "tnt-riverside");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.False(json.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task A_ticket_can_be_opened_and_answered()
    {
        var (created, ticket) = await Client.PostAsync("tickets/create/", PlatformClient.MarcoId, "tnt-summit",
            new { title = "Backup size", description = "How large are our backups?", priority = "high", category = "Hosting" });
        var id = ticket.GetProperty("data").GetProperty("ticket").GetProperty("id").GetInt32();

        var (replied, _) = await Client.PostAsync($"tickets/{id}/reply/", PlatformClient.MarcoId, "tnt-summit", new { content = "Any news?" });
        var (_, detail) = await Client.PostAsync($"tickets/{id}/", PlatformClient.MarcoId, "tnt-summit");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(HttpStatusCode.Created, replied);
        var comments = detail.GetProperty("data").GetProperty("ticket").GetProperty("comments");
        Assert.Equal("Any news?", comments[0].GetProperty("content").GetString());
    }
}
