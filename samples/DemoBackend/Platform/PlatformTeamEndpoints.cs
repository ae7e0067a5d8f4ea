using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;
using Portal.Demo.Backend.Security;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// A customer's team changes (platform-api.md §5), owners only, with the contract's messages: invite
/// (<c>customers/users/create/</c>, 201, a new user with an unusable password; 30 per minute per portal id), change a role
/// (<c>customers/users/role/</c>) and remove (<c>customers/users/remove/</c>, which deactivates the membership). Nobody
/// acts on themselves. The Platform's "last owner" and "last member" refusals are not here: with an active owner acting
/// and never on themselves, no change can leave a customer without an owner or a member, so they could never answer.
/// The list, <c>customers/users/</c>, is with the accounts endpoints. The demo sends no e-mail, so an invitation answers
/// <c>invite_email_sent: false</c>.
/// </summary>
internal static class PlatformTeamEndpoints
{
    public const int InvitesPerMinute = 30;

    public const string OwnerRequired = "Owner role required for this action.";

    private static readonly string[] Roles = ["owner", "billing", "tech", "viewer"];

    private static readonly string InvalidRole = "Invalid role. Must be one of: " + string.Join(", ", Roles);

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        var invites = new PortalRateLimiter(InvitesPerMinute, clock);

        PlatformRoutes.Post(api, "customers/users/create/", (HttpContext context) =>
        {
            if (invites.TryAcquire(context.Request.Headers["X-Portal-Id"].ToString()) is { } wait)
            {
                return PlatformResults.TooManyRequests(Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            return PlatformCaller.Answer(world, context, clock, (call, caller) =>
            {
                if (caller.Membership.Role != "owner")
                {
                    return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerRequired);
                }

                var email = call.String("email")?.ToLowerInvariant();
                var role = call.String("role") ?? "viewer";
                if (email is null)
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "Email is required.");
                }

                if (!LooksLikeEmail(email))
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, "Invalid email address.");
                }

                if (!Roles.Contains(role))
                {
                    return PlatformResults.Error(StatusCodes.Status400BadRequest, InvalidRole);
                }

                lock (world.Sync)
                {
                    if (world.FindUserByEmail(email) is { } existing)
                    {
                        return existing.MembershipIn(caller.Customer.Id) is not null
                            ? PlatformResults.Error(StatusCodes.Status409Conflict, "This user is already a member of your organization.")
                            : PlatformResults.Error(StatusCodes.Status400BadRequest, "Cannot create a user with this email. Contact support if you need help.");
                    }

                    var id = world.Users.Max(user => user.PlatformUserId) + 1;
                    world.AddUser(new DemoUser(
                        $"usr-invited-{id}",
                        id,
                        email,
                        DemoUser.UnusablePassword(),
                        call.String("first_name") ?? string.Empty,
                        call.String("last_name") ?? string.Empty,
                        "invited",
                        mayUseCustomerPortal: true,
                        [new DemoMembership(caller.Customer.Id, role, IsPrimary: true)],
                        clock.GetUtcNow()));
                    return PlatformResults.Created(new
                    {
                        success = true,
                        user_id = id,
                        message = $"User created and added as {role}.",
                        invite_email_sent = false,
                    });
                }
            });
        });

        PlatformRoutes.Post(api, "customers/users/role/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (caller.Membership.Role != "owner")
            {
                return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerRequired);
            }

            var target = call.Id("target_user_id");
            var newRole = call.String("new_role");
            if (target is null || newRole is null)
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, "target_user_id and new_role are required.");
            }

            if (target == caller.User.PlatformUserId)
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, "Cannot perform this action on yourself.");
            }

            if (!Roles.Contains(newRole))
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, InvalidRole);
            }

            lock (world.Sync)
            {
                if (Member(world, caller, target.Value) is not { } member)
                {
                    return PlatformResults.Error(StatusCodes.Status404NotFound, "Membership not found.");
                }

                member.User.Put(member.Membership with { Role = newRole });
                return PlatformResults.Ok(new { success = true, message = $"Role changed from {member.Membership.Role} to {newRole}." });
            }
        }));

        PlatformRoutes.Post(api, "customers/users/remove/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            if (caller.Membership.Role != "owner")
            {
                return PlatformResults.Error(StatusCodes.Status403Forbidden, OwnerRequired);
            }

            if (call.Id("target_user_id") is not { } target)
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, "target_user_id is required.");
            }

            if (target == caller.User.PlatformUserId)
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, "Cannot perform this action on yourself.");
            }

            lock (world.Sync)
            {
                if (Member(world, caller, target) is not { } member)
                {
                    return PlatformResults.Error(StatusCodes.Status404NotFound, "Membership not found.");
                }

                // Deactivated, not deleted: users/customers/ still lists it, and the user's membership hash changes.
                member.User.Put(member.Membership with { IsActive = false });
                return PlatformResults.Ok(new { success = true, message = "User removed from customer." });
            }
        }));
    }

    /// <summary>The active member <paramref name="userId"/> of the caller's customer; null when there is none.</summary>
    private static (DemoUser User, DemoMembership Membership)? Member(DemoWorld world, PlatformCaller caller, long userId) =>
        world.FindPlatformUser(userId) is { } user && user.MembershipIn(caller.Customer.Id) is { } membership ? (user, membership) : null;

    /// <summary>Django's check, simplified: one '@' between a local part and a dotted domain, no spaces.</summary>
    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var domain = at < 0 ? string.Empty : email[(at + 1)..];
        return at > 0 && at == email.LastIndexOf('@') && !email.Any(char.IsWhiteSpace)
            && domain.IndexOf('.', StringComparison.Ordinal) is > 0 && !domain.EndsWith('.');
    }
}
