using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// accounts and customers (platform-api.md §3, §5): login, the user's customers, session validation with its membership
/// hash, the profile, the customer's members, and the customer details that probe a membership. There is no
/// <c>users/verify-customer-access/</c>.
/// </summary>
internal static class PlatformAccountsEndpoints
{
    public static readonly TimeSpan RevalidateWithin = TimeSpan.FromMinutes(10);

    public static void Map(RouteGroupBuilder api, DemoWorld world, TimeProvider clock)
    {
        PlatformRoutes.Post(api, "users/login/", (HttpContext context) =>
        {
            var call = PlatformCall.Of(context);
            var email = call.String("email")?.ToLowerInvariant();
            var password = call.Body.TryGetProperty("password", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (email is null || string.IsNullOrEmpty(password))
            {
                return PlatformResults.Error(StatusCodes.Status400BadRequest, "Email and password are required");
            }

            var user = world.FindUserByEmail(email);
            if (user is not { MayUseCustomerPortal: true }
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(user.Password)))
            {
                return PlatformResults.Error(StatusCodes.Status401Unauthorized, "Invalid email or password");
            }

            // The customer of the membership flagged primary, active or not; null when no Platform membership is.
            var primary = PlatformMemberships(world, user).FirstOrDefault(m => m.Membership.IsPrimary);
            return PlatformResults.Ok(new
            {
                success = true,
                message = "Authentication successful",
                user = new
                {
                    id = user.PlatformUserId,
                    email = user.Email,
                    first_name = user.FirstName,
                    last_name = user.LastName,
                    is_staff = false,
                    is_active = true,
                    customer_id = primary.Customer?.PlatformCustomerId,
                },
            });
        });

        // A menu, not an access list: every membership, deactivated ones included, with no is_active field.
        PlatformRoutes.Post(api, "users/customers/", (HttpContext context) => PlatformCaller.AnswerForUser(world, context, clock, (_, user) =>
            PlatformResults.Ok(new
            {
                success = true,
                results = PlatformMemberships(world, user).Select(m => new
                {
                    id = m.Customer.PlatformCustomerId,
                    company_name = m.Customer.BillTo.CompanyName,
                    name = m.Customer.Name,
                    role = m.Membership.Role,
                    is_primary = m.Membership.IsPrimary,
                }).ToList(),
            })));

        PlatformRoutes.Post(api, "users/session/validate/", (HttpContext context) =>
        {
            var call = PlatformCall.Of(context);
            if (!PlatformCaller.HasFreshTimestamp(call, clock) || call.Id("user_id") is not { } userId || userId <= 0
                || world.FindPlatformUser(userId) is not { MayUseCustomerPortal: true } user)
            {
                return new NoStore(Results.Json(new { active = false, error = "Session validation failed" }, JsonSerializerOptions.Default, statusCode: StatusCodes.Status401Unauthorized));
            }

            return new NoStore(PlatformResults.Ok(new
            {
                active = true,
                membership_hash = MembershipHash(world, user),
                revoke_before = PlatformDates.Utc(clock.GetUtcNow() + RevalidateWithin),
            }));
        });

        PlatformRoutes.PostAndPut(
            api,
            "users/profile/",
            (HttpContext context) => PlatformCaller.AnswerForUser(world, context, clock, (_, user) =>
            {
                lock (world.Sync)
                {
                    var profile = Profile(world, user);
                    return PlatformResults.Ok(new
                    {
                        success = true,
                        profile = new
                        {
                            id = user.PlatformUserId,
                            email = user.Email,
                            first_name = profile.FirstName,
                            last_name = profile.LastName,
                            phone = profile.Phone,
                            mfa_enabled = false,
                            date_joined = PlatformDates.Utc(user.JoinedAt),
                            profile = PlatformResults.WithoutNulls(
                                ("preferred_language", profile.PreferredLanguage),
                                ("timezone", profile.Timezone),
                                ("email_notifications", profile.EmailNotifications),
                                ("sms_notifications", profile.SmsNotifications),
                                ("marketing_emails", profile.MarketingEmails)),
                        },
                    });
                }
            }),
            (HttpContext context) => PlatformCaller.AnswerForUser(world, context, clock, (call, user) =>
            {
                // Missing keys stay as they were; the Platform validates nothing here, and stores an empty name or phone as sent.
                lock (world.Sync)
                {
                    var profile = Profile(world, user);
                    world.Profiles[user.PlatformUserId] = profile with
                    {
                        FirstName = call.StoredText("first_name") ?? profile.FirstName,
                        LastName = call.StoredText("last_name") ?? profile.LastName,
                        Phone = call.StoredText("phone") ?? profile.Phone,
                        PreferredLanguage = call.String("preferred_language") ?? profile.PreferredLanguage,
                        Timezone = call.String("timezone") ?? profile.Timezone,
                        EmailNotifications = Flag(call, "email_notifications") ?? profile.EmailNotifications,
                        SmsNotifications = Flag(call, "sms_notifications") ?? profile.SmsNotifications,
                        MarketingEmails = Flag(call, "marketing_emails") ?? profile.MarketingEmails,
                    };
                    return PlatformResults.Ok(new { success = true, message = "Profile updated successfully" });
                }
            }));

        // The customer's active members, by role and then e-mail.
        PlatformRoutes.Post(api, "customers/users/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (_, caller) =>
            PlatformResults.Ok(new
            {
                success = true,
                users = world.Users
                    .Select(u => (User: u, Membership: u.MembershipIn(caller.Customer.Id)))
                    .Where(m => m.Membership is not null)
                    .OrderBy(m => m.Membership!.Role, StringComparer.Ordinal)
                    .ThenBy(m => m.User.Email, StringComparer.Ordinal)
                    .Select(m => new
                    {
                        user_id = m.User.PlatformUserId,
                        email = m.User.Email,
                        first_name = m.User.FirstName,
                        last_name = m.User.LastName,
                        role = m.Membership!.Role,
                        is_active = true,
                        is_primary = m.Membership.IsPrimary,
                        created_at = PlatformDates.Utc(m.User.JoinedAt),
                    })
                    .ToList(),
            })));

