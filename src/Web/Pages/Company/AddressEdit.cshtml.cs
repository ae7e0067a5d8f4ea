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

    public string Purpose => FormPurpose("addresses.edit", RouteAddressId);

    /// <summary>The address as its form shows it, by field, for the save to tell what the reader changed.</summary>
    public static IReadOnlyDictionary<string, string?> AsShown(AddressLines lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Label)] = lines.Label,
            [nameof(Line1)] = lines.Line1,
            [nameof(Line2)] = lines.Line2,
            [nameof(City)] = lines.City,
            [nameof(County)] = lines.County,
            [nameof(PostalCode)] = lines.PostalCode,
            [nameof(Country)] = lines.Country,
        };
    }

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

    /// <summary>Saves the fields the reader changed; the others keep what the Platform holds now (<see cref="FormPageModel.Merge(string, string)"/>).</summary>
    public Task<IActionResult> OnPostAsync(long addressId) => SignedInPostAsync(Purpose, async signIn =>
    {
        var access = AccessFor(signIn);
        var sent = await SentAsync(async () =>
        {
            Address = await Mediator.Send(new GetAddressQuery(access, addressId), Aborted);
            var stored = Address.Lines;
            return new UpdateAddressCommand(
                access,
                addressId,
                Merge(nameof(Label), stored.Label),
                Merge(nameof(Line1), stored.Line1),
                Merge(nameof(Line2), stored.Line2),
                Merge(nameof(City), stored.City),
                Merge(nameof(County), stored.County),
                Merge(nameof(PostalCode), stored.PostalCode),
                Merge(nameof(Country), stored.Country));
        });
        if (sent)
        {
            return Redirect(Link("company/addresses") + "?done=updated");
        }

        // The address the save read is the page's; it is read again only when that read is what failed.
        return await ShowFormAgainAsync(async () => Address ??= await Mediator.Send(new GetAddressQuery(access, addressId), Aborted));
    });
}
