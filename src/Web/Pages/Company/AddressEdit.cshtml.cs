using Microsoft.AspNetCore.Mvc;
using Portal.Application.Addresses.Commands.UpdateAddress;
using Portal.Application.Addresses.Queries.GetAddress;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Addresses;

namespace Portal.Web.Pages.Company;

/// <summary>
/// Editing one address (owners). A saved address redirects to the list with <c>?done=updated</c>. Another role gets the
/// 403 page here: the list offers it no link, so only a typed or forged address leads here.
/// </summary>
public sealed class AddressEditModel(PortalPageServices services) : AddressFormPageModel(services)
{
    public CompanyAddress? Address { get; private set; }

    public string Purpose => $"addresses.edit:{TenantId}:{RouteAddressId}";

    public Task<IActionResult> OnGetAsync(long addressId) => SignedInAsync(async signIn =>
    {
        if (!May<UpdateAddressCommand>())
        {
            throw new ActionNotPermittedException(ReadOnlyNote<UpdateAddressCommand>());
        }

        Address = await Mediator.Send(new GetAddressQuery(AccessFor(signIn), addressId), Aborted);
        var lines = Address.Lines;
        (Label, Line1, Line2, City, County, PostalCode, Country) =
            (lines.Label, lines.Line1, lines.Line2, lines.City, lines.County, lines.PostalCode, lines.Country);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(long addressId) => SignedInPostAsync(Purpose, async signIn =>
    {
        var access = AccessFor(signIn);
        var command = new UpdateAddressCommand(
            access,
            addressId,
            Label ?? string.Empty,
            Line1 ?? string.Empty,
            Line2 ?? string.Empty,
            City ?? string.Empty,
            County ?? string.Empty,
            PostalCode ?? string.Empty,
            Country ?? string.Empty);
        if (await SentAsync(command))
        {
            return Redirect(Link("company/addresses") + "?done=updated");
        }

        return await ShowFormAgainAsync(async () => Address = await Mediator.Send(new GetAddressQuery(access, addressId), Aborted));
    });
}
