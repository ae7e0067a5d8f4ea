using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Common.Exceptions;
using Portal.Application.Team.Ports;
using Portal.Domain.Team;

namespace Portal.Adapters.Http.IntegrationTests.Team;

/// <summary>The team area against answers shaped as platform-api.md §5 says PRAHO sends them (§2.6: 30 invitations a minute).</summary>
public sealed class TeamDirectoryTests : PlatformTestBase
{
    private ITeamDirectory Team => Portal.Get<ITeamDirectory>();

    [Fact]
    public async Task A_member_whose_primary_flag_is_null_is_listed_as_not_primary()
    {
        Platform.OnJson("customers/users/", """
            {"success": true, "users": [{"user_id": 44, "email": "eva@limadental.example", "role": "viewer", "is_primary": null}]}
            """);

        var team = await Team.ListAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.False(Assert.Single(team).IsPrimary);
    }

    [Fact]
    public async Task The_list_maps_the_members_and_degrades_a_missing_name_role_or_date_to_one_value()
    {
        Platform.OnJson("customers/users/", """
            {"success": true, "users": [
              {"user_id": 42, "email": "ana@limadental.example", "first_name": "Ana", "last_name": "Lima", "role": "owner", "is_active": true,
               "is_primary": true, "created_at": "2026-01-05T09:30:00.123456+00:00"},
              {"user_id": "43", "email": "ion@limadental.example", "role": "auditor", "is_active": true, "created_at": "yesterday"},
              null
            ]}
            """);

        var team = await Team.ListAsync(ScopeFor(Portal), CancellationToken.None);

        AssertScopedPost(Assert.Single(Platform.Requests), "/api/customers/users/");
        Assert.Collection(
            team,
            ana =>
            {
                Assert.Equal((42L, "Ana Lima", "owner", true), (ana.UserId, ana.Name, ana.Role, ana.IsPrimary));
                Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 30, 0, 123, TimeSpan.Zero).AddTicks(4560), ana.JoinedAt);
            },
            ion => Assert.Equal((43L, "ion@limadental.example", "auditor", (DateTimeOffset?)null), (ion.UserId, ion.Name, ion.Role, ion.JoinedAt)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"user_id\": null, ")]
    [InlineData("\"user_id\": \"ion\", ")]
    [InlineData("\"user_id\": 4.5, ")]
    [InlineData("\"user_id\": 0, ")]
    public async Task A_member_without_a_user_id_no_action_could_name_is_left_out_not_the_team(string userId)
    {
        Platform.OnJson("customers/users/", $$$"""
            {"success": true, "users": [{{{{userId}}}"email": "ion@limadental.example", "role": "tech"},
              {"user_id": 44, "email": "eva@limadental.example", "role": "viewer"}]}
            """);

        var members = await Team.ListAsync(ScopeFor(Portal), CancellationToken.None);

        Assert.Equal(44L, Assert.Single(members).UserId);
    }

    [Fact]
    public async Task An_invitation_sends_the_contracts_fields_and_reads_the_201()
    {
        Platform.OnJson(
            "customers/users/create/",
            """{"success": true, "user_id": 77, "message": "User created and added as tech.", "invite_email_sent": true}""",
            StatusCodes.Status201Created);

        var invitation = await Team.InviteAsync(ScopeFor(Portal), new NewMember("linus@example.com", "Linus", "", "tech"), CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/customers/users/create/");
        Assert.Equal(
            ("linus@example.com", "Linus", "", "tech"),
            (Text(request.Json, "email"), Text(request.Json, "first_name"), Text(request.Json, "last_name"), Text(request.Json, "role")));
        Assert.Equal(new MemberInvitation(77, true), invitation);
    }

    [Theory]
    [InlineData(409, "This user is already a member of your organization.", "email")]
    [InlineData(400, "Cannot create a user with this email. Contact support if you need help.", "email")]
    [InlineData(400, "Invalid email address.", "email")]
    [InlineData(400, "Invalid role. Must be one of: owner, billing, tech, viewer", "role")]
    public async Task An_invitations_refusal_names_the_field_it_is_about(int status, string message, string field)
    {
        Platform.OnJson("customers/users/create/", JsonSerializer.Serialize(new { success = false, error = message }), status);

        var refusal = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Team.InviteAsync(ScopeFor(Portal), new NewMember("sam@example.com", "", "", "viewer"), CancellationToken.None));

        Assert.Equal(message, refusal.Message);
        Assert.Equal([message], refusal.FieldErrors[field]);
    }

    [Fact]
    public async Task An_invitation_refused_for_the_callers_own_access_is_the_practice_not_found_not_a_missing_member()
    {
        Platform.OnJson("customers/users/create/", """{"success": false, "error": "Access denied"}""", StatusCodes.Status403Forbidden);

        var refusal = await Assert.ThrowsAsync<NotFoundException>(
            () => Team.InviteAsync(ScopeFor(Portal), new NewMember("sam@example.com", "", "", "viewer"), CancellationToken.None));

        Assert.Equal("tenant", refusal.What);
    }

    [Fact]
    public async Task Over_thirty_invitations_a_minute_the_platforms_429_is_busy_with_its_wait_and_not_retried()
    {
        Platform.On("customers/users/create/", (context, _) =>
        {
            context.Response.Headers.RetryAfter = "41";
            return FakePlatform.WriteJsonAsync(
                context,
                """{"success": false, "error": "Too many requests", "detail": "Request was throttled.", "retry_after": 41, "status": 429}""",
                StatusCodes.Status429TooManyRequests);
        });

        var busy = await Assert.ThrowsAsync<BackendBusyException>(
            () => Team.InviteAsync(ScopeFor(Portal), new NewMember("linus@example.com", "", "", "viewer"), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(41), busy.RetryAfter);
        Assert.Single(Platform.Requests);
    }

    [Fact]
    public async Task A_role_change_sends_the_target_as_a_number_and_the_new_role()
    {
        Platform.OnJson("customers/users/role/", """{"success": true, "message": "Role changed from tech to billing."}""");

        await Team.ChangeRoleAsync(ScopeFor(Portal), 43, "billing", CancellationToken.None);

        var request = Assert.Single(Platform.Requests);
        AssertScopedPost(request, "/api/customers/users/role/");
        Assert.Equal(JsonValueKind.Number, request.Json.GetProperty("target_user_id").ValueKind);
        Assert.Equal((43L, "billing"), (request.Json.GetProperty("target_user_id").GetInt64(), Text(request.Json, "new_role")));
    }

    [Fact]
    public async Task The_platforms_last_owner_refusal_is_a_rejection_with_its_reason()
    {
        Platform.OnJson(
            "customers/users/role/", """{"success": false, "error": "Cannot remove the last owner. Assign another owner first."}""", StatusCodes.Status400BadRequest);

        var refusal = await Assert.ThrowsAsync<RequestRejectedException>(
            () => Team.ChangeRoleAsync(ScopeFor(Portal), 43, "viewer", CancellationToken.None));

        Assert.Equal("Cannot remove the last owner. Assign another owner first.", refusal.Message);
        Assert.Empty(refusal.FieldErrors);
    }

    [Fact]
    public async Task A_removal_sends_the_target_and_a_membership_the_platform_does_not_find_is_the_member_not_found()
    {
        Platform.OnSequence(
            "customers/users/remove/",
            FakePlatform.Json("""{"success": true, "message": "User removed from customer."}"""),
            FakePlatform.Json("""{"success": false, "error": "Membership not found."}""", StatusCodes.Status404NotFound));

        await Team.RemoveAsync(ScopeFor(Portal), 43, CancellationToken.None);
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Team.RemoveAsync(ScopeFor(Portal), 43, CancellationToken.None));

        AssertScopedPost(Platform.Requests[0], "/api/customers/users/remove/");
        Assert.Equal(43, Platform.Requests[0].Json.GetProperty("target_user_id").GetInt64());
        Assert.Equal("member", missing.What);
    }

    [Fact]
    public async Task A_removal_is_never_retried_even_after_a_503()
    {
        Platform.On("customers/users/remove/", (context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            return FakePlatform.WriteJsonAsync(context, """{"success": false}""", StatusCodes.Status503ServiceUnavailable);
        });

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => Team.RemoveAsync(ScopeFor(Portal), 43, CancellationToken.None));

        Assert.Equal("team", error.Area);
        Assert.Single(Platform.Requests);
    }

    private static string? Text(JsonElement json, string name) => json.GetProperty(name).GetString();
}
