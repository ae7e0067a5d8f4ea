using Microsoft.AspNetCore.Mvc;
using Portal.Application.Addresses.Commands.DeleteAddress;
using Portal.Application.Addresses.Queries.GetAddress;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Addresses;

namespace Portal.Web.Pages.Company;

/// <summary>
/// The confirmation step of deleting an address, with no server state: the GET asks "Delete …?", and its form posts with a
/// CSRF token bound to this address's deletion; the POST deletes and redirects to the list with <c>?done=deleted</c>.
/// </summary>
public sealed class AddressDeleteModel(PortalPageServices services) : CompanyPageModel(services)
{
    public CompanyAddress? Address { get; private set; }

    public string Purpose => FormPurpose("addresses.delete", RouteAddressId);

    public Task<IActionResult> OnGetAsync(long addressId) => SignedInAsync(async signIn =>
    {
        if (!May<DeleteAddressCommand>())
        {
            throw new ActionNotPermittedException(ReadOnlyNote<DeleteAddressCommand>());
        }

        Address = await Mediator.Send(new GetAddressQuery(AccessFor(signIn), addressId), Aborted);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(long addressId) => SignedInPostAsync(Purpose, async signIn =>
    {
        var access = AccessFor(signIn);
        if (await SentAsync(new DeleteAddressCommand(access, addressId)))
        {
            return Redirect(Link("company/addresses") + "?done=deleted");
        }

        return await ShowFormAgainAsync(async () => Address = await Mediator.Send(new GetAddressQuery(access, addressId), Aborted));
    });
}
