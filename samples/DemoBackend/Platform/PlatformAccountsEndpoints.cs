using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Demo.Backend.Data;

namespace Portal.Demo.Backend.Platform;

/// <summary>accounts: login, the user's customers, and whether the user may act on a customer.</summary>
internal static class PlatformAccountsEndpoints
{
    /// <summary>The permissions each customer role carries; an action named here is checked against them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Permissions { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["owner"] = ["view_billing", "manage_billing", "view_services", "manage_services", "view_tickets", "create_tickets", "manage_users"],
        ["admin"] = ["view_billing", "manage_billing", "view_services", "manage_services", "view_tickets", "create_tickets"],
        ["billing"] = ["view_billing", "manage_billing", "view_services", "view_tickets", "create_tickets"],
        ["technical"] = ["view_billing", "view_services", "manage_services", "view_tickets", "create_tickets"],
        ["viewer"] = ["view_billing", "view_services", "view_tickets"],
    };

    public static void Map(RouteGroupBuilder api, DemoWorld world)
    {
        api.MapPost("users/login/", (HttpContext context) =>
        {
            var call = PlatformCall.Of(context);
            var user = world.FindUserByEmail(call.String("email"));
            var password = call.Body.TryGetProperty("password", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
                ? value.GetString() ?? string.Empty
                : string.Empty;
            if (user is not { MayUseCustomerPortal: true }
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(user.Password)))
            {
                return Results.Json(
                    new { success = false, error = "invalid credentials" },
                    System.Text.Json.JsonSerializerOptions.Default,
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            var primary = user.Memberships.FirstOrDefault(m => m.IsPrimary) ?? user.Memberships[0];
            return PlatformResults.Ok(new
            {
                success = true,
                user = new
                {
                    id = user.Id,
                    email = user.Email,
                    first_name = user.FirstName,
                    last_name = user.LastName,
                    customer_id = primary.TenantId,
                },
            });
        });

        api.MapPost("users/customers/", (HttpContext context) =>
        {
            var user = world.FindUser(PlatformCall.Of(context).UserId);
            if (user is not { MayUseCustomerPortal: true })
            {
                return PlatformResults.Forbidden();
            }

            var results = user.Memberships.Select(m =>
            {
                var customer = world.FindTenant(m.TenantId)!;
                return new { id = customer.Id, company_name = customer.BillTo.CompanyName, name = customer.Name, role = m.PlatformRole, is_primary = m.IsPrimary };
            }).ToList();
            return PlatformResults.Ok(new { success = true, count = results.Count, results });
        });

        api.MapPost("users/verify-customer-access/", (HttpContext context) =>
        {
            var call = PlatformCall.Of(context);
            var caller = PlatformCaller.Resolve(world, call);
            var action = call.String("action");
            var permissions = caller is null ? [] : Permissions[caller.Membership.PlatformRole];
            var knownAction = action is not null && Permissions.Values.Any(list => list.Contains(action));
            var hasAccess = caller is not null && (!knownAction || permissions.Contains(action!));
            return PlatformResults.Ok(new
            {
                success = true,
                data = new
                {
                    has_access = hasAccess,
                    customer_name = caller?.Customer.Name,
                    role = caller?.Membership.PlatformRole,
                    permissions,
                },
            });
        });
    }
}
