using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Addresses;

namespace Portal.Web.Pages.Company;

/// <summary>The address fields the add form (on the list) and the edit page both post.</summary>
public abstract class AddressFormPageModel(PortalPageServices services) : CompanyPageModel(services)
{
    /// <summary>The address fields in the order <c>_AddressFields.cshtml</c> shows them, for the error summary.</summary>
    public static readonly IReadOnlyList<string> AddressFields = [nameof(Label), nameof(Line1), nameof(Line2), nameof(City), nameof(County), nameof(PostalCode), nameof(Country)];

    [BindProperty]
    public string? Label { get; set; }

    [BindProperty]
    public string? Line1 { get; set; }

    [BindProperty]
    public string? Line2 { get; set; }

    [BindProperty]
    public string? City { get; set; }

    [BindProperty]
    public string? County { get; set; }

    [BindProperty]
    public string? PostalCode { get; set; }

    [BindProperty]
    public string? Country { get; set; } = AddressLines.DefaultCountry;
}
