using System.Net;
using System.Text.Json;
using Portal.Demo.Backend;
using Portal.Demo.Tests.Infrastructure;

namespace Portal.Demo.Tests.Platform;

/// <summary>
/// The team changes of platform-api.md §5 (owners only, with the contract's messages), each test on its own demo backend
/// because they change memberships; a change shows in the member list, in <c>users/customers/</c> and in the affected
/// user's membership hash.
/// </summary>
public sealed class TeamTests : IAsyncLifetime
{
    private const long Priya = 1045;

    private DemoBackendHost host = null!;
    private HttpClient http = null!;
    private PlatformClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DemoBackendHost.StartAsync(new DemoBackendOptions { BroadcastInterval = TimeSpan.Zero });
        http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        client = new PlatformClient(host, http);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("customers/users/create/")]
    [InlineData("customers/users/role/")]
    [InlineData("customers/users/remove/")]
    public async Task Only_an_owner_changes_the_team(string endpoint)
    {
        var extra = new { email = "new.member@example.com", role = "tech", target_user_id = Priya, new_role = "tech" };

        var viewer = await client.PostAsync(endpoint, PlatformClient.Sam, PlatformClient.Riverside, extra);
        var billing = await client.PostAsync(endpoint, PlatformClient.Dana, PlatformClient.Harbor, extra);

        foreach (var (status, json) in new[] { viewer, billing })
        {
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("""{"success":false,"error":"Owner role required for this action."}""", JsonSerializer.Serialize(json));
        }

        Assert.Equal(["billing", "owner", "viewer"], await RolesIn(PlatformClient.Riverside));
    }

    [Fact]
    public async Task Every_practice_has_a_team_with_an_owner()
    {
        Assert.Equal([(Priya, "billing"), (PlatformClient.Dana, "owner"), (PlatformClient.Sam, "viewer")], await MembersOf(PlatformClient.Riverside));
        Assert.Equal([(PlatformClient.Dana, "billing"), (1046L, "owner")], await MembersOf(PlatformClient.Harbor));
        Assert.Equal([(1047L, "owner"), (PlatformClient.Marco, "tech")], await MembersOf(PlatformClient.Summit));
    }

    [Fact]
    public async Task An_owner_invites_a_new_user_who_is_listed_and_cannot_sign_in()
    {
        var (status, json) = await client.PostAsync(
            "customers/users/create/", PlatformClient.Dana, PlatformClient.Riverside, new { email = " Linus@Example.com ", first_name = "Linus", last_name = "Torvalds", role = "tech" });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(json.GetProperty("success").GetBoolean());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("user_id").ValueKind);
        Assert.Equal("User created and added as tech.", json.GetProperty("message").GetString());
        Assert.False(json.GetProperty("invite_email_sent").GetBoolean());
        var id = json.GetProperty("user_id").GetInt64();
        var (_, list) = await client.PostAsync("customers/users/", PlatformClient.Dana, PlatformClient.Riverside);
        var member = Assert.Single(list.GetProperty("users").EnumerateArray(), u => u.GetProperty("user_id").GetInt64() == id);
        Assert.Equal(("linus@example.com", "Linus", "tech"), (member.GetProperty("email").GetString(), member.GetProperty("first_name").GetString(), member.GetProperty("role").GetString()));
        foreach (var password in new[] { "demo-password-1", "!" })
        {
            var (login, _) = await client.PostBodyAsync("users/login/", PlatformClient.Json(new { email = "linus@example.com", password }));
            Assert.Equal(HttpStatusCode.Unauthorized, login);
        }
    }

    [Fact]
    public async Task An_invitation_takes_the_viewer_role_unless_told()
    {
        var (_, json) = await client.PostAsync("customers/users/create/", PlatformClient.Dana, PlatformClient.Riverside, new { email = "ada@example.org" });

        Assert.Equal("User created and added as viewer.", json.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(null, "tech", 400, "Email is required.")]
    [InlineData("no-at-sign.example.com", "tech", 400, "Invalid email address.")]
    [InlineData("ada@example.org", "admin", 400, "Invalid role. Must be one of: owner, billing, tech, viewer")]
    [InlineData("sam.okafor@example.com", "tech", 409, "This user is already a member of your organization.")]
    [InlineData("marco.alvarez@example.com", "tech", 400, "Cannot create a user with this email. Contact support if you need help.")]
    public async Task An_invitation_is_refused_with_the_contracts_messages(string? email, string role, int expectedStatus, string error)
    {
        var (status, json) = await client.PostAsync("customers/users/create/", PlatformClient.Dana, PlatformClient.Riverside, new { email, role });

        Assert.Equal((HttpStatusCode)expectedStatus, status);
        Assert.False(json.GetProperty("success").GetBoolean());
        Assert.Equal(error, json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Invitations_are_limited_to_30_a_minute_per_portal()
    {
        for (var n = 0; n < 30; n++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("customers/users/create/", PlatformClient.Dana, PlatformClient.Riverside, new { email = "not-an-address" })).Status);
        }

        using var limited = await client.SendAsync(client.Signer.Create(
            client.Url("customers/users/create/"), PlatformClient.Body(PlatformClient.Dana, PlatformClient.Riverside, new { email = "ada@example.org" })));
        var list = await client.PostAsync("customers/users/", PlatformClient.Dana, PlatformClient.Riverside);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.OK, list.Status);
    }

    [Fact]
    public async Task An_owner_changes_a_role_and_the_members_hash_changes()
    {
        var before = await HashOf(PlatformClient.Sam);

        var (status, json) = await client.PostAsync("customers/users/role/", PlatformClient.Dana, PlatformClient.Riverside, new { target_user_id = PlatformClient.Sam, new_role = "tech" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"success":true,"message":"Role changed from viewer to tech."}""", JsonSerializer.Serialize(json));
        Assert.Equal(["billing", "owner", "tech"], await RolesIn(PlatformClient.Riverside));
        Assert.NotEqual(before, await HashOf(PlatformClient.Sam));
        var (_, customers) = await client.PostBodyAsync("users/customers/", PlatformClient.Body(PlatformClient.Sam, null));
        Assert.Equal("tech", customers.GetProperty("results").EnumerateArray().First(c => c.GetProperty("id").GetInt64() == PlatformClient.Riverside).GetProperty("role").GetString());
    }

    [Theory]
    [InlineData(PlatformClient.Dana, "viewer", 400, "Cannot perform this action on yourself.")]
    [InlineData(PlatformClient.Marco, "viewer", 404, "Membership not found.")]
    [InlineData(PlatformClient.Sam, "admin", 400, "Invalid role. Must be one of: owner, billing, tech, viewer")]
    [InlineData(null, "viewer", 400, "target_user_id and new_role are required.")]
    public async Task A_role_change_is_refused_with_the_contracts_messages(long? target, string role, int expectedStatus, string error)
    {
        var (status, json) = await client.PostAsync("customers/users/role/", PlatformClient.Dana, PlatformClient.Riverside, new { target_user_id = target, new_role = role });

        Assert.Equal((HttpStatusCode)expectedStatus, status);
        Assert.Equal(error, json.GetProperty("error").GetString());
        Assert.Equal(["billing", "owner", "viewer"], await RolesIn(PlatformClient.Riverside));
    }

    [Fact]
    public async Task A_removed_member_loses_access_keeps_the_menu_entry_and_their_hash_changes()
    {
        var before = await HashOf(PlatformClient.Sam);

        var (status, json) = await client.PostAsync("customers/users/remove/", PlatformClient.Dana, PlatformClient.Riverside, new { target_user_id = PlatformClient.Sam });
        var again = await client.PostAsync("customers/users/remove/", PlatformClient.Dana, PlatformClient.Riverside, new { target_user_id = PlatformClient.Sam });
        var (probe, refusal) = await client.PostAsync("customers/details/", PlatformClient.Sam, PlatformClient.Riverside);
        var (_, customers) = await client.PostBodyAsync("users/customers/", PlatformClient.Body(PlatformClient.Sam, null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"success":true,"message":"User removed from customer."}""", JsonSerializer.Serialize(json));
        Assert.Equal((HttpStatusCode.NotFound, "Membership not found."), (again.Status, again.Json.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.Forbidden, "Access denied"), (probe, refusal.GetProperty("error").GetString()));
        Assert.Contains(customers.GetProperty("results").EnumerateArray(), c => c.GetProperty("id").GetInt64() == PlatformClient.Riverside);
        Assert.Equal(["billing", "owner"], await RolesIn(PlatformClient.Riverside));
        Assert.NotEqual(before, await HashOf(PlatformClient.Sam));
    }

    [Theory]
    [InlineData(PlatformClient.Dana, 400, "Cannot perform this action on yourself.")]
    [InlineData(PlatformClient.Olivia, 404, "Membership not found.")]
    [InlineData(null, 400, "target_user_id is required.")]
    public async Task A_removal_is_refused_with_the_contracts_messages(long? target, int expectedStatus, string error)
    {
        var (status, json) = await client.PostAsync("customers/users/remove/", PlatformClient.Dana, PlatformClient.Riverside, new { target_user_id = target });

        Assert.Equal((HttpStatusCode)expectedStatus, status);
        Assert.Equal(error, json.GetProperty("error").GetString());
    }

    private async Task<List<(long, string?)>> MembersOf(long customer)
    {
        var owner = customer == PlatformClient.Summit ? PlatformClient.Marco : PlatformClient.Dana;
        var (_, json) = await client.PostAsync("customers/users/", owner, customer);
        return [.. json.GetProperty("users").EnumerateArray().Select(u => (u.GetProperty("user_id").GetInt64(), u.GetProperty("role").GetString()))];
    }

    private async Task<List<string?>> RolesIn(long customer) => [.. (await MembersOf(customer)).Select(m => m.Item2)];

    private async Task<string?> HashOf(long user) =>
        (await client.PostBodyAsync("users/session/validate/", PlatformClient.Body(user, null))).Json.GetProperty("membership_hash").GetString();
}
