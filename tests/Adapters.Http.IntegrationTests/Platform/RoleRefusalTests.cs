using Microsoft.AspNetCore.Http;
using Portal.Adapters.Http.IntegrationTests.Infrastructure;
using Portal.Application.Addresses.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Tickets.Ports;
using Portal.Domain.Addresses;
using Portal.Domain.Tickets;

namespace Portal.Adapters.Http.IntegrationTests.Platform;

/// <summary>
/// The Platform's two kinds of 403 (platform-api.md §2.1) told apart by the shared client, whatever the area: a view's
/// role check is "not permitted" with the Platform's reason, the membership rule's "Access denied" stays "not found".
/// </summary>
public sealed class RoleRefusalTests : PlatformTestBase
{
    private static readonly AddressLines Depot = new("Depot", "Str. Lungă 1", "", "Brașov", "", "", "Romania");

    [Theory]
    [InlineData("Owner role required for this action.")]
    [InlineData("Owner or billing role required.")]
    public async Task A_role_check_refusal_is_not_permitted_with_the_Platforms_reason(string reason)
    {
        Platform.OnJson("customers/addresses/add/", $$"""{"success": false, "error": "{{reason}}"}""", StatusCodes.Status403Forbidden);

        var error = await Assert.ThrowsAsync<ActionNotPermittedException>(
            () => Portal.Get<IAddressBook>().AddAsync(ScopeFor(Portal), Depot, false, false, CancellationToken.None));

        Assert.Equal("The Platform does not allow this for your role: " + reason, error.Message);
        Assert.Single(Platform.Requests);
    }

    [Fact]
    public async Task Access_denied_stays_not_found_in_every_area()
    {
        const string AccessDenied = """{"success": false, "error": "Access denied"}""";
        Platform.OnJson("customers/addresses/add/", AccessDenied, StatusCodes.Status403Forbidden);
        Platform.OnJson("tickets/5/", AccessDenied, StatusCodes.Status403Forbidden);

        var address = await Assert.ThrowsAsync<NotFoundException>(
            () => Portal.Get<IAddressBook>().AddAsync(ScopeFor(Portal), Depot, false, false, CancellationToken.None));
        var ticket = await Assert.ThrowsAsync<NotFoundException>(
            () => Portal.Get<ISupportDesk>().GetAsync(ScopeFor(Portal), new TicketId("5"), CancellationToken.None));

        Assert.Equal(("address", "ticket"), (address.What, ticket.What));
    }
}
