using System.Globalization;
using System.Text.Json;
using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Http.Accounts;

/// <summary>
/// The Platform's users and customers as Portal's users and tenants. With the Platform alone, a tenant is a customer:
/// its id is the customer's integer id as a decimal string, and user and tenant carry their Platform ids as links.
/// </summary>
internal static class AccountsMapper
{
    public static User ToUser(PlatformUser? user)
    {
        if (user is null)
        {
            throw new FormatException("'user' is missing.");
        }

        var id = ToPlatformId(user.Id, "user.id");
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)));
        IReadOnlyList<TenantId> tenants = CustomerHint(user.CustomerId) is { } customer ? [customer] : [];
        return new User(
            new UserId(id.ToString(CultureInfo.InvariantCulture)),
            WireValues.Optional(user.Email) ?? string.Empty,
            name,
            tenants)
        {
            PlatformUserId = id,
        };
    }

    /// <summary>
    /// The login's customer, a hint for the tenant list: an id as a string or an integer; anything else (a fraction, text
    /// Portal could not address) is no hint, never a failed sign-in.
    /// </summary>
    private static TenantId? CustomerHint(JsonElement? customerId)
    {
        var text = customerId switch
        {
            { ValueKind: JsonValueKind.String } id => id.GetString()?.Trim(),
            { ValueKind: JsonValueKind.Number } id when id.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return Identifier.IsValid(text) ? new TenantId(text!) : null;
    }

    /// <summary>
    /// The user's primary customer first, the others in the Platform's order, each once. A null entry, and one whose id is
    /// no positive integer (no call could name it), is left out, as unaddressable rows are, rather than costing the user
    /// every practice.
    /// </summary>
    public static IReadOnlyList<Tenant> ToTenants(List<PlatformCustomer?>? customers)
    {
        if (customers is null)
        {
            throw new FormatException("'results' is missing.");
        }

        return customers
            .OfType<PlatformCustomer>()
            .Select(customer => (Customer: customer, Id: WireValues.TryPlatformId(customer.Id)))
            .Where(entry => entry.Id is not null)
            .OrderByDescending(entry => entry.Customer.IsPrimary == true)
            .Select(entry => ToTenant(entry.Customer, entry.Id!.Value))
            .DistinctBy(tenant => tenant.Id)
            .ToArray();
    }

    /// <summary>
    /// Each membership's customer and role, for the roles shown beside HTPI's tenants; one without a role or an id Portal
    /// can name is left out, so its practice shows no role, as one the backend gave none for.
    /// </summary>
    public static IReadOnlyList<PlatformMembership> ToMemberships(List<PlatformCustomer?>? customers) =>
        customers is null
            ? throw new FormatException("'results' is missing.")
            : [.. from customer in customers.OfType<PlatformCustomer>()
                  let id = WireValues.TryPlatformId(customer.Id)
                  let role = WireValues.Optional(customer.Role)?.Trim()
                  where id is not null && role is not null
                  select new PlatformMembership(id.Value, role)];

    /// <summary>The Platform's ids are positive integers; anything else is a malformed answer.</summary>
    public static long ToPlatformId(string? id, string field) =>
        WireValues.TryPlatformId(id) ?? throw new FormatException($"'{field}' is not a positive integer.");

    /// <summary>
    /// The list has no status (it is a menu and lists deactivated memberships too): every entry is shown as active, and
    /// the Platform decides on each call whether the user may act for it. A customer without a name is called by its id,
    /// one without a role shows none.
    /// </summary>
    private static Tenant ToTenant(PlatformCustomer customer, long id)
    {
        return new(
            new TenantId(id.ToString(CultureInfo.InvariantCulture)),
            WireValues.Optional(customer.CompanyName) ?? WireValues.Optional(customer.Name) ?? "Customer " + id.ToString(CultureInfo.InvariantCulture),
            // users/customers/ names no status and lists ended memberships too: the status is not known here.
            TenantStatus.Unknown,
            WireValues.Optional(customer.Role)?.Trim(),
            [])
        {
            PlatformCustomerId = id,
        };
    }
}
