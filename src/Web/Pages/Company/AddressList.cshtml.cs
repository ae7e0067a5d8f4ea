using Microsoft.AspNetCore.Mvc;
using Portal.Application.Addresses.Commands.AddAddress;
using Portal.Application.Addresses.Commands.SetBillingAddress;
using Portal.Application.Addresses.Commands.SetPrimaryAddress;
using Portal.Application.Addresses.Queries.ListAddresses;
using Portal.Domain.Addresses;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Company;

/// <summary>
/// The customer's addresses, the primary and billing ones marked; owners also get the add form and, per address, edit,
/// delete, "make primary" and "make billing". Each change redirects back with <c>?done=…</c> (post-redirect-get).
/// </summary>
public sealed class AddressListModel(PortalPageServices services) : AddressFormPageModel(services)
{
    public IReadOnlyList<CompanyAddress> Addresses { get; private set; } = [];

    [BindProperty]
    public bool MakePrimary { get; set; }

    [BindProperty]
    public bool MakeBilling { get; set; }

    /// <summary>Set by the redirect after a change: "added", "updated", "deleted", "primary" or "billing".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string AddPurpose => FormPurpose("addresses.add");

    public string PrimaryPurpose(long addressId) => FormPurpose("addresses.primary", addressId);

    public string BillingPurpose(long addressId) => FormPurpose("addresses.billing", addressId);

    /// <summary>The Platform keeps at most ten: the add form gives way to a note then.</summary>
    public bool IsFull => Addresses.Count >= AddressLines.MaxAddressesPerCustomer;

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        await LoadAsync(signIn);
        Notice = Done switch
        {
            "added" => "Address added.",
            "updated" => "Address saved.",
            "deleted" => "Address deleted.",
            "primary" => "Primary address changed.",
            "billing" => "Billing address changed.",
            _ => null,
        };
        return Page();
    });

    /// <summary>A post naming none of this page's forms: Razor Pages would otherwise render the page without loading it.</summary>
    public IActionResult OnPost() => BadRequest();

    public Task<IActionResult> OnPostAddAsync() => SignedInPostAsync(AddPurpose, async signIn =>
    {
        var command = new AddAddressCommand(
            AccessFor(signIn),
            Label ?? string.Empty,
            Line1 ?? string.Empty,
            Line2 ?? string.Empty,
            City ?? string.Empty,
            County ?? string.Empty,
            PostalCode ?? string.Empty,
            Country ?? string.Empty,
            MakePrimary,
            MakeBilling);
        return await SentAsync(command) ? Redirect(Link("company/addresses") + "?done=added") : await ShowFormAgainAsync(() => LoadAsync(signIn));
    });

    public Task<IActionResult> OnPostPrimaryAsync(long addressId) => SignedInPostAsync(PrimaryPurpose(addressId), async signIn =>
        await SentAsync(new SetPrimaryAddressCommand(AccessFor(signIn), addressId))
            ? Redirect(Link("company/addresses") + "?done=primary")
            : await ShowFormAgainAsync(() => LoadAsync(signIn)));

    public Task<IActionResult> OnPostBillingAsync(long addressId) => SignedInPostAsync(BillingPurpose(addressId), async signIn =>
        await SentAsync(new SetBillingAddressCommand(AccessFor(signIn), addressId))
            ? Redirect(Link("company/addresses") + "?done=billing")
            : await ShowFormAgainAsync(() => LoadAsync(signIn)));

    private async Task LoadAsync(PortalSignIn signIn) =>
        Addresses = await Mediator.Send(new ListAddressesQuery(AccessFor(signIn)), Aborted);
}
