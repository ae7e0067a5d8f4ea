using Portal.Adapters.Http.Accounts.Dtos;
using Portal.Adapters.Http.Accounts.Tokens;
using Portal.Adapters.Http.Platform;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Http.Accounts;

/// <summary>The Platform's users and customers as Portal's users and tenants.</summary>
internal static class AccountsMapper
{
    public static User ToUser(PlatformUser? user)
    {
        if (user is null)
        {
            throw new FormatException("'user' is missing.");
        }

        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(part => !string.IsNullOrWhiteSpace(part)));
        IReadOnlyList<TenantId> tenants = string.IsNullOrWhiteSpace(user.CustomerId) ? [] : [new TenantId(user.CustomerId)];
        return new User(
            new UserId(WireValues.Require(user.Id, "user.id")),
            WireValues.Require(user.Email, "user.email"),
            name,
            PlatformAccessTokens.CustomerPortal,
            tenants);
    }

    /// <summary>The user's primary customer first, the others in the Platform's order.</summary>
    public static IReadOnlyList<Tenant> ToTenants(List<PlatformCustomer>? customers)
    {
        if (customers is null)
        {
            throw new FormatException("'results' is missing.");
        }

        return customers
            .OrderByDescending(customer => customer.IsPrimary)
            .Select(ToTenant)
            .ToArray();
    }

    private static Tenant ToTenant(PlatformCustomer customer) =>
        new(
            new TenantId(WireValues.Require(customer.Id, "results[].id")),
            WireValues.Optional(customer.CompanyName) ?? WireValues.Require(customer.Name, "results[].name"),
            TenantStatus.Active,
            WireValues.Require(customer.Role, "results[].role"),
            []);
}
