using Microsoft.AspNetCore.Mvc;
using Portal.Application.Company.Commands.UpdateCompanyDetails;
using Portal.Application.Company.Commands.UpdateTaxProfile;
using Portal.Application.Company.Queries.GetCompany;
using Portal.Domain.Company;
using Portal.Web.Identity;

namespace Portal.Web.Pages.Company;

/// <summary>
/// The company's details, tax profile and billing profile. Owner and billing members get the two forms (details, tax
/// profile), the other roles a read-only view. A saved form redirects back here with <c>?saved=details</c> or
/// <c>?saved=tax</c> (post-redirect-get, no server state).
/// </summary>
public sealed class CompanyDetailsModel(PortalPageServices services) : CompanyPageModel(services)
{
    public CompanyRecord? Company { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? CompanyName { get; set; }

    [BindProperty]
    public string? PrimaryEmail { get; set; }

    [BindProperty]
    public string? PrimaryPhone { get; set; }

    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Industry { get; set; }

    [BindProperty]
    public string? Cui { get; set; }

    [BindProperty]
    public string? VatNumber { get; set; }

    [BindProperty]
    public string? RegistrationNumber { get; set; }

    /// <summary>Null when the Platform did not state it and the reader chose neither answer.</summary>
    [BindProperty]
    public bool? IsVatPayer { get; set; }

    [BindProperty]
    public bool? ReverseChargeEligible { get; set; }

    /// <summary>Set by the redirect after a save: which form was saved ("details" or "tax").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    /// <summary>The form a failed post came from, whose refusal is shown above it: "details" or "tax".</summary>
    public string? FailedForm { get; private set; }

    /// <summary>A company without a tax profile, as its form shows it: every field blank, neither flag stated.</summary>
    public static TaxProfile NoTaxProfile { get; } = new(string.Empty, string.Empty, string.Empty, null, null);

    /// <summary>The details as their form shows them, by field, for the save to tell what the reader changed.</summary>
    public static IReadOnlyDictionary<string, string?> AsShown(CompanyDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Name)] = details.Name,
            [nameof(CompanyName)] = details.CompanyName,
            [nameof(PrimaryEmail)] = details.PrimaryEmail,
            [nameof(PrimaryPhone)] = details.PrimaryPhone,
            [nameof(Website)] = details.Website,
            [nameof(Industry)] = details.Industry,
        };
    }

    /// <summary>The tax profile as its form shows it (none as <see cref="NoTaxProfile"/>, flags as <see cref="FormPageModel.Flag"/>).</summary>
    public static IReadOnlyDictionary<string, string?> AsShown(TaxProfile? tax)
    {
        var shown = tax ?? NoTaxProfile;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Cui)] = shown.Cui,
            [nameof(VatNumber)] = shown.VatNumber,
            [nameof(RegistrationNumber)] = shown.RegistrationNumber,
            [nameof(IsVatPayer)] = Flag(shown.IsVatPayer),
            [nameof(ReverseChargeEligible)] = Flag(shown.ReverseChargeEligible),
        };
    }

    public string DetailsPurpose => FormPurpose("company.details");

    public string TaxPurpose => FormPurpose("company.tax");

    public Task<IActionResult> OnGetAsync() => SignedInAsync(async signIn =>
    {
        Company = await Mediator.Send(new GetCompanyQuery(AccessFor(signIn)), Aborted);
        FillDetailsForm();
        FillTaxForm();
        Notice = Saved switch
        {
            "details" => "Company details saved.",
            "tax" => "Tax profile saved.",
            _ => null,
        };
        return Page();
    });

    /// <summary>A post naming none of this page's forms: Razor Pages would otherwise render the page without loading it.</summary>
    public IActionResult OnPost() => BadRequest();

    /// <summary>Saves the fields the reader changed; the others keep what the Platform holds now (<see cref="FormPageModel.Merge(string, string)"/>).</summary>
    public Task<IActionResult> OnPostDetailsAsync() => SignedInPostAsync(DetailsPurpose, async signIn =>
    {
        var sent = await SentAsync(async () =>
        {
            var stored = (Company = await Mediator.Send(new GetCompanyQuery(AccessFor(signIn)), Aborted)).Details;
            return new UpdateCompanyDetailsCommand(
                AccessFor(signIn),
                Merge(nameof(Name), stored.Name),
                Merge(nameof(CompanyName), stored.CompanyName),
                Merge(nameof(PrimaryEmail), stored.PrimaryEmail),
                Merge(nameof(PrimaryPhone), stored.PrimaryPhone),
                Merge(nameof(Website), stored.Website),
                Merge(nameof(Industry), stored.Industry));
        });
        return sent ? Redirect(Link("company") + "?saved=details") : await AgainAsync(signIn, "details");
    });

    /// <summary>
    /// Saves the fields the reader changed, as the details form does; a flag the Platform did not state is sent only when
    /// the reader chose an answer, and a company without a tax profile needs both answered.
    /// </summary>
    public Task<IActionResult> OnPostTaxAsync() => SignedInPostAsync(TaxPurpose, async signIn =>
    {
        var sent = await SentAsync(async () =>
        {
            var existing = (Company = await Mediator.Send(new GetCompanyQuery(AccessFor(signIn)), Aborted)).TaxProfile;
            var stored = existing ?? NoTaxProfile;
            return new UpdateTaxProfileCommand(
                AccessFor(signIn),
                Merge(nameof(Cui), stored.Cui),
                Merge(nameof(VatNumber), stored.VatNumber),
                Merge(nameof(RegistrationNumber), stored.RegistrationNumber),
                Merge(nameof(IsVatPayer), IsVatPayer, stored.IsVatPayer),
                Merge(nameof(ReverseChargeEligible), ReverseChargeEligible, stored.ReverseChargeEligible)) { CreatesProfile = existing is null };
        });
        return sent ? Redirect(Link("company") + "?saved=tax") : await AgainAsync(signIn, "tax");
    });

    /// <summary>The page again after a refused form: what was typed stays in that form, the other shows what is stored.</summary>
    private Task<IActionResult> AgainAsync(PortalSignIn signIn, string form)
    {
        FailedForm = form;
        return ShowFormAgainAsync(async () =>
        {
            // The record the save read is the page's; it is read again only when that read is what failed.
            Company ??= await Mediator.Send(new GetCompanyQuery(AccessFor(signIn)), Aborted);
            if (form == "details")
            {
                FillTaxForm();
            }
            else
            {
                FillDetailsForm();
            }
        });
    }

    private void FillDetailsForm()
    {
        var details = Company!.Details;
        (Name, CompanyName, PrimaryEmail, PrimaryPhone, Website, Industry) =
            (details.Name, details.CompanyName, details.PrimaryEmail, details.PrimaryPhone, details.Website, details.Industry);
    }

    private void FillTaxForm()
    {
        var tax = Company!.TaxProfile ?? NoTaxProfile;
        (Cui, VatNumber, RegistrationNumber, IsVatPayer, ReverseChargeEligible) =
            (tax.Cui, tax.VatNumber, tax.RegistrationNumber, tax.IsVatPayer, tax.ReverseChargeEligible);
    }
}