        PlatformRoutes.Post(api, "customers/details/", (HttpContext context) => PlatformCaller.Answer(world, context, clock, (call, caller) =>
        {
            var include = Include(call);
            var body = new Dictionary<string, object?> { ["success"] = true };
            lock (world.Sync)
            {
                body["customer"] = PlatformCompany.Customer(world, caller.Customer);
            }

            if (include.Count > 0)
            {
                var meta = new Dictionary<string, object?>();
                if (include.Contains("membership"))
                {
                    meta["membership"] = new { role = caller.Membership.Role };
                }

                if (include.Contains("stats"))
                {
                    lock (world.Sync)
                    {
                        meta["stats"] = new
                        {
                            services = world.Services.Count(s => s.CustomerId == caller.Customer.Id && s.Status == "active"),
                            open_tickets = world.Tickets.Count(t => t.CustomerId == caller.Customer.Id && t.Status is "open" or "in_progress"),
                            outstanding_invoices = world.Invoices.Count(i => i.CustomerId == caller.Customer.Id && i.Status is "issued" or "overdue"),
                        };
                    }
                }

                meta["links"] = new { invoices = "/api/billing/invoices/", services = "/api/services/", tickets = "/api/tickets/" };
                body["meta"] = meta;
            }

            return PlatformResults.Ok(body);
        }));
    }

    /// <summary>
    /// The first 16 hex characters of SHA-256 over <c>"{customer_id}:{role}"</c> of each active membership, ordered by
    /// customer id and joined with ','.
    /// </summary>
    public static string MembershipHash(DemoWorld world, DemoUser user)
    {
        var text = string.Join(',', PlatformMemberships(world, user)
            .Where(m => m.Membership.IsActive)
            .OrderBy(m => m.Customer.PlatformCustomerId)
            .Select(m => $"{m.Customer.PlatformCustomerId}:{m.Membership.Role}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>The user's memberships in tenants that are Platform customers, active or not.</summary>
    private static IEnumerable<(DemoMembership Membership, DemoTenant Customer)> PlatformMemberships(DemoWorld world, DemoUser user) =>
        user.Memberships
            .Select(m => (Membership: m, Customer: world.FindTenant(m.TenantId)!))
            .Where(m => m.Customer.PlatformCustomerId is not null);

    private static DemoProfile Profile(DemoWorld world, DemoUser user) =>
        world.Profiles.TryGetValue(user.PlatformUserId, out var profile) ? profile : new DemoProfile(user.FirstName, user.LastName, string.Empty);

    private static bool? Flag(PlatformCall call, string name) =>
        call.Body.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static HashSet<string> Include(PlatformCall call)
    {
        if (!call.Body.TryGetProperty("include", out var include))
        {
            return [];
        }

        return include.ValueKind switch
        {
            JsonValueKind.String => [include.GetString()!],
            JsonValueKind.Array => include.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(),
            _ => [],
        };
    }

    /// <summary>The no-store headers session validation answers with.</summary>
    private sealed class NoStore(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
