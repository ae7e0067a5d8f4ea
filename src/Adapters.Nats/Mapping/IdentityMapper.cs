using System.Text.Json;
using Portal.Adapters.Nats.Contracts.Common;
using Portal.Adapters.Nats.Contracts.Identity;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Common;
using Portal.Domain.Identity;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.Mapping;

internal static class IdentityMapper
{
    public static SignedInUser ToSignedInUser(LoginAnswer answer)
    {
        var user = WireValues.Require(answer.User, "user");
        return new SignedInUser(
            new User(
                new UserId(WireValues.RequireText(user.Id, "user.id")),
                WireValues.OrEmpty(user.Email),
                WireValues.OrEmpty(user.Name),
                ToTenantIds(user.Tenants))
            {
                PlatformUserId = WireValues.PlatformIdOrNull(user.PlatformUserId),
            },
            new AccessToken(WireValues.RequireText(answer.Token, "token")));
    }

    /// <summary>A token the backend does not call valid, or one issued for another portal, is not good here.</summary>
    public static VerifiedToken ToVerifiedToken(VerifyTokenAnswer answer)
    {
        if (answer.Valid != true)
        {
            throw new NotAuthenticatedException("Your sign-in is no longer valid. Please sign in again.");
        }

        var portal = WireValues.RequireText(answer.Portal, "portal");
        if (!string.Equals(portal, PortalName.Customer, StringComparison.Ordinal))
        {
            throw new NotAuthenticatedException("This sign-in is not for the customer portal. Please sign in again.");
        }

        return new VerifiedToken(new UserId(WireValues.RequireText(answer.UserId, "user_id")), portal)
        {
            PlatformUserId = WireValues.PlatformIdOrNull(answer.PlatformUserId),
        };
    }

    /// <summary>A list's entries; one entry sent alone (<c>"tenants": "t-1"</c>) is that entry; none, none.</summary>
    private static TenantId[] ToTenantIds(JsonElement? tenants) => WireValues.EntriesOf(tenants, ToTenantIdOrNull);

    /// <summary>
    /// The contract says only <c>tenants[]</c>: ids ("t-1", 7) and tenant objects with an <c>id</c> are both read. Anything
    /// else in the list (null, an id Portal could not address) is left out: the list is a hint, and never worth a sign-in.
    /// </summary>
    private static TenantId? ToTenantIdOrNull(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => AddressableOrNull(element.GetString()),
        JsonValueKind.Number => AddressableOrNull(element.GetRawText()),
        JsonValueKind.Object when element.TryGetProperty("id", out var id) => ToTenantIdOrNull(id),
        _ => null,
    };

    private static TenantId? AddressableOrNull(string? id) => Identifier.IsValid(id) ? new TenantId(id!) : null;
}
